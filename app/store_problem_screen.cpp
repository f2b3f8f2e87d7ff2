#include "app/store_problem_screen.hpp"

#include <algorithm>

#include "app/theme.hpp"
#include "app/touch_widgets.hpp"

namespace oogst::app {

bool draw_store_problem_screen(Ui& ui, const std::string& folder, const std::string& reason) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.px(900));
    ImGui::Dummy(ImVec2(0, ui.px(80)));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);

    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::text);
    ImGui::TextUnformatted("Oogst kan de opslag van dit toestel niet openen");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.px(16)));

    ImGui::TextUnformatted(reason.c_str());
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextUnformatted(("Opslag: " + folder).c_str());
    ImGui::TextUnformatted("Er is niets veranderd aan deze map. Vraag de facilitator om hulp, of start Oogst "
                           "met een andere opslag (--store MAP).");
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, ui.px(32)));

    const bool close = touch_button(ui, "problem.close", "Sluiten");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    return close;
}

}  // namespace oogst::app
