#include "app/widgets/keyboard/keyboard_icons.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>

namespace oogst::app {
namespace {

ImVec2 at(ImVec2 centre, float size, float x, float y) { return ImVec2(centre.x + x * size, centre.y + y * size); }

float stroke(float size) { return std::max(1.5f, size * 0.08f); }

}  // namespace

void draw_shift_icon(ImDrawList* draw, ImVec2 c, float s, ImU32 ink, ShiftLook look) {
    // An arrow up: a head and a stem; hollow when off, filled when on, and underlined
    // when locked (caps lock).
    const float lift = look == ShiftLook::locked ? -0.08f : 0;
    const ImVec2 outline[] = {at(c, s, 0, -0.45f + lift),   at(c, s, 0.42f, 0.02f + lift),  at(c, s, 0.18f, 0.02f + lift),
                              at(c, s, 0.18f, 0.38f + lift), at(c, s, -0.18f, 0.38f + lift), at(c, s, -0.18f, 0.02f + lift),
                              at(c, s, -0.42f, 0.02f + lift)};
    if (look == ShiftLook::off) {
        draw->AddPolyline(outline, 7, ink, ImDrawFlags_Closed, stroke(s));
        return;
    }
    draw->AddTriangleFilled(outline[0], outline[1], outline[6], ink);
    draw->AddRectFilled(outline[5], outline[3], ink);
    if (look == ShiftLook::locked) draw->AddRectFilled(at(c, s, -0.3f, 0.42f), at(c, s, 0.3f, 0.52f), ink);
}

void draw_backspace_icon(ImDrawList* draw, ImVec2 c, float s, ImU32 ink) {
    // A tag pointing left with a cross in it.
    const ImVec2 outline[] = {at(c, s, -0.55f, 0), at(c, s, -0.25f, -0.32f), at(c, s, 0.5f, -0.32f),
                              at(c, s, 0.5f, 0.32f), at(c, s, -0.25f, 0.32f)};
    const float w = stroke(s);
    draw->AddPolyline(outline, 5, ink, ImDrawFlags_Closed, w);
    draw->AddLine(at(c, s, -0.05f, -0.13f), at(c, s, 0.23f, 0.13f), ink, w);
    draw->AddLine(at(c, s, -0.05f, 0.13f), at(c, s, 0.23f, -0.13f), ink, w);
}

void draw_enter_icon(ImDrawList* draw, ImVec2 c, float s, ImU32 ink) {
    // ↵: down from the top right, then left to an arrow head.
    const ImVec2 bend[] = {at(c, s, 0.42f, -0.38f), at(c, s, 0.42f, 0.12f), at(c, s, -0.28f, 0.12f)};
    draw->AddPolyline(bend, 3, ink, ImDrawFlags_None, stroke(s) * 1.2f);
    draw->AddTriangleFilled(at(c, s, -0.5f, 0.12f), at(c, s, -0.22f, -0.12f), at(c, s, -0.22f, 0.36f), ink);
}

void draw_globe_icon(ImDrawList* draw, ImVec2 c, float s, ImU32 ink) {
    // A circle with a meridian and two parallels.
    const float r = s * 0.42f, w = stroke(s);
    draw->AddCircle(c, r, ink, 32, w);
    constexpr int points = 24;
    ImVec2 meridian[points];
    for (int i = 0; i < points; ++i) {
        const float a = static_cast<float>(i) / points * 2 * IM_PI;
        meridian[i] = ImVec2(c.x + std::sin(a) * r * 0.45f, c.y + std::cos(a) * r);
    }
    draw->AddPolyline(meridian, points, ink, ImDrawFlags_Closed, w);
    draw->AddLine(ImVec2(c.x, c.y - r), ImVec2(c.x, c.y + r), ink, w);
    draw->AddLine(ImVec2(c.x - r, c.y), ImVec2(c.x + r, c.y), ink, w);
    const float h = r * 0.5f, half = std::sqrt(r * r - h * h);
    draw->AddLine(ImVec2(c.x - half, c.y - h), ImVec2(c.x + half, c.y - h), ink, w * 0.8f);
    draw->AddLine(ImVec2(c.x - half, c.y + h), ImVec2(c.x + half, c.y + h), ink, w * 0.8f);
}

void draw_hide_keyboard_icon(ImDrawList* draw, ImVec2 c, float s, ImU32 ink) {
    // A small keyboard over a chevron pointing down.
    const float w = stroke(s);
    draw->AddRect(at(c, s, -0.45f, -0.48f), at(c, s, 0.45f, 0.06f), ink, s * 0.06f, 0, w);
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 4; ++col) {
            const ImVec2 dot = at(c, s, -0.27f + col * 0.18f, -0.33f + row * 0.15f);
            draw->AddRectFilled(ImVec2(dot.x - w * 0.6f, dot.y - w * 0.6f), ImVec2(dot.x + w * 0.6f, dot.y + w * 0.6f), ink);
        }
    draw->AddLine(at(c, s, -0.18f, -0.07f + 0.03f), at(c, s, 0.18f, -0.07f + 0.03f), ink, w);
    const ImVec2 chevron[] = {at(c, s, -0.2f, 0.22f), at(c, s, 0, 0.42f), at(c, s, 0.2f, 0.22f)};
    draw->AddPolyline(chevron, 3, ink, ImDrawFlags_None, w);
}

}  // namespace oogst::app
