#include "app/table/scoring_bar.hpp"

#include <algorithm>
#include <array>
#include <cfloat>
#include <string>

#include "app/shell/theme.hpp"
#include "app/table/ambassador_panel.hpp"
#include "app/table/vote_controls.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/table/scoring.hpp"

namespace oogst::app {

ImU32 voter_colour(int number) {
    static constexpr std::array<ImU32, 8> colours = {
        IM_COL32(214, 88, 60, 255),  IM_COL32(47, 107, 63, 255),  IM_COL32(58, 95, 138, 255),
        IM_COL32(196, 140, 20, 255), IM_COL32(140, 70, 150, 255), IM_COL32(30, 130, 140, 255),
        IM_COL32(170, 60, 100, 255), IM_COL32(100, 100, 100, 255)};
    return colours[static_cast<std::size_t>(std::max(1, number) - 1) % colours.size()];
}

float scoring_bar_height(const Ui& ui) { return ui.px(72); }

void draw_scoring_bar(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate& method,
                      float width) {
    TableRound& round = state.round;
    const float height = scoring_bar_height(ui);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height), colour::surface, ui.px(14));
    const float pad = ui.px(12);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));

    if (round.voter == 0) {
        ImGui::PushFont(ui.fonts.bold);
        const char* pick = ui.tr("scoring.pick");
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (height - 2 * pad - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(pick);
        ImGui::PopFont();
        // Round tokens, one per participant; a voter who is done gets a tick but may
        // tap again to change their scores.
        const float size = height - 2 * pad;
        for (int number = 1; number <= voter_count(session); ++number) {
            ImGui::SameLine(0, number == 1 ? ui.px(20) : ui.px(10));
            ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, min.y + pad));
            const std::string name = "board.voter." + std::to_string(number);
            if (ImGui::InvisibleButton(name.c_str(), ImVec2(size, size))) round.voter = number;
            ui.touch.record_last_item(name);
            const ImVec2 centre((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                                (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
            const bool done = round.voted.count(number) > 0;
            draw->AddCircleFilled(centre, size * 0.5f, done ? (voter_colour(number) & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 110) : voter_colour(number));
            const std::string label = done ? "✓" : std::to_string(number);
            ImFont* font = ui.fonts.heading;
            const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
            draw->AddText(font, font->FontSize, ImVec2(centre.x - text.x * 0.5f, centre.y - text.y * 0.5f),
                          colour::on_primary, label.c_str());
        }
    } else {
        const std::string voter = current_voter(state, method.voting);
        const std::string line =
            method.voting.style == VotingStyle::stars
                ? ui.tr("scoring.stars", {{"number", std::to_string(round.voter)}, {"max", std::to_string(method.voting.max_stars)}})
                : ui.tr("scoring.dots", {{"number", std::to_string(round.voter)},
                                         {"count", std::to_string(dots_left(store.state(), session.id, voter, method.voting.dots))}});
        const float size = height - 2 * pad;
        draw->AddCircleFilled(ImVec2(min.x + pad + size * 0.5f, min.y + height * 0.5f), size * 0.5f, voter_colour(round.voter));
        const std::string number = std::to_string(round.voter);
        ImFont* font = ui.fonts.heading;
        const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, number.c_str());
        draw->AddText(font, font->FontSize, ImVec2(min.x + pad + (size - text.x) * 0.5f, min.y + (height - text.y) * 0.5f),
                      colour::on_primary, number.c_str());
        ImGui::SetCursorScreenPos(ImVec2(min.x + 2 * pad + size, min.y + (height - ui.fonts.bold->FontSize) * 0.5f));
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopFont();
        const char* done = ui.tr("scoring.done");
        const float done_width = button_width(ui, done, 32);
        ImGui::SetCursorScreenPos(ImVec2(min.x + width - pad - done_width, min.y + pad));
        if (touch_button(ui, "board.voter.done", done, ImVec2(done_width, size))) {
            round.voted.insert(round.voter);
            round.voter = 0;
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + height));
    ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace oogst::app
