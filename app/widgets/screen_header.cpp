#include "app/widgets/screen_header.hpp"

#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

bool screen_header(Ui& ui, const char* back_name, const char* back_label, const char* heading,
                   const char* detail) {
    const float heading_height = ui.fonts.heading->FontSize + ui.px(6) + ui.fonts.body->FontSize;
    const bool back = touch_button(ui, back_name, back_label, ImVec2(0, heading_height), ButtonLook::secondary);
    ImGui::SameLine(0, ui.px(24));
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(heading);
    ImGui::PopFont();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ui.px(6));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextUnformatted(detail);
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    return back;
}

}  // namespace oogst::app
