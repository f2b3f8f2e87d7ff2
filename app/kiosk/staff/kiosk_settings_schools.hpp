#pragma once
// The settings screen's schools and their classes: the lists a child picks from, so
// they are typed here once, by the teacher, with the touch keyboard. A school is added
// by name (or as "De Regenboog: 5A, 5B" at once), a class per school; a tap on a class
// or on "remove school" takes it off.
#include "app/kiosk/staff/kiosk_staff_state.hpp"
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

void draw_settings_schools(Ui& ui, AppState& state, KioskSettingsEdit& edit, float width);

}  // namespace oogst::app
