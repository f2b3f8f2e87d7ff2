#include "app/shell/theme.hpp"

namespace oogst::app {

ImU32 note_fill(std::uint32_t capture_colour, std::size_t fallback_index) {
    if (capture_colour == 0) return note_palette[fallback_index % note_palette.size()];
    // Notes are opaque whatever alpha a device wrote.
    return capture_colour | IM_COL32_A_MASK;
}

ImU32 darker(ImU32 colour, float amount) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    const float keep = 1 - amount;
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x * keep, c.y * keep, c.z * keep, c.w));
}

ImU32 with_alpha(ImU32 colour, int alpha) {
    return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

void apply_theme(ImGuiStyle& style, float scale) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    const auto set = [&](ImGuiCol slot, ImU32 value) { style.Colors[slot] = ImGui::ColorConvertU32ToFloat4(value); };

    set(ImGuiCol_WindowBg, colour::background);
    set(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    set(ImGuiCol_PopupBg, colour::surface);
    set(ImGuiCol_Text, colour::text);
    set(ImGuiCol_TextDisabled, colour::muted);
    set(ImGuiCol_Border, colour::secondary_pressed);
    set(ImGuiCol_FrameBg, colour::surface);
    set(ImGuiCol_FrameBgHovered, colour::surface);
    set(ImGuiCol_FrameBgActive, colour::surface);
    set(ImGuiCol_Button, colour::primary);
    set(ImGuiCol_ButtonHovered, colour::primary);
    set(ImGuiCol_ButtonActive, colour::primary_pressed);
    set(ImGuiCol_ScrollbarBg, IM_COL32(0, 0, 0, 0));
    set(ImGuiCol_ScrollbarGrab, colour::secondary_pressed);
    set(ImGuiCol_ScrollbarGrabHovered, colour::secondary_pressed);
    set(ImGuiCol_ScrollbarGrabActive, colour::muted);
    set(ImGuiCol_TextSelectedBg, IM_COL32(47, 107, 63, 70));
    set(ImGuiCol_NavHighlight, colour::primary);

    style.WindowPadding = ImVec2(28, 24);
    style.FramePadding = ImVec2(16, 12);
    style.ItemSpacing = ImVec2(16, 16);
    style.ItemInnerSpacing = ImVec2(12, 8);
    style.ScrollbarSize = 22;  // thick enough for a thumb
    style.GrabMinSize = 48;
    style.WindowRounding = 0;
    style.ChildRounding = 14;
    style.FrameRounding = 12;
    style.ScrollbarRounding = 11;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameBorderSize = 2;
    style.ScaleAllSizes(scale);
}

}  // namespace oogst::app
