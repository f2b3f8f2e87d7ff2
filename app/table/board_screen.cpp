#include "app/table/board_screen.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/table/ambassador_panel.hpp"
#include "app/table/board_notes.hpp"
#include "app/table/note_composer.hpp"
#include "app/table/note_menu.hpp"
#include "app/table/score_results.hpp"
#include "app/table/scoring_bar.hpp"
#include "app/table/template_labels.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/table/board_actions.hpp"
#include "core/table/table_session.hpp"

namespace oogst::app {
namespace {

std::string board_session_detail(const Ui& ui, const SessionSet& session, std::size_t captures) {
    std::string detail = method_label(ui, session.method);
    for (const std::string* part : {&session.ambassador, &session.place})
        if (!part->empty()) detail += " · " + *part;
    return detail + " · " + notes_count(ui, captures);
}

// The column new notes go to: the one the table picked, else the current prompt's,
// else the first. A board without columns keeps its notes in one grid.
std::string target_board(const AppState& state, const BoardLayout& layout) {
    if (layout.grid) return "";
    for (const auto& column : layout.columns)
        if (column.column.board == state.target_board && !column.column.board.empty()) return column.column.board;
    for (const auto& column : layout.columns)
        if (!column.column.board.empty()) return column.column.board;
    return "";
}

// What the timer's pill says: mm:ss, or that the time is up.
std::string timer_label(const Ui& ui, const TableRound& round, double now) {
    if (round.timer.finished(now)) return ui.tr("timer.up");
    char text[16];
    const int seconds = static_cast<int>(std::ceil(round.timer.remaining(now)));
    std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
    return text;
}

// The pill's width: its ring, and room for the widest of what it says, so it neither
// jitters as the digits change nor grows over its neighbours when the time is up.
float timer_badge_width(const Ui& ui, const std::string& label, float height) {
    ImFont* font = ui.fonts.heading;
    const float text = std::max(font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x,
                                font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, "00:00").x);
    return height * 0.72f + ui.px(16) + text + ui.px(28);
}

// mm:ss on a pill with a ring that empties as the round's time runs out.
void timer_badge(Ui& ui, const TableRound& round, const std::string& label, float width, float height) {
    const double now = ImGui::GetTime();
    const bool up = round.timer.finished(now);
    ImFont* font = ui.fonts.heading;
    const float ring = height * 0.36f;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = up ? colour::kiosk : (round.timer.running() ? colour::surface : colour::secondary);
    const ImU32 ink = up ? colour::on_primary : colour::text;
    draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height), fill, height * 0.5f);
    const ImVec2 centre(min.x + ui.px(14) + ring, min.y + height * 0.5f);
    draw->AddCircle(centre, ring, darker(fill, 0.15f), 32, ui.px(6));
    const float fraction = 1.0f - static_cast<float>(round.timer.elapsed_fraction(now));
    if (fraction > 0) {
        constexpr float top = -3.14159265f / 2;
        draw->PathArcTo(centre, ring, top, top + fraction * 2 * 3.14159265f, 32);
        draw->PathStroke(up ? colour::on_primary : colour::primary, 0, ui.px(6));
    }
    const ImVec2 text_at(centre.x + ring + ui.px(14), min.y + (height - font->FontSize) * 0.5f);
    draw->AddText(font, font->FontSize, text_at, ink, label.c_str());
    const ImVec2 text_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
    ui.touch.record_text("board.timer", label, ImRect(text_at, ImVec2(text_at.x + text_size.x, text_at.y + text_size.y)),
                         ImRect(min, ImVec2(min.x + width, min.y + height)));
    if (round.timer.running() && !up) ui.animating = true;
}

// The header's right side: the timer, undo and the ambassador's handle, laid out from
// the right edge before anything is drawn, so the table's name knows the room left.
struct HeaderTools {
    float gap = 0;
    bool undo = false;
    std::string undo_label, timer_text;
    float handle_width = 0, undo_width = 0, timer_width = 0;

    float width() const {
        return handle_width + (undo ? gap + undo_width : 0) + (timer_width > 0 ? gap + timer_width : 0);
    }
};

HeaderTools measure_header_tools(const AppState& state, const Ui& ui, float height) {
    HeaderTools tools;
    tools.gap = ui.px(12);
    tools.undo = !state.undo.empty() && !state.round.scoring;
    tools.undo_label = tools.undo ? ui.tr(state.undo.last().what) : ui.tr("undo.button");
    tools.undo_width = button_width(ui, tools.undo_label.c_str());
    tools.handle_width = button_width(ui, ui.tr("ambassador.handle"));
    if (state.round.timer_set) {
        tools.timer_text = timer_label(ui, state.round, ImGui::GetTime());
        tools.timer_width = timer_badge_width(ui, tools.timer_text, height);
    }
    return tools;
}

void header_tools(Store& store, AppState& state, Ui& ui, const HeaderTools& tools, float top, float height) {
    const float right = ImGui::GetWindowContentRegionMax().x;
    float x = right - tools.handle_width;
    ImGui::SetCursorPos(ImVec2(x, top));
    draw_ambassador_handle(state, ui, height);
    if (tools.undo) {
        x -= tools.gap + tools.undo_width;
        ImGui::SetCursorPos(ImVec2(x, top));
        if (touch_button(ui, "board.undo", tools.undo_label.c_str(), ImVec2(tools.undo_width, height),
                         ButtonLook::secondary)) {
            try {
                state.undo.undo(store);
            } catch (const std::exception& error) {
                state.error = ui.tr("undo.failed", {{"reason", error_text(ui, error)}});
            }
        }
    }
    if (tools.timer_width > 0) {
        x -= tools.gap + tools.timer_width;
        ImGui::SetCursorPos(ImVec2(x, top));
        timer_badge(ui, state.round, tools.timer_text, tools.timer_width, height);
    }
}

// The question the table answers now, large, so everyone reads it from across the table.
void prompt_banner(Ui& ui, const AppState& state, const MethodTemplate& method) {
    const int index = std::clamp(state.round.prompt, 0, static_cast<int>(method.boards.size()) - 1);
    const TemplateBoard& board = method.boards[index];
    const std::string& prompt = ui.in_language(board.prompt);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ui.fonts.title);
    const bool fits = ImGui::CalcTextSize(prompt.c_str()).x <= width;
    ImGui::PopFont();
    // A long prompt in a smaller font rather than on two lines: the board needs the room.
    ImGui::PushFont(fits ? ui.fonts.title : ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::primary);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(prompt.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// The bar under the board when the table edits a note's text or the ambassador renames
// the table: the same place as new notes, so the keyboard never covers it.
void edit_bar(Store& store, AppState& state, Ui& ui, const SessionSet& session, float width) {
    const bool rename = state.composer == ComposerMode::rename_table;
    const char* save = ui.tr("common.save");
    const char* cancel = ui.tr("common.cancel");
    const float save_width = button_width(ui, save, 28);
    const float cancel_width = button_width(ui, cancel, 28);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool entered = touch_text_field(ui, "board.edit", ui.tr(rename ? "edit.rename" : "edit.title"), state.edit_draft,
                                          width - save_width - cancel_width - 2 * gap);
    const float height = ImGui::GetItemRectSize().y;
    ImGui::SameLine();
    const bool saved = touch_button(ui, "board.edit.save", save, ImVec2(save_width, height)) || entered;
    ImGui::SameLine();
    if (touch_button(ui, "board.edit.cancel", cancel, ImVec2(cancel_width, height), ButtonLook::secondary)) {
        state.composer = ComposerMode::new_note;
        return;
    }
    if (!saved) return;
    try {
        if (rename) {
            rename_table(store, session, state.edit_draft);
        } else {
            BoardActions(store, state.undo).edit_text(state.editing_note, state.edit_draft);
        }
        state.composer = ComposerMode::new_note;
    } catch (const std::exception& error) {
        state.error = ui.tr("edit.not_saved", {{"reason", error_text(ui, error)}});  // the text stays in the field
    }
}

}  // namespace

void draw_board_screen(Store& store, AppState& state, Ui& ui) {
    const SessionSet* found = store.state().session(state.session_id);
    if (!found) {
        // Deleted meanwhile (a merge can do that): back to the list, which is current.
        state.screen = Screen::sessions;
        return;
    }
    const SessionSet session = *found;  // a copy: the panel below may record a new version
    const MethodTemplate* method = ui.assets.templates.find(session.method);
    TableRound& round = state.round;
    // A merge may have given the session a method with fewer questions.
    if (method && !method->boards.empty())
        round.prompt = std::clamp(round.prompt, 0, static_cast<int>(method->boards.size()) - 1);
    if (method && !round.timer_set) {
        round.timer.set(method->round_minutes * 60.0);
        round.timer_set = true;
    }
    const bool scoring = round.scoring && method && method->voting.style != VotingStyle::none;

    std::size_t captures = 0;
    const BoardLayout& counted = board_layout(store, state, ui, session, method, ImGui::GetContentRegionAvail().x);
    for (const auto& column : counted.columns) captures += column.column.notes.size();
    const std::string detail = board_session_detail(ui, session, captures);

    const float header_top = ImGui::GetCursorPosY();
    const HeaderTools tools = measure_header_tools(state, ui, ui.touch_size());
    // A long table name ends in "…" before the timer rather than running under it.
    if (screen_header(ui, "board.back", ui.tr("board.back"), session.table_name.c_str(), detail.c_str(),
                      tools.width() + ui.px(24))) {
        state.screen = Screen::sessions;
        return;
    }
    const float after_header = ImGui::GetCursorPosY();
    header_tools(store, state, ui, tools, header_top, ui.touch_size());
    ImGui::SetCursorPosY(after_header);
    if (method && !method->boards.empty()) prompt_banner(ui, state, *method);

    const float bar = scoring ? scoring_bar_height(ui) : ui.px(64);
    const ImVec2 area(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y - bar - ImGui::GetStyle().ItemSpacing.y);
    const BoardLayout& layout = board_layout(store, state, ui, session, method, area.x);
    const std::string target = target_board(state, layout);

    if (round.results && !round.scoring)
        draw_score_results(store, state, ui, session, method, area);
    else
        draw_board_notes(store, state, ui, session, method, target, area);

    const float width = ImGui::GetContentRegionAvail().x;
    // Hints and errors float just above this bar, over the board, never over it.
    ui.message_floor = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    if (scoring) {
        draw_scoring_bar(store, state, ui, session, *method, width);
    } else if (state.composer != ComposerMode::new_note) {
        edit_bar(store, state, ui, session, width);
    } else {
        const std::string target_label = target.empty() ? "" : board_label(ui, session.method, target);
        draw_note_composer(store, state, ui, target, target_label, method, width);
    }

    draw_note_menu(store, state, ui);
    draw_ambassador_panel(store, state, ui, session, method);
}

}  // namespace oogst::app
