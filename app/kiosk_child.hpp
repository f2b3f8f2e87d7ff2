#pragma once
// The children's side of the kiosk: the attract loop and the submission flow.
#include "app/app_state.hpp"
#include "app/ui.hpp"
#include "core/store.hpp"

namespace oogst::app {

void draw_kiosk_child(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
