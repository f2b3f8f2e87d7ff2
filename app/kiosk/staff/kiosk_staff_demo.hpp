#pragma once
// The staff's side put in a given state for `oogst --screenshot --screen kiosk-…`
// (documentation and end-to-end tests).
#include <string>

#include "app/shell/app_state.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Sets up the staff's screen called name (kiosk-pin, kiosk-moderation, …; the table of
// app/shell/screens.cpp) on an opened kiosk.
void show_kiosk_staff_screen(const std::string& name, Store& store, AppState& state);

}  // namespace oogst::app
