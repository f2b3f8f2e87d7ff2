#pragma once
// The PIN pad between the children's side and the staff's: big digits, erase and OK,
// a dot per typed digit. A physical keyboard's digits, Backspace and Enter work too.
// Wrong PINs are refused with the store's back-off (core/kiosk/kiosk_pin.hpp): after the free
// tries the pad shows a countdown and takes no digit until it ends.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_kiosk_pin_pad(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
