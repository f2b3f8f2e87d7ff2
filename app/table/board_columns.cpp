#include "app/table/board_columns.hpp"

#include <algorithm>

namespace oogst::app {

std::vector<BoardColumn> board_columns(const WorkshopState& state, const std::string& session_id,
                                       const MethodTemplate* method) {
    std::vector<BoardColumn> columns;
    if (method)
        for (const auto& board : method->boards) columns.push_back(BoardColumn{board.id, {}});
    for (const auto& [id, capture] : state.captures_of(session_id)) {
        const std::string& board = capture->placement.value().board;
        auto column = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.board == board; });
        if (column == columns.end()) column = columns.insert(columns.end(), BoardColumn{board, {}});
        column->notes.push_back(capture);
    }
    // A note's x is its place in the column; notes made at the same place keep the
    // order they were made in (stable sort over captures_of's order).
    for (auto& column : columns)
        std::stable_sort(column.notes.begin(), column.notes.end(), [](const auto* a, const auto* b) {
            return a->placement.value().x < b->placement.value().x;
        });
    return columns;
}

bool has_named_boards(const std::vector<BoardColumn>& columns) {
    return std::any_of(columns.begin(), columns.end(), [](const auto& c) { return !c.board.empty(); });
}

}  // namespace oogst::app
