#pragma once
// The staff's side of the kiosk: the discreet corner button and the PIN pad, the staff
// menu, moderation and settings.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The corner button over the children's side that opens the PIN pad ("kiosk.staff").
void draw_kiosk_staff_corner(AppState& state, Ui& ui);
// The staff screen state.kiosk.staff.screen names; back to the children by itself after
// kiosk_staff_idle_seconds untouched (while the kiosk is locked).
void draw_kiosk_staff(Store& store, AppState& state, Ui& ui);

// Closes the staff's side: the children's side is shown again. A running PIN back-off
// is kept, so walking away and back buys no fresh tries.
void close_kiosk_staff(KioskStaff& staff);

}  // namespace oogst::app
