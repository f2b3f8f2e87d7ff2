#include "app/shell/store_problem_screen.hpp"

#include <algorithm>

#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

bool draw_store_problem_screen(Ui& ui, const std::string& folder, const std::string& reason) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.px(900));
    ImGui::Dummy(ImVec2(0, ui.px(80)));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::text);
    ImGui::TextUnformatted(ui.tr("problem.heading"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.px(16)));

    ImGui::TextUnformatted(reason.c_str());
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextUnformatted(ui.tr("problem.folder", {{"folder", folder}}).c_str());
    ImGui::TextUnformatted(ui.tr("problem.advice"));
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, ui.px(32)));

    const bool close = touch_button(ui, "problem.close", ui.tr("common.close"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    return close;
}

}  // namespace oogst::app
