#include "app/board_columns.hpp"

#include <algorithm>

namespace oogst::app {

std::vector<BoardColumn> board_columns(const WorkshopState& state, const std::string& session_id) {
    std::vector<BoardColumn> columns;
    for (const auto& [id, capture] : state.captures_of(session_id)) {
        const std::string& board = capture->placement.value().board;
        auto column = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.board == board; });
        if (column == columns.end()) column = columns.insert(columns.end(), BoardColumn{board, {}});
        column->notes.push_back(capture);
    }
    return columns;
}

bool has_named_boards(const std::vector<BoardColumn>& columns) {
    return std::any_of(columns.begin(), columns.end(), [](const auto& c) { return !c.board.empty(); });
}

}  // namespace oogst::app
