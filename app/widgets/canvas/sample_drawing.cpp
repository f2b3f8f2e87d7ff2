#include "app/widgets/canvas/sample_drawing.hpp"

#include <cmath>
#include <numbers>
#include <utility>

#include "app/widgets/canvas/drawing_canvas_state.hpp"
#include "core/drawing/drawing_paper.hpp"
#include "core/drawing/stroke_smoothing.hpp"

namespace oogst::app {
namespace {

enum Marker { black, red, orange, yellow, green, blue, purple, brown };

// A hand's slight wobble, the same every time so the screenshot does not change.
float wobble(int i, float amount) { return amount * std::sin(i * 1.7f) * std::cos(i * 0.6f); }

// Straight segments through corners, sampled like a finger at 60 frames a second.
Stroke line(std::vector<Point> corners, Marker colour, std::size_t width) {
    std::vector<Point> samples;
    int n = 0;
    for (std::size_t c = 0; c + 1 < corners.size(); ++c)
        for (int s = 0; s < 12; ++s, ++n) {
            const float t = s / 12.0f;
            samples.push_back({corners[c].x + (corners[c + 1].x - corners[c].x) * t + wobble(n, 0.002f),
                               corners[c].y + (corners[c + 1].y - corners[c].y) * t + wobble(n + 5, 0.003f)});
        }
    samples.push_back(corners.back());
    return Stroke{drawing_colours[colour], drawing_widths[width], smooth_stroke(samples)};
}

// A round shape around (x, y) of radius r (a fraction of the paper's width), from angle
// from to angle to, with a lumpy edge when lumps > 0 (a tree's crown).
Stroke round(float x, float y, float r, Marker colour, std::size_t width, float lumps = 0, float from = 0,
             float to = 2 * std::numbers::pi_v<float>) {
    std::vector<Point> samples;
    for (int i = 0; i <= 72; ++i) {
        const float a = from + (to - from) * i / 72;
        const float radius = r * (1 + (lumps > 0 ? 0.12f * std::abs(std::sin(a * lumps)) : 0) + wobble(i, 0.02f));
        samples.push_back({x + radius * std::cos(a), y + radius * drawing_aspect * std::sin(a)});
    }
    return Stroke{drawing_colours[colour], drawing_widths[width], smooth_stroke(samples)};
}

}  // namespace

std::vector<Stroke> sample_drawing() {
    std::vector<Stroke> strokes;
    // The sun, top right: coloured in round and round, an orange rim, and rays.
    std::vector<Point> fill;
    for (int i = 0; i <= 200; ++i) {
        const float a = i * 0.2f, r = 0.062f * (1 - i / 220.0f);
        fill.push_back({0.82f + r * std::cos(a), 0.2f + r * drawing_aspect * std::sin(a)});
    }
    strokes.push_back(Stroke{drawing_colours[yellow], drawing_widths[2], smooth_stroke(fill)});
    strokes.push_back(round(0.82f, 0.2f, 0.07f, orange, 1));
    for (int ray = 0; ray < 8; ++ray) {
        const float a = ray * std::numbers::pi_v<float> / 4 + 0.2f;
        const auto at = [&](float r) { return Point{0.82f + r * std::cos(a), 0.2f + r * drawing_aspect * std::sin(a)}; };
        strokes.push_back(line({at(0.1f), at(0.14f)}, orange, 1));
    }
    // Grass along the bottom.
    strokes.push_back(line({{0.03f, 0.86f}, {0.35f, 0.855f}, {0.65f, 0.865f}, {0.97f, 0.855f}}, green, 2));
    // The house: walls, roof, door with a knob, a window with its cross, a chimney.
    strokes.push_back(line({{0.14f, 0.5f}, {0.14f, 0.85f}, {0.46f, 0.85f}, {0.46f, 0.5f}}, brown, 1));
    strokes.push_back(line({{0.11f, 0.52f}, {0.3f, 0.27f}, {0.49f, 0.52f}, {0.11f, 0.52f}}, red, 2));
    strokes.push_back(line({{0.38f, 0.38f}, {0.38f, 0.28f}, {0.42f, 0.28f}, {0.42f, 0.43f}}, red, 1));
    strokes.push_back(line({{0.2f, 0.85f}, {0.2f, 0.66f}, {0.28f, 0.66f}, {0.28f, 0.85f}}, blue, 1));
    strokes.push_back(Stroke{drawing_colours[black], drawing_widths[1], {{0.265f, 0.76f}}});
    strokes.push_back(line({{0.33f, 0.59f}, {0.42f, 0.59f}, {0.42f, 0.71f}, {0.33f, 0.71f}, {0.33f, 0.59f}}, blue, 1));
    strokes.push_back(line({{0.375f, 0.59f}, {0.375f, 0.71f}}, blue, 0));
    strokes.push_back(line({{0.33f, 0.65f}, {0.42f, 0.65f}}, blue, 0));
    // The tree: trunk, a lumpy green crown, and three red apples.
    strokes.push_back(line({{0.7f, 0.85f}, {0.705f, 0.6f}}, brown, 2));
    strokes.push_back(line({{0.745f, 0.85f}, {0.74f, 0.6f}}, brown, 2));
    strokes.push_back(round(0.725f, 0.46f, 0.11f, green, 2, 3.5f));
    for (const Point apple : {Point{0.68f, 0.42f}, Point{0.77f, 0.47f}, Point{0.71f, 0.52f}})
        strokes.push_back(Stroke{drawing_colours[red], drawing_widths[2], {apple}});
    // A cloud, top left: three bumps and a flat bottom.
    std::vector<Point> cloud;
    for (const auto& [cx, r] : {std::pair{0.11f, 0.035f}, std::pair{0.19f, 0.045f}, std::pair{0.27f, 0.035f}})
        for (int i = 0; i <= 16; ++i) {
            const float a = std::numbers::pi_v<float> + std::numbers::pi_v<float> * i / 16;
            cloud.push_back({cx + r * std::cos(a), 0.2f + r * drawing_aspect * std::sin(a)});
        }
    cloud.push_back({0.11f - 0.035f, 0.2f});
    strokes.push_back(line(cloud, blue, 1));
    // Two birds.
    strokes.push_back(line({{0.5f, 0.16f}, {0.525f, 0.19f}, {0.55f, 0.16f}}, black, 0));
    strokes.push_back(line({{0.58f, 0.1f}, {0.6f, 0.125f}, {0.62f, 0.1f}}, black, 0));
    // A flower beside the house: five purple petals round a yellow heart.
    strokes.push_back(line({{0.55f, 0.85f}, {0.553f, 0.73f}}, green, 1));
    for (int petal = 0; petal < 5; ++petal) {
        const float a = petal * 2 * std::numbers::pi_v<float> / 5 - std::numbers::pi_v<float> / 2;
        strokes.push_back(Stroke{drawing_colours[purple], drawing_widths[2],
                                 {{0.553f + 0.022f * std::cos(a), 0.7f + 0.022f * drawing_aspect * std::sin(a)}}});
    }
    strokes.push_back(Stroke{drawing_colours[yellow], drawing_widths[2], {{0.553f, 0.7f}}});
    return strokes;
}

}  // namespace oogst::app
