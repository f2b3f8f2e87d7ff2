#include "app/table/ambassador_panel.hpp"

#include <algorithm>
#include <string>

#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/model/hybrid_clock.hpp"

namespace oogst::app {
namespace {

void section(Ui& ui, const char* title) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextUnformatted(title);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void save_participants(Store& store, AppState& state, const Ui& ui, const SessionSet& session, int participants) {
    try {
        set_participants(store, session, participants);
    } catch (const std::exception& error) {
        state.error = ui.tr("ambassador.not_saved", {{"reason", error_text(ui, error)}});
    }
}

std::string minutes(const Ui& ui, double seconds) {
    return ui.tr("ambassador.minutes", {{"count", std::to_string(static_cast<int>(seconds / 60 + 0.5))}});
}

}  // namespace

int voter_count(const SessionSet& session) {
    return std::clamp<int>(session.participants > 0 ? session.participants : 6, 1, max_participants);
}

void draw_ambassador_handle(AppState& state, Ui& ui, float height) {
    touch_button(ui, "board.ambassador", ui.tr("ambassador.handle"), ImVec2(0, height), ButtonLook::secondary);
    // Held long enough: open. Let go early: say how (participants learn nothing from it).
    if (ImGui::IsItemActive() && ImGui::GetIO().MouseDownDuration[0] >= ambassador_hold_seconds &&
        !state.round.ambassador) {
        state.round.ambassador = true;
        ImGui::ClearActiveID();
        if (state.error == ui.tr("ambassador.hint")) state.error.clear();  // they found out how
    }
    if (ImGui::IsItemDeactivated() && !state.round.ambassador) state.error = ui.tr("ambassador.hint");
    if (ImGui::IsItemActive()) ui.animating = true;
}

void draw_ambassador_panel(Store& store, AppState& state, Ui& ui, const SessionSet& session,
                           const MethodTemplate* method) {
    if (!state.round.ambassador) return;
    TableRound& round = state.round;
    bool open = begin_overlay(ui, "ambassador", ImVec2(ui.px(1080), ui.px(660)));
    const float gap = ui.px(12);
    const float full = ImGui::GetContentRegionAvail().x;
    // Two halves side by side: the round (timer, question) and the table (scoring, name).
    const float width = (full - ui.px(40)) / 2;
    const auto third = ImVec2((width - 2 * gap) / 3, ui.px(56));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("ambassador.title"));
    ImGui::PopFont();
    ImGui::BeginGroup();

    const double now = ImGui::GetTime();
    section(ui, ui.tr("ambassador.timer"));
    if (touch_button(ui, "ambassador.timer.less", "–", ImVec2(ui.px(56), ui.px(56)), ButtonLook::secondary))
        round.timer.set(std::max(60.0, round.timer.total() - 60)), round.timer_set = true;
    ImGui::SameLine();
    ImGui::PushFont(ui.fonts.heading);
    const std::string total = minutes(ui, round.timer.total());
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ui.px(56) - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextUnformatted(total.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    if (touch_button(ui, "ambassador.timer.more", "+", ImVec2(ui.px(56), ui.px(56)), ButtonLook::secondary))
        round.timer.set(std::min(240.0 * 60, round.timer.total() + 60)), round.timer_set = true;
    if (round.timer.running()) {
        if (touch_button(ui, "ambassador.timer.pause", ui.tr("ambassador.timer.pause"), ImVec2(0, ui.px(56)),
                         ButtonLook::secondary))
            round.timer.pause(now);
    } else if (touch_button(ui, "ambassador.timer.start", ui.tr("ambassador.timer.start"), ImVec2(0, ui.px(56)))) {
        if (round.timer.finished(now)) round.timer.reset();
        round.timer.start(now);
        open = false;  // back to the table, the countdown in view
    }
    ImGui::SameLine();
    if (touch_button(ui, "ambassador.timer.reset", ui.tr("ambassador.timer.reset"), ImVec2(0, ui.px(56)),
                     ButtonLook::secondary))
        round.timer.reset();

    if (method && !method->boards.empty()) {
        section(ui, ui.tr("ambassador.prompt"));
        const int count = static_cast<int>(method->boards.size());
        if (touch_button(ui, "ambassador.prompt.previous", ui.tr("ambassador.prompt.previous"), third,
                         ButtonLook::secondary) && round.prompt > 0)
            --round.prompt, state.target_board = method->boards[round.prompt].id;
        ImGui::SameLine(0, gap);
        const std::string counter = ui.tr("prompt.counter", {{"number", std::to_string(round.prompt + 1)},
                                                             {"count", std::to_string(count)}});
        // The counter sits centred between the two buttons.
        const float counter_width = ImGui::CalcTextSize(counter.c_str()).x;
        const ImVec2 at = ImGui::GetCursorPos();
        ImGui::SetCursorPos(ImVec2(at.x + (third.x - counter_width) * 0.5f, at.y + (ui.px(56) - ImGui::GetTextLineHeight()) * 0.5f));
        ImGui::TextUnformatted(counter.c_str());
        ImGui::SetCursorPos(ImVec2(at.x + third.x + gap, at.y));
        if (touch_button(ui, "ambassador.prompt.next", ui.tr("ambassador.prompt.next"), third) && round.prompt + 1 < count) {
            ++round.prompt;
            state.target_board = method->boards[round.prompt].id;
            round.timer.reset();  // a new question, a new round
            open = false;
        }
    }

    ImGui::EndGroup();
    ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + width + ui.px(40));
    ImGui::BeginGroup();
    section(ui, ui.tr("ambassador.scoring"));
    const bool can_score = method && method->voting.style != VotingStyle::none;
    if (!can_score) {
        ImGui::TextUnformatted(ui.tr("scoring.no_voting"));
    } else if (!round.scoring) {
        if (touch_button(ui, "ambassador.scoring", ui.tr("ambassador.scoring.start"), ImVec2(width, ui.px(56)))) {
            round.scoring = true;
            round.round_id = std::to_string(wall_clock_ms());
            round.voter = 0;
            round.voted.clear();
            round.results = false;
            state.composer = ComposerMode::new_note;
            open = false;
        }
    } else if (touch_button(ui, "ambassador.scoring", ui.tr("ambassador.scoring.stop"), ImVec2(width, ui.px(56)))) {
        round.scoring = false;
        round.voter = 0;
        round.results = true;  // closing a round shows what it gave
        open = false;
    }
    // While a round is open nobody sees results, not even the ambassador: a glance at
    // the standings would sway the voters still to come. Closing the round shows them.
    if (can_score && !round.scoring &&
        touch_button(ui, "ambassador.results", ui.tr("ambassador.results"), ImVec2(width, ui.px(56)),
                     ButtonLook::secondary)) {
        round.results = true;
        open = false;
    }

    section(ui, ui.tr("ambassador.table"));
    if (touch_button(ui, "ambassador.rename", ui.tr("ambassador.rename"), ImVec2(0, ui.px(56)), ButtonLook::secondary)) {
        state.composer = ComposerMode::rename_table;
        state.edit_draft = session.table_name;
        open = false;
    }
    if (touch_button(ui, "ambassador.participants.less", "–", ImVec2(ui.px(56), ui.px(56)), ButtonLook::secondary) &&
        voter_count(session) > 1)
        save_participants(store, state, ui, session, voter_count(session) - 1);
    ImGui::SameLine();
    const std::string people = ui.tr("ambassador.participants", {{"count", std::to_string(voter_count(session))}});
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ui.px(56) - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextUnformatted(people.c_str());
    ImGui::SameLine();
    if (touch_button(ui, "ambassador.participants.more", "+", ImVec2(ui.px(56), ui.px(56)), ButtonLook::secondary) &&
        voter_count(session) < max_participants)
        save_participants(store, state, ui, session, voter_count(session) + 1);

    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    if (touch_button(ui, "ambassador.close", ui.tr("common.close"), ImVec2(full, ui.px(56)))) open = false;
    end_overlay();
    if (!open) round.ambassador = false;
}

}  // namespace oogst::app
