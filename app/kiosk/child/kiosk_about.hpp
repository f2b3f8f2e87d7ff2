#pragma once
// The about step: the first name (optional, typed on the touch keyboard), then the
// school and the class, picked from big buttons made from the kiosk's settings, never
// typed. With one school it is picked already; the classes are the chosen school's.
//
// Touch registry names: "kiosk.name", "kiosk.school.<name>", "kiosk.class.<name>".
#include "app/kiosk/kiosk_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_kiosk_about(Store& store, KioskState& kiosk, Ui& ui);

}  // namespace oogst::app
