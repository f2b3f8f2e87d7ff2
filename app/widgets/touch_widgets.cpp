#include "app/widgets/touch_widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include <imgui_internal.h>

#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

// A released scroll slows down by e^-friction per second and stops below this speed.
constexpr float glide_friction = 4.0f;
constexpr float glide_stop_px_per_s = 20;

// ImGui's id comes from the stable name, so a changing label ("3 notities") keeps its
// identity and two buttons reading "Terug" never clash.
std::string label_with_id(const char* label, const char* name) { return std::string(label) + "###" + name; }

}  // namespace

float button_width(const Ui& ui, const char* label, float padding) {
    ImGui::PushFont(ui.fonts.bold);
    const float width = ImGui::CalcTextSize(label, nullptr, true).x + 2 * ui.px(padding);
    ImGui::PopFont();
    return width;
}

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
    ui.touch.record_last_item(name, label);
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

float touch_card_height(const Ui& ui, const char* heading, const char* detail, float width) {
    const float pad = ui.px(24), wrap = width - 2 * pad;
    const float heading_height = ui.fonts.heading->CalcTextSizeA(ui.fonts.heading->FontSize, FLT_MAX, wrap, heading).y;
    const float detail_height =
        *detail ? ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, wrap, detail).y + ui.px(8) : 0;
    return std::max(ui.touch_size(), heading_height + detail_height + pad);
}

void drag_to_scroll(Ui& ui, bool from_buttons) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.CurrentWindow;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID dragging = window->GetID("#drag_to_scroll");
    const ImGuiID velocity_x = window->GetID("#scroll_velocity_x"), velocity_y = window->GetID("#scroll_velocity_y");
    ImGuiWindow* row = window->ScrollMax.x > 0 ? window : window->ParentWindow;
    const float dt = std::max(g.IO.DeltaTime, 1e-4f);

    if (!g.IO.MouseDown[0] || !storage->GetBool(dragging)) {
        if (!g.IO.MouseDown[0]) storage->SetBool(dragging, false);
        // After the finger lifts, the content glides on and slows down, as a finger
        // expects from any touch screen; a new press stops it.
        float vx = storage->GetFloat(velocity_x), vy = storage->GetFloat(velocity_y);
        if (g.IO.MouseDown[0]) vx = vy = 0;
        const float keep = std::exp(-glide_friction * dt);
        vx *= keep, vy *= keep;
        if (std::abs(vx) < ui.px(glide_stop_px_per_s)) vx = 0;
        if (std::abs(vy) < ui.px(glide_stop_px_per_s)) vy = 0;
        if (vy != 0 && window->ScrollMax.y > 0) ImGui::SetScrollY(window, std::clamp(window->Scroll.y - vy * dt, 0.0f, window->ScrollMax.y));
        if (vx != 0 && row && row->ScrollMax.x > 0) ImGui::SetScrollX(row, std::clamp(row->Scroll.x - vx * dt, 0.0f, row->ScrollMax.x));
        storage->SetFloat(velocity_x, vx);
        storage->SetFloat(velocity_y, vy);
        if (vx != 0 || vy != 0) ui.animating = true;
        if (!g.IO.MouseDown[0]) return;
    }
    if (!storage->GetBool(dragging)) {
        // ImGui 1.86 makes a window's move handle the active item when a press lands on
        // its empty space, even in windows that cannot move.
        const bool on_empty_space = g.ActiveId == window->MoveId;
        // A finger on a scrollbar's thumb drags the thumb (ImGui's own scrollbar), so the
        // content moves the other way from a swipe: that press is not taken over.
        const bool on_a_scrollbar = g.ActiveId != 0 && (g.ActiveId == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y) ||
                                                        g.ActiveId == ImGui::GetWindowScrollbarID(window, ImGuiAxis_X));
        const bool on_a_button = from_buttons && g.ActiveId != 0 && g.ActiveIdWindow == window && !on_a_scrollbar &&
                                 ImGui::GetInputTextState(g.ActiveId) == nullptr &&
                                 ImGui::IsMouseDragging(ImGuiMouseButton_Left, ui.px(touch_slop_px));
        if (!on_empty_space && !on_a_button) return;
        if (on_a_button) ImGui::ClearActiveID();
        storage->SetBool(dragging, true);
    }
    const ImVec2 delta = g.IO.MouseDelta;
    if (window->ScrollMax.y > 0 && delta.y != 0) ImGui::SetScrollY(window, window->Scroll.y - delta.y);
    // Columns side by side scroll sideways as a row: a sideways drag in one moves the row.
    if (row && row->ScrollMax.x > 0 && delta.x != 0) ImGui::SetScrollX(row, row->Scroll.x - delta.x);
    // The finger's speed over the last frames, smoothed, is what the glide starts with.
    const float blend = 0.5f;
    storage->SetFloat(velocity_x, (1 - blend) * storage->GetFloat(velocity_x) + blend * delta.x / dt);
    storage->SetFloat(velocity_y, (1 - blend) * storage->GetFloat(velocity_y) + blend * delta.y / dt);
}

void value_box(Ui& ui, const std::string& text, ImVec2 size) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    ImFont* font = ui.fonts.heading;
    const ImVec2 measured = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    ImGui::GetWindowDrawList()->AddText(
        font, font->FontSize, ImVec2(min.x + (size.x - measured.x) * 0.5f, min.y + (size.y - measured.y) * 0.5f),
        colour::text, text.c_str());
}

void centred_text(ImFont* font, ImU32 ink, const std::string& text) {
    ImGui::PushFont(font);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - size.x) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, ink);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + size.x + 1);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace oogst::app
