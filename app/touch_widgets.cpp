#include "app/touch_widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include <imgui_internal.h>

#include "app/theme.hpp"

namespace oogst::app {
namespace {

// How far a finger may wobble during a tap before it counts as a drag, at scale 1.
constexpr float touch_slop_px = 12;

// ImGui's id comes from the stable name, so a changing label ("3 notities") keeps its
// identity and two buttons reading "Terug" never clash.
std::string label_with_id(const char* label, const char* name) { return std::string(label) + "###" + name; }

}  // namespace

bool touch_button(Ui& ui, const char* name, const char* label, ImVec2 size, ButtonLook look) {
    ImGui::PushFont(ui.fonts.bold);
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const ImGuiStyle& style = ImGui::GetStyle();
    if (size.x <= 0) size.x = text.x + 2 * ui.px(24);
    if (size.y <= 0) size.y = text.y + 2 * style.FramePadding.y;
    size.x = std::max(size.x, ui.touch_size());
    size.y = std::max(size.y, ui.touch_size());

    const bool secondary = look == ButtonLook::secondary;
    ImGui::PushStyleColor(ImGuiCol_Button, secondary ? colour::secondary : colour::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, secondary ? colour::secondary : colour::primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, secondary ? colour::secondary_pressed : colour::primary_pressed);
    ImGui::PushStyleColor(ImGuiCol_Text, secondary ? colour::text : colour::on_primary);
    const bool pressed = ImGui::Button(label_with_id(label, name).c_str(), size);
    ImGui::PopStyleColor(4);
    ImGui::PopFont();
    ui.touch.record_last_item(name);
    return pressed;
}

bool touch_card(Ui& ui, const char* name, const char* heading, const char* detail, ImVec2 size, ImU32 fill,
                ImU32 ink) {
    size.y = std::max(size.y, ui.touch_size());
    const bool pressed = ImGui::InvisibleButton(name, size);
    ui.touch.record_last_item(name);

    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float rounding = ui.px(18);
    const float pad = ui.px(24);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(3)), ImVec2(max.x, max.y + ui.px(3)), colour::shadow, rounding);
    draw->AddRectFilled(min, max, ImGui::IsItemActive() ? darker(fill, 0.12f) : fill, rounding);

    // Heading and detail sit together in the middle of the card, wrapped to its width.
    const float wrap = size.x - 2 * pad;
    const ImVec2 heading_size = ui.fonts.heading->CalcTextSizeA(ui.fonts.heading->FontSize, FLT_MAX, wrap, heading);
    const ImVec2 detail_size =
        *detail ? ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, wrap, detail) : ImVec2(0, 0);
    const float gap = *detail ? ui.px(8) : 0;
    float y = min.y + std::max(pad * 0.5f, (size.y - heading_size.y - gap - detail_size.y) * 0.5f);
    draw->PushClipRect(min, max, true);
    draw->AddText(ui.fonts.heading, ui.fonts.heading->FontSize, ImVec2(min.x + pad, y), ink, heading, nullptr, wrap);
    y += heading_size.y + gap;
    if (*detail) {
        const ImU32 soft = (ink & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 215);
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(min.x + pad, y), soft, detail, nullptr, wrap);
    }
    draw->PopClipRect();
    return pressed;
}

void drag_to_scroll(const Ui& ui) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.CurrentWindow;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID dragging = window->GetID("#drag_to_scroll");
    if (!g.IO.MouseDown[0]) {
        storage->SetBool(dragging, false);
        return;
    }
    if (!storage->GetBool(dragging)) {
        // ImGui 1.86 makes a window's move handle the active item when a press lands on
        // its empty space, even in windows that cannot move.
        const bool on_empty_space = g.ActiveId == window->MoveId;
        const bool on_a_button = g.ActiveId != 0 && g.ActiveIdWindow == window &&
                                 ImGui::GetInputTextState(g.ActiveId) == nullptr &&
                                 ImGui::IsMouseDragging(ImGuiMouseButton_Left, ui.px(touch_slop_px));
        if (!on_empty_space && !on_a_button) return;
        if (on_a_button) ImGui::ClearActiveID();
        storage->SetBool(dragging, true);
    }
    const ImVec2 delta = g.IO.MouseDelta;
    if (window->ScrollMax.y > 0 && delta.y != 0) ImGui::SetScrollY(window, window->Scroll.y - delta.y);
    // Columns side by side scroll sideways as a row: a sideways drag in one moves the row.
    ImGuiWindow* row = window->ScrollMax.x > 0 ? window : window->ParentWindow;
    if (row && row->ScrollMax.x > 0 && delta.x != 0) ImGui::SetScrollX(row, row->Scroll.x - delta.x);
}

}  // namespace oogst::app
