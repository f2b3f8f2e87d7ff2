#pragma once
// The staff's side of the kiosk: the discreet corner button and the PIN pad, the staff
// menu, moderation and settings.
#include "app/app_state.hpp"
#include "app/ui.hpp"
#include "core/store.hpp"

namespace oogst::app {

// The corner button over the children's side that opens the PIN pad.
void draw_kiosk_staff_corner(AppState& state, Ui& ui);
void draw_kiosk_staff(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
