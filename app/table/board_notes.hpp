#pragma once
// The notes of the open board: its columns (or one grid), each note a touch target.
// A swipe scrolls a column wherever it starts, on a note too, and glides on after the
// finger lifts. A note is picked up only after a hold: held still for
// note_hold_seconds it lifts, then follows the finger to another column or place; let
// go where it was, it opens its menu. In a scoring round the notes carry vote buttons
// instead and cannot be moved.
#include <string>

#include <imgui.h>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// How long a finger rests on a note, without moving, to lift it (to carry it, or to
// open its menu when it is let go without moving).
inline constexpr double note_hold_seconds = 0.5;

// Draws the columns into area at the cursor. target is the column new notes go to.
void draw_board_notes(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                      const std::string& target, ImVec2 area);

// How strongly the note is ringed now, 0-1: while its text is being edited, and for a
// moment after it was added (state.reveal).
float note_ring(const AppState& state, const std::string& note_id);

// The session's columns, laid out for a board area width wide (cached in
// state.board_cache, rebuilt only when something it shows changed).
const BoardLayout& board_layout(Store& store, AppState& state, Ui& ui, const SessionSet& session,
                                const MethodTemplate* method, float width);

}  // namespace oogst::app
