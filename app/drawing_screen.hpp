#pragma once
// The drawing canvas: a finger draws a picture for the board named in state.target_board.
#include "app/app_state.hpp"
#include "app/ui.hpp"
#include "core/store.hpp"

namespace oogst::app {

void draw_drawing_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
