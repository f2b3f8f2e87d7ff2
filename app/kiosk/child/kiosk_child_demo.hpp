#pragma once
// The children's side put in a given state for `oogst --screenshot --screen kiosk-…`
// (documentation and end-to-end tests).
#include <string>

#include "app/shell/app_state.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Sets up the children's screen called name (kiosk-loop, kiosk-draw, …; the table of
// app/shell/screens.cpp) on an opened kiosk.
void show_kiosk_child_screen(const std::string& name, Store& store, AppState& state);

}  // namespace oogst::app
