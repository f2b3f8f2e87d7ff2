#pragma once
// The table's drawing screen: the canvas (app/widgets/canvas/drawing_canvas.hpp) for a drawing on the
// column named in state.capture_board, and "Bewaren", which stores it as a capture.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_drawing_screen(Store& store, AppState& state, Ui& ui);

// Stores the canvas's drawing as a capture of state.session_id on state.capture_board:
// its strokes, and its PNG preview as a blob, in one transaction. On success the canvas
// starts over and true is returned; on failure the reason is in state.error and the
// drawing stays on the canvas. An empty drawing is not stored (false, no error).
bool save_drawing(Store& store, AppState& state, const Ui& ui);

}  // namespace oogst::app
