#include "tools/demo/demo_drawings.hpp"

#include <array>
#include <cmath>
#include <functional>
#include <random>

#include "core/drawing/drawing_paper.hpp"
#include "core/drawing/stroke_smoothing.hpp"

namespace oogst {
namespace {

constexpr float pi = 3.14159265f;

// The canvas's markers and pen widths (app/widgets/canvas/drawing_canvas_state.hpp), so demo drawings
// look like those made on a table.
enum Marker { black, red, orange, yellow, green, blue, purple, brown };
constexpr std::array<std::uint32_t, 8> markers = {0xff2a2a2au, 0xff3b30e5u, 0xff1f8cfbu, 0xff18cbf5u,
                                                  0xff47a043u, 0xffe5881eu, 0xffaa2f8eu, 0xff3a5479u};
constexpr std::array<float, 3> widths = {0.006f, 0.014f, 0.032f};

class Sketch {
public:
    explicit Sketch(std::uint64_t seed) : random_(seed) {}

    float between(float low, float high) { return std::uniform_real_distribution<float>(low, high)(random_); }

    // Straight segments through corners, sampled like a finger with a slight wobble.
    void line(std::vector<Point> corners, Marker colour, int width) {
        std::vector<Point> samples;
        for (std::size_t c = 0; c + 1 < corners.size(); ++c)
            for (int s = 0; s < 10; ++s) {
                const float t = s / 10.0f;
                samples.push_back({corners[c].x + (corners[c + 1].x - corners[c].x) * t + between(-0.002f, 0.002f),
                                   corners[c].y + (corners[c + 1].y - corners[c].y) * t + between(-0.003f, 0.003f)});
            }
        samples.push_back(corners.back());
        add(samples, colour, width);
    }

    // Round and round (r in paper widths), lumpy when lumps > 0, filled in as a spiral
    // when filled.
    void round(float x, float y, float r, Marker colour, int width, float lumps = 0, bool filled = false) {
        std::vector<Point> samples;
        const int turns = filled ? 5 : 1;
        const int steps = 60 * turns;
        for (int i = 0; i <= steps; ++i) {
            const float a = 2 * pi * i / 60;
            float radius = r * (1 + (lumps > 0 ? 0.12f * std::abs(std::sin(a * lumps)) : 0));
            if (filled) radius *= 1 - static_cast<float>(i) / (steps + 10);
            samples.push_back({x + radius * std::cos(a), y + radius * drawing_aspect * std::sin(a)});
        }
        add(samples, colour, width);
    }

    void dot(float x, float y, Marker colour, int width) {
        strokes.push_back(Stroke{markers[colour], widths[width], {{x, y}}});
    }

    std::vector<Stroke> strokes;

private:
    void add(const std::vector<Point>& samples, Marker colour, int width) {
        strokes.push_back(Stroke{markers[colour], widths[width], smooth_stroke(samples)});
    }

    std::mt19937_64 random_;
};

// Each motif stands on the ground at x (its centre), about s paper widths wide.
void house(Sketch& k, float x, float ground, float s) {
    const float half = s * 0.5f, wall = s * 0.9f * drawing_aspect;
    const Marker wall_colour = k.between(0, 1) < 0.5f ? brown : orange;
    k.line({{x - half, ground - wall}, {x - half, ground}, {x + half, ground}, {x + half, ground - wall}}, wall_colour, 1);
    k.line({{x - half * 1.2f, ground - wall}, {x, ground - wall - s * 0.8f}, {x + half * 1.2f, ground - wall},
            {x - half * 1.2f, ground - wall}},
           red, 2);
    k.line({{x - half * 0.5f, ground}, {x - half * 0.5f, ground - wall * 0.55f}, {x, ground - wall * 0.55f}, {x, ground}},
           blue, 1);
    k.line({{x + half * 0.2f, ground - wall * 0.85f}, {x + half * 0.75f, ground - wall * 0.85f},
            {x + half * 0.75f, ground - wall * 0.55f}, {x + half * 0.2f, ground - wall * 0.55f},
            {x + half * 0.2f, ground - wall * 0.85f}},
           blue, 1);
}

void tree(Sketch& k, float x, float ground, float s) {
    const float crown = s * 0.45f, top = ground - s * 1.6f;
    k.line({{x - s * 0.06f, ground}, {x - s * 0.05f, top + crown * drawing_aspect}}, brown, 2);
    k.line({{x + s * 0.06f, ground}, {x + s * 0.05f, top + crown * drawing_aspect}}, brown, 2);
    k.round(x, top, crown, green, 2, 3.5f);
    if (k.between(0, 1) < 0.6f)
        for (int i = 0; i < 3; ++i)
            k.dot(x + k.between(-0.5f, 0.5f) * crown, top + k.between(-0.4f, 0.5f) * crown * drawing_aspect, red, 2);
}

void person(Sketch& k, float x, float ground, float s) {
    const Marker shirt = std::array{red, blue, purple, green}[static_cast<int>(k.between(0, 3.99f))];
    const float h = s * 1.3f * drawing_aspect;
    k.round(x, ground - h, s * 0.12f, black, 1);
    k.line({{x, ground - h * 0.86f}, {x, ground - h * 0.4f}}, shirt, 2);
    k.line({{x - s * 0.3f, ground - h * 0.75f}, {x, ground - h * 0.68f}, {x + s * 0.3f, ground - h * 0.8f}}, shirt, 1);
    k.line({{x - s * 0.18f, ground}, {x, ground - h * 0.4f}, {x + s * 0.18f, ground}}, blue, 1);
}

void bike(Sketch& k, float x, float ground, float s) {
    const float r = s * 0.22f, wheel_y = ground - r * drawing_aspect;
    k.round(x - s * 0.3f, wheel_y, r, black, 1);
    k.round(x + s * 0.3f, wheel_y, r, black, 1);
    const float seat_y = wheel_y - s * 0.35f * drawing_aspect;
    k.line({{x - s * 0.3f, wheel_y}, {x - s * 0.05f, seat_y}, {x + s * 0.22f, seat_y}, {x + s * 0.3f, wheel_y}}, red, 1);
    k.line({{x - s * 0.05f, seat_y}, {x, wheel_y}, {x + s * 0.22f, seat_y}}, red, 1);
    k.line({{x + s * 0.22f, seat_y}, {x + s * 0.2f, seat_y - s * 0.1f}, {x + s * 0.3f, seat_y - s * 0.12f}}, black, 1);
}

void flowers(Sketch& k, float x, float ground, float s) {
    for (int f = 0; f < 3; ++f) {
        const float fx = x + (f - 1) * s * 0.35f, top = ground - s * k.between(0.5f, 0.8f) * drawing_aspect;
        k.line({{fx, ground}, {fx + 0.003f, top}}, green, 1);
        const Marker petals = std::array{purple, red, orange, blue}[static_cast<int>(k.between(0, 3.99f))];
        for (int p = 0; p < 5; ++p) {
            const float a = p * 2 * pi / 5;
            k.dot(fx + 0.02f * std::cos(a), top + 0.02f * drawing_aspect * std::sin(a), petals, 2);
        }
        k.dot(fx, top, yellow, 2);
    }
}

void sun(Sketch& k, float x, float y) {
    k.round(x, y, 0.06f, yellow, 2, 0, true);
    k.round(x, y, 0.065f, orange, 1);
    for (int ray = 0; ray < 8; ++ray) {
        const float a = ray * pi / 4 + 0.3f;
        const auto at = [&](float r) { return Point{x + r * std::cos(a), y + r * drawing_aspect * std::sin(a)}; };
        k.line({at(0.09f), at(0.13f)}, orange, 1);
    }
}

}  // namespace

std::vector<Stroke> demo_drawing(std::uint64_t seed) {
    Sketch k(seed);
    const float ground = k.between(0.82f, 0.9f);
    k.line({{0.03f, ground}, {0.5f, ground + k.between(-0.01f, 0.01f)}, {0.97f, ground}}, green, 2);
    sun(k, k.between(0.7f, 0.88f), k.between(0.16f, 0.24f));
    // Three places on the ground, each with something a child would put in a dream city.
    using Motif = void (*)(Sketch&, float, float, float);
    constexpr std::array<Motif, 5> motifs = {house, tree, person, bike, flowers};
    std::array<int, 5> order = {0, 1, 2, 3, 4};
    for (int i = 4; i > 0; --i) std::swap(order[i], order[static_cast<int>(k.between(0, i + 0.99f))]);
    const std::array<float, 3> places = {0.2f, 0.5f, 0.8f};
    for (int slot = 0; slot < 3; ++slot) motifs[order[slot]](k, places[slot], ground, k.between(0.18f, 0.24f));
    return k.strokes;
}

}  // namespace oogst
