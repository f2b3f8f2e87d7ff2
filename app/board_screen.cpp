#include "app/board_screen.hpp"

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "app/board_columns.hpp"
#include "app/note_composer.hpp"
#include "app/screen_header.hpp"
#include "app/sticky_note.hpp"
#include "app/template_labels.hpp"
#include "app/theme.hpp"
#include "app/touch_widgets.hpp"

namespace oogst::app {
namespace {

std::string session_detail(const Ui& ui, const SessionSet& session, std::size_t captures) {
    std::string detail = method_label(ui, session.method);
    for (const std::string* part : {&session.ambassador, &session.place})
        if (!part->empty()) detail += " · " + *part;
    return detail + " · " + notes_count(ui, captures);
}

// The column new notes go to: the one the user picked, else the first column. A board
// without columns keeps its notes in one grid.
std::string target_board(const AppState& state, const std::vector<BoardColumn>& columns) {
    if (!has_named_boards(columns)) return "";
    for (const auto& column : columns)
        if (column.board == state.target_board && !column.board.empty()) return column.board;
    for (const auto& column : columns)
        if (!column.board.empty()) return column.board;
    return "";
}

// A column's heading, tappable: the chosen column (green) receives new notes.
void column_header(Ui& ui, AppState& state, const std::string& method, const BoardColumn& column, float width,
                   bool target) {
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

void notes_panel(Ui& ui, const char* id, const std::vector<const CaptureRecord*>& notes, ImVec2 size,
                 std::size_t palette_offset, bool wrap_as_grid) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::column);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(14), ui.px(14)));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(14), ui.px(14)));
    ImGui::BeginChild(id, size, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    const float avail = ImGui::GetContentRegionAvail().x;
    // In a grid, as many notes of about 280 px as fit share each row.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const int per_row = wrap_as_grid ? std::max(1, static_cast<int>((avail + gap) / (ui.px(280) + gap))) : 1;
    const float width = (avail - gap * (per_row - 1)) / per_row;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        if (i % per_row != 0) ImGui::SameLine();
        draw_sticky_note(ui, *notes[i], width, palette_offset + i);
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

void draw_columns(Ui& ui, AppState& state, const std::string& method, const std::vector<BoardColumn>& columns,
                  const std::string& target, ImVec2 area) {
    const float gap = ui.px(20);
    const auto count = static_cast<float>(columns.size());
    const float width = std::max(ui.px(320), (area.x - gap * (count - 1)) / count);
    const bool too_wide = width * count + gap * (count - 1) > area.x;
    // Columns that do not fit scroll sideways together, under a scrollbar of their own.
    ImGui::BeginChild("board.columns", area, false, too_wide ? ImGuiWindowFlags_HorizontalScrollbar : 0);
    const float scrollbar = too_wide ? ImGui::GetStyle().ScrollbarSize : 0;
    const float panel_height = ImGui::GetContentRegionAvail().y - ui.px(64) - ui.px(10) - scrollbar;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) ImGui::SameLine(0, gap);
        ImGui::BeginGroup();
        column_header(ui, state, method, columns[i], width, columns[i].board == target);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ui.px(10));
        notes_panel(ui, ("notes." + columns[i].board).c_str(), columns[i].notes, ImVec2(width, panel_height), i,
                    false);
        ImGui::EndGroup();
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
}

void empty_board(Ui& ui, ImVec2 area) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::column);
    ImGui::BeginChild("board.empty", area);
    const char* text = ui.tr("board.empty");
    ImGui::PushFont(ui.fonts.heading);
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, area.x - ui.px(80));
    ImGui::SetCursorPos(ImVec2((area.x - size.x) * 0.5f, (area.y - size.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + size.x + 1);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

void draw_board_screen(Store& store, AppState& state, Ui& ui) {
    const SessionSet* session = store.state().session(state.session_id);
    if (!session) {
        // Deleted meanwhile (a merge can do that): back to the list, which is current.
        state.screen = Screen::sessions;
        return;
    }
    const MethodTemplate* method = ui.assets.templates.find(session->method);
    const auto columns = board_columns(store.state(), state.session_id, method);
    std::size_t captures = 0;
    for (const auto& column : columns) captures += column.notes.size();
    const bool named = has_named_boards(columns);
    const std::string target = target_board(state, columns);

    const std::string detail = session_detail(ui, *session, captures);
    if (screen_header(ui, "board.back", ui.tr("board.back"), session->table_name.c_str(), detail.c_str())) {
        state.screen = Screen::sessions;
        return;
    }

    // The composer's height: the text field is 64 px tall at scale 1.
    const float composer = ui.px(64) + ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 area(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y - composer);
    if (captures == 0 && !named)
        empty_board(ui, area);
    else if (named)
        draw_columns(ui, state, session->method, columns, target, area);
    else
        notes_panel(ui, "board.grid", columns.front().notes, area, 0, true);

    const std::string target_label = target.empty() ? "" : board_label(ui, session->method, target);
    draw_note_composer(store, state, ui, target, target_label, method, ImGui::GetContentRegionAvail().x);
}

}  // namespace oogst::app
