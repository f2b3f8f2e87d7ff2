#pragma once
// The first screen: the app's name, the workshop on this device, and the three modes.
#include "app/app_state.hpp"
#include "app/ui.hpp"
#include "core/store.hpp"

namespace oogst::app {

void draw_start_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
