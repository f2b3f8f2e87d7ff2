#pragma once
// Table mode, one session's board: its captures as sticky notes in the columns of the
// method's boards, and the bar to add a note.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_board_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
