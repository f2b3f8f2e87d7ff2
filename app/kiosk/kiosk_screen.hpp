#pragma once
// The kiosk screen: the children's side, or the staff's side behind the PIN. Entering
// loads the kiosk's settings; a kiosk not yet set up opens its settings (unlocked), one
// that is set up starts locked, on its loop.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void open_kiosk(Store& store, AppState& state);
// Leaves the kiosk (after the PIN): a child's work in the middle is kept as a draft; then
// unlocked, to the start screen, or the app ends when it was started as a kiosk.
void leave_kiosk(Store& store, AppState& state, Ui& ui);
void draw_kiosk_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
