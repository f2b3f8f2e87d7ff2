#include "app/table/board_notes.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <optional>

#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/table/sticky_note.hpp"
#include "app/table/template_labels.hpp"
#include "app/table/vote_controls.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/table/board_actions.hpp"

namespace oogst::app {
namespace {

// How far a finger moves on a note before it is a drag, not a tap, at scale 1.
constexpr float note_slop_px = 12;

struct Panel {
    const ColumnLayout* layout;
    ImRect rect;    // where the panel is on screen
    ImVec2 origin;  // its content's top-left on screen (moves with scrolling)
    float note_width;
    ImGuiWindow* window;  // the panel's scrolling window
};

// A note held near a column's top or bottom edge scrolls the column, faster the closer
// it is, so a note can be carried past what is in view.
void scroll_near_edges(Ui& ui, const Panel& panel, float finger_y) {
    const float edge = ui.px(72);
    const float top = panel.rect.Min.y + edge, bottom = panel.rect.Max.y - edge;
    float depth = 0;
    if (finger_y < top) depth = -(top - finger_y) / edge;
    if (finger_y > bottom) depth = (finger_y - bottom) / edge;
    if (depth == 0 || panel.window->ScrollMax.y <= 0) return;
    const float speed = ui.px(900) * std::clamp(depth, -1.0f, 1.0f);  // px per second at the very edge
    const float scroll = std::clamp(panel.window->Scroll.y + speed * ImGui::GetIO().DeltaTime, 0.0f, panel.window->ScrollMax.y);
    ImGui::SetScrollY(panel.window, scroll);
}

float padding(const Ui& ui) { return ui.px(14); }

float measured_height(Ui& ui, BoardCache& cache, const CaptureRecord& note, float width, bool show_score) {
    MeasuredNote& measured = cache.heights[note.origin->id];
    const bool voted = note.vote_count() > 0;
    if (measured.height > 0 && measured.voted == voted && measured.text == note.text.value()) return measured.height;
    measured = MeasuredNote{note.text.value(), voted, sticky_note_height(ui, note, width, show_score)};
    return measured.height;
}

// While a round is open nobody sees averages or totals: they would sway the voters
// still to come.
bool scores_shown(const AppState& state) { return !state.round.scoring; }

// Whether the notes of column carry vote buttons now: a voter is scoring and the
// method scores that board.
bool votes_on(const AppState& state, const MethodTemplate* method, const std::string& board) {
    return state.round.scoring && state.round.voter > 0 && method && method->voting.scores(board);
}

ColumnLayout lay_out(Ui& ui, BoardCache& cache, BoardColumn column, float note_width, int per_row, bool vote_row,
                     bool show_score) {
    ColumnLayout layout;
    layout.per_row = per_row;
    layout.note_width = note_width;
    const float gap = padding(ui);
    float row_top = 0, row_height = 0;
    for (std::size_t i = 0; i < column.notes.size(); ++i) {
        if (i % per_row == 0 && i > 0) {
            row_top += row_height + gap;
            row_height = 0;
        }
        float height = measured_height(ui, cache, *column.notes[i], note_width, show_score);
        if (vote_row) height += vote_row_height(ui) + ui.px(8);
        layout.top.push_back(row_top);
        layout.height.push_back(height);
        row_height = std::max(row_height, height);
    }
    layout.content_height = column.notes.empty() ? 0 : row_top + row_height;
    layout.column = std::move(column);
    return layout;
}

// A column's heading: tapping it makes it the column new notes go to (green).
void column_header(Ui& ui, AppState& state, const std::string& method, const ColumnLayout& layout, float width,
                   bool target) {
    const BoardColumn& column = layout.column;
    const std::string name = "board.column." + column.board;
    const ImVec2 size(width, ui.px(64));
    if (ImGui::InvisibleButton(name.c_str(), size) && !column.board.empty()) state.target_board = column.board;
    ui.touch.record_last_item(name);

    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = target ? colour::primary : colour::secondary;
    const ImU32 ink = target ? colour::on_primary : colour::text;
    draw->AddRectFilled(min, max, ImGui::IsItemActive() ? darker(fill, 0.12f) : fill, ui.px(14));

    const std::string label = column.board.empty() ? ui.tr("board.no_column") : board_label(ui, method, column.board);
    const std::string count = std::to_string(column.notes.size());
    ImFont* bold = ui.fonts.bold;
    const float pad = ui.px(18);
    const ImVec2 count_size = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, count.c_str());
    const float text_y = min.y + (size.y - bold->FontSize) * 0.5f;
    draw->PushClipRect(min, ImVec2(max.x - count_size.x - 2 * pad, max.y), true);
    draw->AddText(bold, bold->FontSize, ImVec2(min.x + pad, text_y), ink, label.c_str());
    draw->PopClipRect();
    draw->AddText(bold, bold->FontSize, ImVec2(max.x - pad - count_size.x, text_y), ink, count.c_str());
}

ImVec2 note_position(const ColumnLayout& layout, std::size_t i, float gap) {
    const int column = static_cast<int>(i % layout.per_row);
    return ImVec2(column * (layout.note_width + gap), layout.top[i]);
}

// The index of the note the table should see in layout, if it is there and the column
// has not been scrolled to it yet.
std::optional<std::size_t> note_to_reveal(const AppState& state, const ColumnLayout& layout) {
    const NoteReveal& reveal = state.reveal;
    if (reveal.note.empty() || reveal.scrolled || note_ring(state, reveal.note) <= 0) return std::nullopt;
    for (std::size_t i = 0; i < layout.column.notes.size(); ++i)
        if (layout.column.notes[i]->origin->id == reveal.note) return i;
    return std::nullopt;
}

// Scrolls the current panel (view_height tall) the least that brings note i wholly
// into view, with a gap around it.
void scroll_to_note(const ColumnLayout& layout, std::size_t i, float view_height, float gap) {
    const float top = layout.top[i] - gap, bottom = layout.top[i] + layout.height[i] + gap;
    const float scroll = ImGui::GetScrollY();
    if (top < scroll) ImGui::SetScrollY(std::max(0.0f, top));
    else if (bottom > scroll + view_height) ImGui::SetScrollY(std::min(top, bottom - view_height));
}

// One column's notes in a scrolling panel; only the notes in view are drawn.
Panel notes_panel(Store& store, AppState& state, Ui& ui, const MethodTemplate* method, const std::string& session_id,
                  const ColumnLayout& layout, const char* id, ImVec2 size, std::size_t palette_offset) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::column);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding(ui), padding(ui)));
    ImGui::BeginChild(id, size, false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    const ImVec2 window = ImGui::GetWindowPos();
    Panel panel{&layout, ImRect(window.x, window.y, window.x + size.x, window.y + size.y), ImGui::GetCursorScreenPos(),
                layout.note_width, ImGui::GetCurrentWindow()};
    const float gap = padding(ui);
    const float view_top = ImGui::GetScrollY() - gap, view_bottom = ImGui::GetScrollY() + size.y;
    const bool scoring = votes_on(state, method, layout.column.board);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto& notes = layout.column.notes;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        if (layout.top[i] + layout.height[i] < view_top) continue;
        if (layout.top[i] > view_bottom) break;  // tops only grow down the column
        const CaptureRecord& note = *notes[i];
        const std::string& note_id = note.origin->id;
        const ImVec2 offset = note_position(layout, i, gap);
        const ImVec2 at(panel.origin.x + offset.x, panel.origin.y + offset.y);
        const float vote_height = scoring ? vote_row_height(ui) + ui.px(8) : 0;
        const float body_height = layout.height[i] - vote_height;
        ImGui::SetCursorScreenPos(at);
        const std::string name = "note." + note_id;
        ImGui::InvisibleButton(name.c_str(), ImVec2(layout.note_width, body_height));
        ui.touch.record_last_item(name);
        if (ImGui::IsItemActivated()) {
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            state.gesture = NoteGesture{note_id, mouse.x - at.x, mouse.y - at.y, ImGui::GetTime(), false, false};
        }
        NoteLook look;
        look.show_score = scores_shown(state);
        // In a round, notes on boards the method does not score step back.
        if (state.round.scoring && method && !method->voting.scores(layout.column.board)) look.alpha = 0.45f;
        if (state.gesture.note == note_id) {
            look.lifted = state.gesture.lifted && !state.gesture.dragging;
            if (state.gesture.dragging) look.alpha = 0.3f;  // its place, while the finger carries it
        }
        look.ring = note_ring(state, note_id);
        // The ring of a new note fades on its own: frames keep coming until it is gone.
        if (state.reveal.note == note_id && reveal_strength(state.reveal, ImGui::GetTime()) > 0) ui.animating = true;
        paint_sticky_note(ui, draw, note, at, layout.note_width, layout.height[i], palette_offset + i, look);
        if (scoring)
            draw_vote_controls(store, state, ui, method->voting, session_id, note_id, note,
                               ImVec2(at.x + padding(ui), at.y + body_height), layout.note_width - 2 * padding(ui));
    }
    // The content's full height, so the panel scrolls over notes not drawn.
    ImGui::SetCursorScreenPos(panel.origin);
    ImGui::Dummy(ImVec2(1, layout.content_height));
    // A note just added lands at the end of its column, often out of sight: the column
    // brings it into view (the ring says which it is). The note being edited too, as
    // the keyboard takes the bottom of the screen.
    if (const auto reveal = note_to_reveal(state, layout)) {
        scroll_to_note(layout, *reveal, size.y - 2 * gap, gap);
        state.reveal.scrolled = true;
        ui.animating = true;  // the scroll shows in the next frame
    }
    // A swipe that starts on a note scrolls like one on empty space; only a note lifted
    // by a hold keeps the finger.
    drag_to_scroll(ui, /*from_buttons=*/!state.gesture.lifted);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return panel;
}

// Where a note dropped at point lands: its panel and the place between two notes.
struct Drop {
    const Panel* panel = nullptr;
    float x = 0;
};

Drop drop_at(const std::vector<Panel>& panels, ImVec2 point, const std::string& moving, float gap) {
    Drop drop;
    float best = FLT_MAX;
    for (const Panel& panel : panels) {
        // The nearest column sideways: a note let go between columns still lands.
        const float distance = point.x < panel.rect.Min.x ? panel.rect.Min.x - point.x
                               : point.x > panel.rect.Max.x ? point.x - panel.rect.Max.x : 0;
        if (distance < best) best = distance, drop.panel = &panel;
    }
    if (!drop.panel) return drop;
    const ColumnLayout& layout = *drop.panel->layout;
    const float y = point.y - drop.panel->origin.y;
    const float x = point.x - drop.panel->origin.x;
    const CaptureRecord* before = nullptr;
    const CaptureRecord* after = nullptr;
    for (std::size_t i = 0; i < layout.column.notes.size(); ++i) {
        const CaptureRecord* note = layout.column.notes[i];
        if (note->origin->id == moving) continue;
        const ImVec2 at = note_position(layout, i, gap);
        // In a column: before the first note whose middle is below the finger. In a grid:
        // before the first note of a lower row, or left of the finger in its own row.
        const bool past = layout.per_row == 1
                              ? y < layout.top[i] + layout.height[i] * 0.5f
                              : y < layout.top[i] ||
                                    (y < layout.top[i] + layout.height[i] && x < at.x + layout.note_width * 0.5f);
        if (past) {
            after = note;
            break;
        }
        before = note;
    }
    drop.x = column_place(before, after);
    return drop;
}

// Where the note under the finger is painted while it is carried: the place the finger
// took it by stays under the finger.
void paint_carried_note(Ui& ui, const std::vector<Panel>& panels, const NoteGesture& gesture, const CaptureRecord& note,
                        ImVec2 finger) {
    const float width = panels.empty() ? ui.px(300) : panels.front().note_width;
    const ImVec2 at(finger.x - gesture.start_x, finger.y - gesture.start_y);
    NoteLook look;
    look.alpha = 0.9f;
    look.lifted = true;
    paint_sticky_note(ui, ImGui::GetForegroundDrawList(), note, at, width, sticky_note_height(ui, note, width), 0, look);
}

// The finger on a note. Moving before the hold is over is a swipe: the column scrolls
// (drag_to_scroll took the finger from the note) and the note stays. Held still for
// note_hold_seconds, the note lifts; moved then, it is carried and lands where it is
// let go; let go without moving, its menu opens.
void follow_gesture(Store& store, AppState& state, Ui& ui, const std::vector<Panel>& panels) {
    NoteGesture& gesture = state.gesture;
    if (gesture.note.empty()) return;
    const ImGuiIO& io = ImGui::GetIO();
    const CaptureRecord* note = store.state().capture(gesture.note);
    if (!note) {
        gesture = {};
        return;
    }
    const float moved_x = io.MousePos.x - io.MouseClickedPos[0].x, moved_y = io.MousePos.y - io.MouseClickedPos[0].y;
    const bool far = std::hypot(moved_x, moved_y) > ui.px(note_slop_px);
    if (io.MouseDown[0]) {
        if (!gesture.lifted) {
            if (far) {
                gesture = {};  // a swipe: the column scrolls, the note stays where it is
                return;
            }
            // A scoring round locks the board: holding a note lifts nothing.
            if (!state.round.scoring && ImGui::GetTime() - gesture.pressed_at >= note_hold_seconds) gesture.lifted = true;
            ui.animating = true;  // the hold is timed even while the finger rests
            return;
        }
        if (far) gesture.dragging = true;
        if (gesture.dragging) {
            // The note follows the finger, above everything, over the column it would land in.
            const Drop drop = drop_at(panels, io.MousePos, gesture.note, padding(ui));
            if (drop.panel) {
                ImGui::GetForegroundDrawList()->AddRect(drop.panel->rect.Min, drop.panel->rect.Max, colour::primary,
                                                        ui.px(8), 0, ui.px(4));
                scroll_near_edges(ui, *drop.panel, io.MousePos.y);
            }
            paint_carried_note(ui, panels, gesture, *note, io.MousePos);
        }
        ui.animating = true;
        return;
    }
    if (gesture.dragging) {
        const Drop drop = drop_at(panels, io.MousePos, gesture.note, padding(ui));
        if (drop.panel) {
            BoardActions actions(store, state.undo);
            try {
                actions.move(gesture.note, drop.panel->layout->column.board, drop.x);
            } catch (const std::exception& error) {
                state.error = ui.tr("board.not_moved", {{"reason", error_text(ui, error)}});
            }
        }
    } else if (gesture.lifted) {
        state.menu_note = gesture.note;  // held and let go in place: what can be done with it
    }
    gesture = {};
}

}  // namespace

float note_ring(const AppState& state, const std::string& note_id) {
    if (state.composer == ComposerMode::edit_note && state.editing_note == note_id) return 1;
    return state.reveal.note == note_id ? reveal_strength(state.reveal, ImGui::GetTime()) : 0;
}

const BoardLayout& board_layout(Store& store, AppState& state, Ui& ui, const SessionSet& session,
                                const MethodTemplate* method, float width) {
    const bool voting = state.round.scoring && state.round.voter > 0 && method &&
                        method->voting.style != VotingStyle::none;
    const bool show_score = scores_shown(state);
    const BoardCacheKey key{store.revision(), session.id, width, ui.language, voting ? state.round.voter : -1,
                            !show_score};
    BoardCache& cache = state.board_cache;
    if (cache.matches(key)) return cache.layout;

    // Heights measured at another width, in another language or with another vote row
    // are of no use; the same ones are (only the store changed).
    if (cache.key.width != key.width || cache.key.language != key.language ||
        cache.key.scoring_voter != key.scoring_voter || cache.key.scores_hidden != key.scores_hidden || !cache.valid)
        cache.heights.clear();
    BoardLayout& layout = cache.layout;
    layout = BoardLayout{};
    auto columns = board_columns(store.state(), session.id, method);
    layout.grid = !has_named_boards(columns);
    const float count = static_cast<float>(std::max<std::size_t>(1, columns.size()));
    const float between = ui.px(20);
    layout.column_width = layout.grid ? width : std::max(ui.px(320), (width - between * (count - 1)) / count);
    layout.too_wide = layout.column_width * count + between * (count - 1) > width + 0.5f;
    // Notes sit inside the panel's padding, beside its scrollbar.
    const float inner = layout.column_width - 2 * padding(ui) - ImGui::GetStyle().ScrollbarSize;
    const float gap = padding(ui);
    const int per_row = layout.grid ? std::max(1, static_cast<int>((inner + gap) / (ui.px(280) + gap))) : 1;
    const float note_width = (inner - gap * (per_row - 1)) / per_row;
    for (auto& column : columns) {
        const bool vote_row = votes_on(state, method, column.board);
        layout.columns.push_back(lay_out(ui, cache, std::move(column), note_width, per_row, vote_row, show_score));
    }
    cache.key = key;
    cache.valid = true;
    return layout;
}

void draw_board_notes(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                      const std::string& target, ImVec2 area) {
    const BoardLayout& layout = board_layout(store, state, ui, session, method, area.x);
    std::vector<Panel> panels;
    ImGui::BeginChild("board.columns", area, false, layout.too_wide ? ImGuiWindowFlags_HorizontalScrollbar : 0);
    const float scrollbar = layout.too_wide ? ImGui::GetStyle().ScrollbarSize : 0;
    const float header = layout.grid ? 0 : ui.px(64) + ui.px(10);
    const float panel_height = ImGui::GetContentRegionAvail().y - header - scrollbar;
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
        const ColumnLayout& column = layout.columns[i];
        if (i > 0) ImGui::SameLine(0, ui.px(20));
        // Columns side by side that do not fit: the row scrolls to the column of a note
        // to reveal before the column scrolls to the note.
        if (layout.too_wide && note_to_reveal(state, column)) {
            const float left = ImGui::GetCursorPosX(), right = left + layout.column_width;
            const float view = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
            if (left < ImGui::GetScrollX())
                ImGui::SetScrollX(left);
            else if (right > ImGui::GetScrollX() + view)
                ImGui::SetScrollX(right - view);
        }
        ImGui::BeginGroup();
        if (!layout.grid) {
            column_header(ui, state, session.method, column, layout.column_width, column.column.board == target);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ui.px(10));
        }
        const std::string id = "notes." + column.column.board;
        panels.push_back(notes_panel(store, state, ui, method, session.id, column, id.c_str(),
                                     ImVec2(layout.column_width, panel_height), i));
        ImGui::EndGroup();
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    follow_gesture(store, state, ui, panels);
}

}  // namespace oogst::app
