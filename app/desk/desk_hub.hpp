#pragma once
// The right-hand side of the desk: the hub on the venue's network (start, stop,
// its address, the short join code large and the join link as a QR code) and writing
// the join file to a USB stick.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/harvest/qr_code.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_desk_hub(Store& store, AppState& state, Ui& ui, float width);

// Starts the hub on desk.hub_port with its own connection to the store's folder.
// Throws UserError when the port cannot be opened or the store is not a facilitator's.
void start_desk_hub(Store& store, Desk& desk);

// Takes in the pushes the hub answered since the last frame: they join the report. The
// shell calls it every frame, whichever screen is shown.
void poll_desk_hub(AppState& state);

// Draws code as dark squares on white (with the 4-module quiet zone scanners need), side
// pixels square, at the cursor.
void draw_qr_code(const Ui& ui, const QrCode& code, float side);

}  // namespace oogst::app
