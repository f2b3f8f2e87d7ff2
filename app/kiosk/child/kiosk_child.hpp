#pragma once
// The children's side of the kiosk: the attract loop and the submission flow (choose,
// make, about, preview, thanks), with the "Ben je er nog?" question when a child walks
// away. The state is AppState::kiosk.child (app/kiosk/child/kiosk_child_state.hpp); the steps are
// drawn by kiosk_loop, kiosk_flow, kiosk_make and kiosk_about, and a turn starts and
// ends in kiosk_child_turn.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_kiosk_child(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
