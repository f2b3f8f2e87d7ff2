#include "app/kiosk/child/kiosk_child_icons.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>  // IM_PI

#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

// The pictures' own colours: bright and friendly, as on a box of crayons.
constexpr ImU32 pencil_yellow = IM_COL32(255, 196, 40, 255);
constexpr ImU32 pencil_stripe = IM_COL32(232, 160, 20, 255);
constexpr ImU32 wood = IM_COL32(240, 200, 150, 255);
constexpr ImU32 graphite = IM_COL32(60, 60, 60, 255);
constexpr ImU32 metal = IM_COL32(180, 180, 190, 255);
constexpr ImU32 rubber = IM_COL32(240, 130, 150, 255);
constexpr ImU32 paper = IM_COL32(255, 255, 255, 255);
constexpr ImU32 paper_line = IM_COL32(120, 160, 210, 255);
constexpr ImU32 feather = IM_COL32(230, 90, 70, 255);
constexpr ImU32 camera_body = IM_COL32(70, 110, 160, 255);
constexpr ImU32 lens_glass = IM_COL32(170, 215, 245, 255);
constexpr ImU32 flash = IM_COL32(255, 210, 60, 255);
constexpr ImU32 skin = IM_COL32(255, 214, 172, 255);
constexpr ImU32 star_yellow = IM_COL32(255, 200, 40, 255);
constexpr ImU32 face_yellow = IM_COL32(255, 210, 70, 255);
constexpr ImU32 cheek = IM_COL32(245, 140, 120, 160);

// A point in a frame turned along the axis u (unit) with v across it.
struct Frame {
    ImVec2 c, u, v;
    ImVec2 at(float s, float t) const { return ImVec2(c.x + u.x * s + v.x * t, c.y + u.y * s + v.y * t); }
};

void pencil(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    // Lying from the lower left (its point) to the upper right (its rubber).
    const Frame f{c, ImVec2(0.7071f, -0.7071f), ImVec2(0.7071f, 0.7071f)};
    const float len = side * 0.95f, w = side * 0.24f, line = std::max(1.5f, side * 0.035f);
    const float tip = -len / 2, cone = tip + len * 0.22f, band = len / 2 - len * 0.2f, rubber_at = band + len * 0.07f;
    draw->AddQuadFilled(f.at(cone, -w / 2), f.at(band, -w / 2), f.at(band, w / 2), f.at(cone, w / 2), pencil_yellow);
    draw->AddLine(f.at(cone, 0), f.at(band, 0), pencil_stripe, w * 0.22f);
    draw->AddQuadFilled(f.at(band, -w / 2), f.at(rubber_at, -w / 2), f.at(rubber_at, w / 2), f.at(band, w / 2), metal);
    draw->AddQuadFilled(f.at(rubber_at, -w / 2), f.at(len / 2, -w / 2), f.at(len / 2, w / 2), f.at(rubber_at, w / 2),
                        rubber);
    draw->AddTriangleFilled(f.at(cone, -w / 2), f.at(cone, w / 2), f.at(tip, 0), wood);
    const float lead = 0.38f;  // the graphite: the last part of the cone
    draw->AddTriangleFilled(f.at(tip + (cone - tip) * lead, -w / 2 * lead), f.at(tip + (cone - tip) * lead, w / 2 * lead),
                            f.at(tip, 0), graphite);
    draw->AddQuad(f.at(cone, -w / 2), f.at(len / 2, -w / 2), f.at(len / 2, w / 2), f.at(cone, w / 2), ink, line);
    draw->AddTriangle(f.at(cone, -w / 2), f.at(cone, w / 2), f.at(tip, 0), ink, line);
    draw->AddLine(f.at(band, -w / 2), f.at(band, w / 2), ink, line);
}

void poem(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    const float line = std::max(1.5f, side * 0.035f);
    const ImVec2 min(c.x - side * 0.38f, c.y - side * 0.42f), max(c.x + side * 0.22f, c.y + side * 0.42f);
    draw->AddRectFilled(min, max, paper, side * 0.05f);
    draw->AddRect(min, max, ink, side * 0.05f, 0, line);
    // Lines of a poem: short and long, as verses are.
    const float widths[] = {0.75f, 0.55f, 0.7f, 0.45f};
    for (int i = 0; i < 4; ++i) {
        const float y = min.y + (max.y - min.y) * (0.22f + 0.18f * i);
        draw->AddLine(ImVec2(min.x + side * 0.08f, y), ImVec2(min.x + side * 0.08f + (max.x - min.x - side * 0.16f) * widths[i], y),
                      paper_line, side * 0.05f);
    }
    // A feather quill leaning on the sheet, its point on the last line.
    const Frame f{ImVec2(c.x + side * 0.22f, c.y - side * 0.05f), ImVec2(0.5f, -0.866f), ImVec2(0.866f, 0.5f)};
    const float len = side * 0.8f, half = side * 0.13f;
    draw->PathClear();
    for (int i = 0; i <= 16; ++i) {
        const float s = -len * 0.25f + len * 0.75f * i / 16.0f;
        const float k = static_cast<float>(i) / 16.0f;
        draw->PathLineTo(f.at(s, half * std::sin(IM_PI * k)));
    }
    for (int i = 16; i >= 0; --i) {
        const float s = -len * 0.25f + len * 0.75f * i / 16.0f;
        const float k = static_cast<float>(i) / 16.0f;
        draw->PathLineTo(f.at(s, -half * std::sin(IM_PI * k) * 0.8f));
    }
    draw->PathFillConvex(feather);
    draw->AddLine(f.at(-len * 0.5f, 0), f.at(len * 0.5f, 0), ink, line);
}

void camera(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    const float line = std::max(1.5f, side * 0.035f);
    const ImVec2 min(c.x - side * 0.45f, c.y - side * 0.24f), max(c.x + side * 0.45f, c.y + side * 0.36f);
    draw->AddRectFilled(ImVec2(c.x - side * 0.16f, min.y - side * 0.14f), ImVec2(c.x + side * 0.16f, min.y + side * 0.04f),
                        camera_body, side * 0.05f);
    draw->AddRectFilled(min, max, camera_body, side * 0.09f);
    draw->AddRect(min, max, ink, side * 0.09f, 0, line);
    draw->AddRectFilled(ImVec2(max.x - side * 0.2f, min.y + side * 0.07f), ImVec2(max.x - side * 0.07f, min.y + side * 0.15f),
                        flash, side * 0.02f);
    const ImVec2 lens(c.x, (min.y + max.y) * 0.5f);
    draw->AddCircleFilled(lens, side * 0.2f, paper, 32);
    draw->AddCircleFilled(lens, side * 0.15f, lens_glass, 32);
    draw->AddCircle(lens, side * 0.2f, ink, 32, line);
    draw->AddCircleFilled(ImVec2(lens.x - side * 0.05f, lens.y - side * 0.05f), side * 0.04f, paper, 16);
}

void home(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    const float t = side * 0.1f;
    const float left = c.x - side * 0.3f, right = c.x + side * 0.3f, eaves = c.y - side * 0.02f, floor = c.y + side * 0.38f;
    draw->PathClear();
    draw->PathLineTo(ImVec2(c.x - side * 0.44f, eaves + side * 0.04f));
    draw->PathLineTo(ImVec2(c.x, c.y - side * 0.4f));
    draw->PathLineTo(ImVec2(c.x + side * 0.44f, eaves + side * 0.04f));
    draw->PathStroke(ink, ImDrawFlags_None, t);
    draw->PathClear();
    draw->PathLineTo(ImVec2(left, eaves));
    draw->PathLineTo(ImVec2(left, floor));
    draw->PathLineTo(ImVec2(right, floor));
    draw->PathLineTo(ImVec2(right, eaves));
    draw->PathStroke(ink, ImDrawFlags_None, t);
    draw->AddRectFilled(ImVec2(c.x - side * 0.09f, c.y + side * 0.12f), ImVec2(c.x + side * 0.09f, floor), ink, side * 0.03f);
}

void arrow(ImDrawList* draw, ImVec2 c, float side, ImU32 ink, bool to_right) {
    const float d = to_right ? 1.0f : -1.0f;
    const float head = side * 0.42f, shaft = side * 0.11f;
    const float tip_x = c.x + d * side * 0.42f, base_x = tip_x - d * head;
    draw->AddRectFilled(ImVec2(std::min(c.x - d * side * 0.4f, base_x + d), c.y - shaft),
                        ImVec2(std::max(c.x - d * side * 0.4f, base_x + d), c.y + shaft), ink, side * 0.04f);
    draw->AddTriangleFilled(ImVec2(tip_x, c.y), ImVec2(base_x, c.y - side * 0.38f), ImVec2(base_x, c.y + side * 0.38f), ink);
}

void hand(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    // The pointing hand of a link (the index finger up at the left of the fist, the
    // thumb beside it, three folded fingers as knuckles), touching: ripples at its tip.
    const float line = std::max(2.0f, side * 0.035f);
    const ImVec2 tip(c.x - side * 0.12f, c.y - side * 0.4f);
    for (int ring = 0; ring < 2; ++ring) {
        const float r = side * (0.13f + 0.09f * ring);
        draw->PathArcTo(tip, r, IM_PI * 1.15f, IM_PI * 1.85f, 16);
        draw->PathStroke(with_alpha(ink, 200 - 70 * ring), ImDrawFlags_None, line * 1.2f);
    }
    struct Part {
        float x0, y0, x1, y1, rounding;  // in sides, from the centre
    };
    const Part parts[] = {
        {-0.2f, 0.0f, 0.34f, 0.44f, 0.13f},     // the back of the hand
        {-0.36f, 0.04f, -0.12f, 0.24f, 0.09f},  // the thumb
        {-0.2f, -0.4f, -0.04f, 0.12f, 0.08f},   // the index finger
        {-0.04f, -0.1f, 0.1f, 0.16f, 0.07f},    // three folded fingers
        {0.08f, -0.07f, 0.22f, 0.16f, 0.07f},
        {0.2f, -0.03f, 0.34f, 0.18f, 0.07f},
    };
    const auto at = [&](float x, float y) { return ImVec2(c.x + side * x, c.y + side * y); };
    // Outlines first, then the fills on top: one outline round the whole hand.
    for (const Part& p : parts)
        draw->AddRectFilled(ImVec2(at(p.x0, p.y0).x - line, at(p.x0, p.y0).y - line),
                            ImVec2(at(p.x1, p.y1).x + line, at(p.x1, p.y1).y + line), ink, side * p.rounding + line);
    for (const Part& p : parts) draw->AddRectFilled(at(p.x0, p.y0), at(p.x1, p.y1), skin, side * p.rounding);
    // Where the folded fingers meet.
    for (float x : {-0.04f, 0.09f, 0.21f}) draw->AddLine(at(x, x < 0 ? -0.02f : 0.0f), at(x, 0.12f), ink, line * 0.8f);
}

void send(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    // A paper plane flying up to the right.
    const auto p = [&](float x, float y) { return ImVec2(c.x + side * x, c.y + side * y); };
    draw->AddTriangleFilled(p(-0.44f, -0.02f), p(0.44f, -0.38f), p(-0.06f, 0.1f), ink);
    draw->AddTriangleFilled(p(-0.06f, 0.1f), p(0.44f, -0.38f), p(0.1f, 0.4f), with_alpha(ink, 190));
    draw->AddTriangleFilled(p(-0.06f, 0.1f), p(0.1f, 0.4f), p(-0.08f, 0.3f), with_alpha(ink, 150));
}

void check(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    draw->PathClear();
    draw->PathLineTo(ImVec2(c.x - side * 0.34f, c.y + side * 0.02f));
    draw->PathLineTo(ImVec2(c.x - side * 0.1f, c.y + side * 0.28f));
    draw->PathLineTo(ImVec2(c.x + side * 0.36f, c.y - side * 0.26f));
    draw->PathStroke(ink, ImDrawFlags_None, side * 0.14f);
}

void person(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    draw->AddCircleFilled(ImVec2(c.x, c.y - side * 0.16f), side * 0.19f, ink, 32);
    draw->PathClear();
    draw->PathArcTo(ImVec2(c.x, c.y + side * 0.42f), side * 0.34f, IM_PI, 2 * IM_PI, 24);
    draw->PathFillConvex(ink);
}

void group(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    person(draw, ImVec2(c.x - side * 0.28f, c.y + side * 0.08f), side * 0.6f, ink);
    person(draw, ImVec2(c.x + side * 0.28f, c.y + side * 0.08f), side * 0.6f, ink);
    person(draw, ImVec2(c.x, c.y - side * 0.02f), side * 0.78f, ink);
}

void school(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    const float t = side * 0.07f;
    const ImVec2 min(c.x - side * 0.4f, c.y - side * 0.06f), max(c.x + side * 0.4f, c.y + side * 0.4f);
    draw->AddRect(min, max, ink, 0, 0, t);
    draw->AddTriangleFilled(ImVec2(min.x - t, min.y), ImVec2(max.x + t, min.y), ImVec2(c.x, c.y - side * 0.3f), ink);
    draw->AddLine(ImVec2(c.x, c.y - side * 0.3f), ImVec2(c.x, c.y - side * 0.48f), ink, t * 0.6f);
    draw->AddTriangleFilled(ImVec2(c.x, c.y - side * 0.48f), ImVec2(c.x + side * 0.16f, c.y - side * 0.42f),
                            ImVec2(c.x, c.y - side * 0.36f), ink);
    draw->AddRectFilled(ImVec2(c.x - side * 0.08f, c.y + side * 0.16f), ImVec2(c.x + side * 0.08f, max.y), ink);
    for (float x : {-0.26f, 0.18f})
        draw->AddRectFilled(ImVec2(c.x + side * x, c.y + side * 0.04f), ImVec2(c.x + side * (x + 0.08f), c.y + side * 0.14f),
                            ink);
}

void smile(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    const float r = side * 0.46f, line = std::max(2.0f, side * 0.04f);
    draw->AddCircleFilled(c, r, face_yellow, 48);
    draw->AddCircle(c, r, ink, 48, line);
    for (float x : {-0.16f, 0.16f}) draw->AddCircleFilled(ImVec2(c.x + side * x, c.y - side * 0.1f), side * 0.05f, ink, 16);
    for (float x : {-0.28f, 0.28f}) draw->AddCircleFilled(ImVec2(c.x + side * x, c.y + side * 0.08f), side * 0.06f, cheek, 16);
    draw->PathArcTo(ImVec2(c.x, c.y + side * 0.02f), side * 0.24f, IM_PI * 0.15f, IM_PI * 0.85f, 20);
    draw->PathStroke(ink, ImDrawFlags_None, line * 1.4f);
}

}  // namespace

void draw_star(ImDrawList* draw, ImVec2 centre, float r, ImU32 fill) {
    // A fan of triangles from the centre: the star is not convex.
    ImVec2 points[10];
    for (int i = 0; i < 10; ++i) {
        const float a = -IM_PI / 2 + IM_PI * i / 5;
        const float radius = i % 2 == 0 ? r : r * 0.45f;
        points[i] = ImVec2(centre.x + radius * std::cos(a), centre.y + radius * std::sin(a));
    }
    for (int i = 0; i < 10; ++i) draw->AddTriangleFilled(centre, points[i], points[(i + 1) % 10], fill);
}

void draw_kiosk_icon(ImDrawList* draw, KioskIcon icon, ImVec2 centre, float side, ImU32 ink) {
    switch (icon) {
        case KioskIcon::pencil: return pencil(draw, centre, side, ink);
        case KioskIcon::poem: return poem(draw, centre, side, ink);
        case KioskIcon::camera: return camera(draw, centre, side, ink);
        case KioskIcon::home: return home(draw, centre, side, ink);
        case KioskIcon::back: return arrow(draw, centre, side, ink, false);
        case KioskIcon::next: return arrow(draw, centre, side, ink, true);
        case KioskIcon::hand: return hand(draw, centre, side, ink);
        case KioskIcon::star: return draw_star(draw, centre, side * 0.48f, star_yellow);
        case KioskIcon::send: return send(draw, centre, side, ink);
        case KioskIcon::check: return check(draw, centre, side, ink);
        case KioskIcon::person: return person(draw, centre, side, ink);
        case KioskIcon::group: return group(draw, centre, side, ink);
        case KioskIcon::school: return school(draw, centre, side, ink);
        case KioskIcon::smile: return smile(draw, centre, side, ink);
    }
}

}  // namespace oogst::app
