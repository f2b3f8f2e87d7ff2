#include "app/roadmap/panel_text.hpp"

#include <imgui.h>

#include "app/shell/theme.hpp"

namespace oogst::app {

void section_heading(Ui& ui, const std::string& text) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void field_label(Ui& ui, const char* text) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace oogst::app
