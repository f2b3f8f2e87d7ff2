#pragma once
// A child's turn at the kiosk, from the touch that wakes the loop to the thanks or the
// walk-away: how a turn starts, moves between the steps and ends. Privacy between
// children lives here: a work always starts from nothing, and the end of a turn forgets
// everything the child made or typed (a draft is saved first when they walked away).
#include "app/kiosk/kiosk_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The loop was touched: the choice of drawing, poem or photo, with nothing made yet. The
// start is noted in the store, so a kiosk that stops in the middle of this turn (a power
// cut) ends it when it opens again.
void wake_kiosk(Store& store, KioskChild& child, Ui& ui);

// A fresh work of kind (a clean canvas, an empty poem, no photo, no name; the keyboard's
// text forgotten), on the make step. The only school and its only class, when the kiosk
// has just one, are picked already.
void start_kiosk_work(KioskChild& child, const KioskSettings& settings, Ui& ui, CaptureKind kind);
// The same without a Ui (the screenshots' set-up, before the first frame).
void start_kiosk_work(KioskChild& child, const KioskSettings& settings, CaptureKind kind);

// Moves to step; the friendly sentence of the step before goes.
void go_to_kiosk_step(KioskChild& child, KioskStep step);

// The drawing's strokes from the canvas into the work (before checking, previewing or
// saving it).
void take_kiosk_strokes(KioskChild& child);

// Ends the turn: the end is noted in the store (so the next child's photo step lists
// only newer photos), everything of this child is forgotten and the loop comes back.
void end_kiosk_turn(Store& store, KioskChild& child, Ui& ui);

// The child is gone (walked away, or the staff left or reset the kiosk in the middle of
// a turn): what they made is saved as a draft, then the turn ends. Nothing to do when no
// turn is under way.
void put_kiosk_turn_away(Store& store, KioskState& kiosk, Ui& ui);

// Saves the drafts a full disk refused before (KioskState::unsaved_drafts), oldest
// first, as far as the store takes them now.
void retry_unsaved_kiosk_drafts(Store& store, KioskState& kiosk);

// The UI clock (seconds): ImGui's, so headless tests move it by letting frames pass.
double kiosk_now();

}  // namespace oogst::app
