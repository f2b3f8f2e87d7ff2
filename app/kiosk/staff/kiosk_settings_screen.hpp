#pragma once
// The kiosk's settings behind the PIN, and its first set-up (no settings or no PIN yet):
// the exhibition's title, schools and classes, the idle times, the camera's folder, the
// monitor, and the PIN typed twice (required at the first set-up). "Bewaren" saves only
// what check_kiosk_settings accepts, and then starts the kiosk: locked, on its loop.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_kiosk_settings(Store& store, AppState& state, Ui& ui);

// Fills state.kiosk.staff.edit from the kiosk's settings (or the defaults), as the
// screen does when it opens; the screenshot demo calls it to show a filled form.
void load_kiosk_settings_edit(Store& store, AppState& state);

}  // namespace oogst::app
