#pragma once
// The first screen: the app's name, the workshop on this device, and the three modes.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_start_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
