#pragma once
// A child who walks away in the middle of a work. Untouched for the settings' idle time,
// the kiosk asks "Ben je er nog?" with a countdown and a huge "Ja!"; at zero the work, if
// there is anything in it, is saved as a draft (nothing lost, never shown to the next
// child) and the loop comes back.
//
// Input is read from ImGui's io (a finger down or moving, characters, keys) and timed on
// the UI clock, so headless tests drive it with frames.
//
// Touch registry name: "kiosk.still_there.yes" (and "kiosk.still_there.outside").
#include "app/kiosk/kiosk_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Whether the question shows now.
bool kiosk_asking(const KioskChild& child, const KioskSettings& settings);

// Notes this frame's input as the last; while the question shows only its answer counts
// (a tap that ends the question must not also draw on the canvas underneath).
void track_kiosk_input(KioskChild& child, const KioskSettings& settings);

// Draws the question over the step when it is time, and ends the turn at zero.
void draw_kiosk_idle(Store& store, KioskState& kiosk, Ui& ui);

}  // namespace oogst::app
