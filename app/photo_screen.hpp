#pragma once
// The photo picker: the ambassador picks a folder (a camera card, a USB stick) and a photo in it for the board named in state.target_board.
#include "app/app_state.hpp"
#include "app/ui.hpp"
#include "core/store.hpp"

namespace oogst::app {

void draw_photo_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
