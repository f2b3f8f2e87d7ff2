#pragma once
// The children's side put in a given state for `oogst --screenshot --screen kiosk-…`
// (documentation and end-to-end tests).
#include <string>

#include "app/shell/app_state.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Sets up the screen called name (kiosk-loop, kiosk-draw, …) on an opened kiosk; false
// when name is not one of the children's screens.
bool show_kiosk_child_screen(const std::string& name, Store& store, AppState& state);

}  // namespace oogst::app
