#include "core/table/table_capture.hpp"

#include "core/model/new_capture.hpp"
#include "core/table/board_actions.hpp"

namespace oogst {

CaptureAdded new_table_capture(const WorkshopState& state, const std::string& session_id, CaptureKind kind,
                               const std::string& board) {
    CaptureAdded capture = new_capture(session_id, kind, board);
    capture.x = end_of_column(state, session_id, board);
    capture.colour = note_palette[state.captures_of(session_id).size() % note_palette.size()];
    capture.author_label = table_author_label;
    return capture;
}

}  // namespace oogst
