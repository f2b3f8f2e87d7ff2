#include "app/widgets/canvas/drawing_tool_icons.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui_internal.h>  // IM_PI

#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

// A curved arrow over the top, its head pointing down at the left (undo) or right (redo).
void curved_arrow(ImDrawList* draw, ImVec2 c, float side, ImU32 ink, bool to_left) {
    const float r = side * 0.3f, thickness = side * 0.1f;
    const float mirror = to_left ? 1.0f : -1.0f;
    c.y += side * 0.08f;
    // From lower right round over the top to the left (mirrored for redo).
    const int segments = 20;
    draw->PathClear();
    for (int i = 0; i <= segments; ++i) {
        const float a = 0.35f * IM_PI - (1.35f * IM_PI) * i / segments;
        draw->PathLineTo(ImVec2(c.x + mirror * r * std::cos(a), c.y + r * std::sin(a)));
    }
    draw->PathStroke(ink, ImDrawFlags_None, thickness);
    const ImVec2 end(c.x - mirror * r, c.y);
    const float head = side * 0.2f;
    draw->AddTriangleFilled(ImVec2(end.x - head, end.y - head * 0.2f), ImVec2(end.x + head, end.y - head * 0.2f),
                            ImVec2(end.x, end.y + head), ink);
}

void eraser(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    // A block eraser lying at 45 degrees: the working end filled, the sleeve outlined.
    const float along = side * 0.42f, across = side * 0.2f;
    const ImVec2 u(0.7071f * along, -0.7071f * along), v(0.7071f * across, 0.7071f * across);
    const auto p = [&](float s, float t) { return ImVec2(c.x + u.x * s + v.x * t, c.y + u.y * s + v.y * t); };
    draw->AddQuadFilled(p(-1, -1), p(-0.1f, -1), p(-0.1f, 1), p(-1, 1), ink);
    draw->AddQuad(p(-1, -1), p(1, -1), p(1, 1), p(-1, 1), ink, side * 0.07f);
    draw->AddLine(ImVec2(c.x - side * 0.42f, c.y + side * 0.4f), ImVec2(c.x + side * 0.3f, c.y + side * 0.4f), ink,
                  side * 0.06f);
}

void bin(ImDrawList* draw, ImVec2 c, float side, ImU32 ink) {
    const float w = side * 0.5f, h = side * 0.55f, t = side * 0.07f;
    const float top = c.y - h * 0.4f;
    draw->AddLine(ImVec2(c.x - w * 0.65f, top), ImVec2(c.x + w * 0.65f, top), ink, t);  // lid
    draw->AddRect(ImVec2(c.x - w * 0.18f, top - side * 0.1f), ImVec2(c.x + w * 0.18f, top), ink, 0, 0, t);
    draw->AddRect(ImVec2(c.x - w * 0.45f, top + t), ImVec2(c.x + w * 0.45f, top + h), ink, side * 0.06f,
                  ImDrawFlags_RoundCornersBottom, t);
    for (float x : {-0.18f, 0.0f, 0.18f})
        draw->AddLine(ImVec2(c.x + w * x, top + h * 0.25f), ImVec2(c.x + w * x, top + h * 0.8f), ink, t * 0.8f);
}

}  // namespace

void draw_tool_icon(ImDrawList* draw, ToolIcon icon, ImVec2 centre, float side, ImU32 ink) {
    switch (icon) {
        case ToolIcon::none: return;
        case ToolIcon::eraser: return eraser(draw, centre, side, ink);
        case ToolIcon::undo: return curved_arrow(draw, centre, side, ink, true);
        case ToolIcon::redo: return curved_arrow(draw, centre, side, ink, false);
        case ToolIcon::clear: return bin(draw, centre, side, ink);
    }
}

bool tool_button(Ui& ui, const char* name, const char* label, ImVec2 size, bool chosen, bool enabled, ToolIcon icon) {
    size.x = std::max(size.x, ui.touch_size());
    size.y = std::max(size.y, ui.touch_size());
    const bool pressed = ImGui::InvisibleButton(name, size) && enabled;
    ui.touch.record_last_item(name);

    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = chosen ? colour::primary : colour::surface;
    ImU32 ink = chosen ? colour::on_primary : colour::text;
    if (!enabled) ink = with_alpha(ink, 90);
    draw->AddRectFilled(min, max, ImGui::IsItemActive() && enabled ? darker(fill, 0.12f) : fill, ui.px(12));
    if (!chosen) draw->AddRect(min, max, colour::secondary_pressed, ui.px(12), 0, ui.px(2));

    ImFont* font = ui.fonts.bold;
    const ImVec2 text = *label ? font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label) : ImVec2(0, 0);
    const float icon_side = ui.px(40);
    const bool stacked = size.y >= ui.px(80);
    if (icon == ToolIcon::none) {
        draw->AddText(font, font->FontSize, ImVec2((min.x + max.x - text.x) * 0.5f, (min.y + max.y - text.y) * 0.5f),
                      ink, label);
    } else if (stacked) {
        const float gap = ui.px(2);
        const float top = min.y + (size.y - icon_side - gap - text.y) * 0.5f;
        draw_tool_icon(draw, icon, ImVec2((min.x + max.x) * 0.5f, top + icon_side * 0.5f), icon_side, ink);
        draw->AddText(font, font->FontSize, ImVec2((min.x + max.x - text.x) * 0.5f, top + icon_side + gap), ink, label);
    } else {
        const float gap = *label ? ui.px(12) : 0;
        const float left = min.x + (size.x - icon_side - gap - text.x) * 0.5f;
        draw_tool_icon(draw, icon, ImVec2(left + icon_side * 0.5f, (min.y + max.y) * 0.5f), icon_side, ink);
        draw->AddText(font, font->FontSize, ImVec2(left + icon_side + gap, (min.y + max.y - text.y) * 0.5f), ink,
                      label);
    }
    return pressed;
}

}  // namespace oogst::app
