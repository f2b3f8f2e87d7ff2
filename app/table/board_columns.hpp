#pragma once
// A session's notes grouped into the columns of its board. Pure: no drawing, so the
// grouping is tested without a window.
#include <string>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

struct BoardColumn {
    std::string board;  // the board id notes name in their placement; "" for notes without one
    std::vector<const CaptureRecord*> notes;  // by their place in the column, then the order they were made
};

// With the session's method template: one column per template board, in the
// template's order, empty ones included, then a column for each board the template
// does not know (notes merged from elsewhere are never hidden). Without a template:
// columns in the order their first note was made; when no note names a board the
// result is one column with board "" (the screen shows it as a wrapping grid).
std::vector<BoardColumn> board_columns(const WorkshopState& state, const std::string& session_id,
                                       const MethodTemplate* method = nullptr);

// True when the notes name boards, so the screen draws columns rather than a grid.
bool has_named_boards(const std::vector<BoardColumn>& columns);

}  // namespace oogst::app
