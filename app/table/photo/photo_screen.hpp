#pragma once
// The photo picker: the ambassador picks a place (a camera card, a USB stick), a folder
// in it and a photo there, sees it large and adds it to the column in state.capture_board.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_photo_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
