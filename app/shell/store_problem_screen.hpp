#pragma once
// What the app shows when the device's store cannot be opened (not a store, damaged,
// read-only, from a newer Oogst): the reason in plain words and what to do, instead of
// a window that never appears. Nothing is written to the store from this screen.
#include <string>

#include "app/shell/ui.hpp"

namespace oogst::app {

// Returns true when the person taps "Sluiten".
bool draw_store_problem_screen(Ui& ui, const std::string& folder, const std::string& reason);

}  // namespace oogst::app
