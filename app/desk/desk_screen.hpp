#pragma once
// The facilitator's desk: the workshop, "Import from a USB stick" with its
// progress and the merge report, and (on the right) the hub and the join file.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_desk_screen(Store& store, AppState& state, Ui& ui);

// Collects a finished import, whichever screen is shown (the shell calls it every
// frame), and reopens the store so every screen shows what it brought.
void poll_desk_import(AppState& state, Ui& ui);

// Starts importing everything below folder (place_name names it in the report).
// Does nothing while an import is under way.
void start_import(Store& store, Desk& desk, const std::filesystem::path& folder,
                  const std::string& place_name);

}  // namespace oogst::app
