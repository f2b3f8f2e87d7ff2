#include "app/table/ambassador_panel.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/model/hybrid_clock.hpp"

namespace oogst::app {
namespace {

// The panel's grid: two halves side by side, rows of one touch height.
struct PanelGrid {
    float half = 0;  // one half's width
    float row = 0;   // a row's height
    float gap = 0;   // between buttons in a row
    ImVec2 pair() const { return ImVec2((half - gap) / 2, row); }  // two buttons in a row
};

void panel_section(Ui& ui, const char* title) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextUnformatted(title);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// Text in font wrapped to width, recorded under name so tests see what it says and
// where it went.
void wrapped_text(Ui& ui, const char* name, ImFont* font, ImU32 ink, const std::string& text, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, ink);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const ImRect drawn(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ui.touch.record_text(name, text, drawn, ImRect(at, ImVec2(at.x + width, drawn.Max.y)));
}

// − value +: the buttons at the ends of the half and the value centred between them, so
// neither button moves when the value's width changes ("9 min", "10 min"). Returns -1
// for −, +1 for +, 0 when neither was tapped.
int stepper(Ui& ui, const PanelGrid& grid, const std::string& name, const std::string& value) {
    int step = 0;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const ImVec2 button(grid.row, grid.row);
    if (touch_button(ui, (name + ".less").c_str(), "\u2013", button, ButtonLook::secondary)) step = -1;
    const ImRect room(ImVec2(start.x + button.x + grid.gap, start.y),
                      ImVec2(start.x + grid.half - button.x - grid.gap, start.y + grid.row));
    ImFont* font = ui.fonts.heading;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, value.c_str());
    const ImVec2 at(room.Min.x + std::max(0.0f, (room.GetWidth() - size.x) * 0.5f), room.Min.y + (grid.row - size.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize, at, colour::text, value.c_str());
    ui.touch.record_text(name + ".value", value, ImRect(at, ImVec2(at.x + size.x, at.y + size.y)), room);
    ImGui::SetCursorScreenPos(ImVec2(room.Max.x + grid.gap, start.y));
    if (touch_button(ui, (name + ".more").c_str(), "+", button, ButtonLook::secondary)) step = +1;
    return step;
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

// The round: its timer and the question the table answers. Returns false to close the panel.
bool round_half(AppState& state, Ui& ui, const MethodTemplate* method, const PanelGrid& grid) {
    TableRound& round = state.round;
    bool open = true;
    const double now = ImGui::GetTime();
    panel_section(ui, ui.tr("ambassador.timer"));
    const int step = stepper(ui, grid, "ambassador.timer", minutes(ui, round.timer.total()));
    if (step != 0) {
        round.timer.set(std::clamp(round.timer.total() + step * 60.0, 60.0, 240.0 * 60));
        round.timer_set = true;
    }
    // Starting keeps the panel open: the ambassador often sets the question and the
    // scoring next; the countdown shows in the header behind it.
    if (round.timer.running()) {
        if (touch_button(ui, "ambassador.timer.pause", ui.tr("ambassador.timer.pause"), grid.pair(), ButtonLook::secondary))
            round.timer.pause(now);
    } else if (touch_button(ui, "ambassador.timer.start", ui.tr("ambassador.timer.start"), grid.pair())) {
        if (round.timer.finished(now)) round.timer.reset();
        round.timer.start(now);
    }
    ImGui::SameLine(0, grid.gap);
    if (touch_button(ui, "ambassador.timer.reset", ui.tr("ambassador.timer.reset"), grid.pair(), ButtonLook::secondary))
        round.timer.reset();

    if (!method || method->boards.empty()) return open;
    panel_section(ui, ui.tr("ambassador.prompt"));
    const int count = static_cast<int>(method->boards.size());
    const std::string counter =
        ui.tr("prompt.counter", {{"number", std::to_string(round.prompt + 1)}, {"count", std::to_string(count)}});
    wrapped_text(ui, "ambassador.prompt.counter", ui.fonts.bold, colour::text, counter, grid.half);
    if (touch_button(ui, "ambassador.prompt.previous", ui.tr("ambassador.prompt.previous"), grid.pair(),
                     ButtonLook::secondary) && round.prompt > 0)
        --round.prompt, state.target_board = method->boards[round.prompt].id;
    ImGui::SameLine(0, grid.gap);
    if (touch_button(ui, "ambassador.prompt.next", ui.tr("ambassador.prompt.next"), grid.pair()) &&
        round.prompt + 1 < count) {
        ++round.prompt;
        state.target_board = method->boards[round.prompt].id;
        round.timer.reset();  // a new question, a new round
        open = false;
    }
    // What "next" leads to, so the ambassador knows before the table sees it.
    const std::string next = round.prompt + 1 < count
                                 ? ui.tr("ambassador.prompt.next_is",
                                         {{"prompt", ui.in_language(method->boards[round.prompt + 1].prompt)}})
                                 : std::string(ui.tr("ambassador.prompt.last"));
    wrapped_text(ui, "ambassador.prompt.next_text", ui.fonts.body, colour::muted, next, grid.half);
    return open;
}

// The table: its scoring round and results, its name and how many sit at it. Returns
// false to close the panel.
bool table_half(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                const PanelGrid& grid) {
    TableRound& round = state.round;
    bool open = true;
    const ImVec2 whole(grid.half, grid.row);
    panel_section(ui, ui.tr("ambassador.scoring"));
    const bool can_score = method && method->voting.style != VotingStyle::none;
    if (!can_score) {
        wrapped_text(ui, "ambassador.no_voting", ui.fonts.body, colour::text, ui.tr("scoring.no_voting"), grid.half);
    } else if (!round.scoring) {
        if (touch_button(ui, "ambassador.scoring", ui.tr("ambassador.scoring.start"), whole)) {
            round.scoring = true;
            round.round_id = std::to_string(wall_clock_ms());
            round.voter = 0;
            round.voted.clear();
            round.results = false;
            state.composer = ComposerMode::new_note;
            open = false;
        }
    } else if (touch_button(ui, "ambassador.scoring", ui.tr("ambassador.scoring.stop"), whole)) {
        round.scoring = false;
        round.voter = 0;
        round.results = true;  // closing a round shows what it gave
        open = false;
    }
    // While a round is open nobody sees results, not even the ambassador: a glance at
    // the standings would sway the voters still to come. Closing the round shows them.
    if (can_score && !round.scoring &&
        touch_button(ui, "ambassador.results", ui.tr("ambassador.results"), whole, ButtonLook::secondary)) {
        round.results = true;
        open = false;
    }

    panel_section(ui, ui.tr("ambassador.table"));
    wrapped_text(ui, "ambassador.table_name", ui.fonts.bold, colour::text, session.table_name, grid.half);
    if (touch_button(ui, "ambassador.rename", ui.tr("ambassador.rename"), whole, ButtonLook::secondary)) {
        state.composer = ComposerMode::rename_table;
        state.edit_draft = session.table_name;
        ui.text_entry.focus("board.edit");  // straight to typing the new name
        open = false;
    }
    const int people = voter_count(session);
    const int step = stepper(ui, grid, "ambassador.participants",
                             ui.tr("ambassador.participants", {{"count", std::to_string(people)}}));
    if (step < 0 && people > 1) save_participants(store, state, ui, session, people - 1);
    if (step > 0 && people < max_participants) save_participants(store, state, ui, session, people + 1);
    return open;
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
    bool open = begin_overlay(ui, "ambassador", ImVec2(ui.px(1080), ui.px(680)));
    const float full = ImGui::GetContentRegionAvail().x;
    const float between = ui.px(40);
    const PanelGrid grid{(full - between) / 2, ui.px(56), ui.px(12)};
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("ambassador.title"));
    ImGui::PopFont();

    ImGui::BeginGroup();
    open = round_half(state, ui, method, grid) && open;
    ImGui::EndGroup();
    ImGui::SameLine(0, between);
    ImGui::BeginGroup();
    open = table_half(store, state, ui, session, method, grid) && open;
    ImGui::EndGroup();

    ImGui::Dummy(ImVec2(0, ui.px(12)));
    if (touch_button(ui, "ambassador.close", ui.tr("common.close"), ImVec2(full, grid.row))) open = false;
    end_overlay();
    if (!open) state.round.ambassador = false;
}

}  // namespace oogst::app
