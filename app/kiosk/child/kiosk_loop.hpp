#pragma once
// The attract loop: the exhibition's title, the works the teacher approved one after
// another (a warm welcome while there are none yet), and a big invitation to touch. A
// touch anywhere wakes the kiosk for a new work.
//
// Touch registry name: "kiosk.loop" (the whole screen).
#include "app/kiosk/kiosk_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// How long one work fades into the next.
inline constexpr double kiosk_fade_seconds = 0.8;

void draw_kiosk_loop(Store& store, KioskState& kiosk, Ui& ui);

}  // namespace oogst::app
