#pragma once
// "Harvest" on a tablet or kiosk: which workshop the device joined (or joining one from
// a join file on a USB stick), how much of its work the facilitator has not yet
// acknowledged, writing a bundle to a USB stick, and sending it to the facilitator's
// hub. The big "everything is with the facilitator ✓" says when the device is done.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Opens the screen from the one now shown, which the back button returns to.
void open_harvest_screen(AppState& state);

void draw_harvest_screen(Store& store, AppState& state, Ui& ui);

// Collects the screen's export or push when it has finished, whichever screen is shown
// (the shell calls it every frame), and reopens the store after a push wrote a receipt.
void poll_harvest_job(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
