#include "app/table/table_capture.hpp"

#include "app/shell/theme.hpp"
#include "core/table/board_actions.hpp"
#include "core/model/ids.hpp"

namespace oogst::app {

CaptureAdded table_capture(const Store& store, const AppState& state, CaptureKind kind, const std::string& board) {
    CaptureAdded capture;
    capture.id = new_id();
    capture.session_id = state.session_id;
    capture.capture_kind = kind;
    capture.prompt = board;
    capture.board = board;
    capture.x = end_of_column(store.state(), state.session_id, board);
    // The next colour of the palette, so neighbouring notes differ.
    capture.colour = note_palette[store.state().captures_of(state.session_id).size() % note_palette.size()];
    capture.author_label = "Tafel";
    return capture;
}

}  // namespace oogst::app
