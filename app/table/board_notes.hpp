#pragma once
// The notes of the open board: its columns (or one grid), each note a touch target.
// A drag on a note moves it to another column or place, a long press opens its menu,
// a drag on empty space scrolls. In a scoring round the notes carry vote buttons
// instead and cannot be moved.
#include <string>

#include <imgui.h>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// How long a finger rests on a note, without moving, to open its menu.
inline constexpr double long_press_seconds = 0.6;

// Draws the columns into area at the cursor. target is the column new notes go to.
void draw_board_notes(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                      const std::string& target, ImVec2 area);

// The session's columns, laid out for a board area width wide (cached in
// state.board_cache, rebuilt only when something it shows changed).
const BoardLayout& board_layout(Store& store, AppState& state, Ui& ui, const SessionSet& session,
                                const MethodTemplate* method, float width);

}  // namespace oogst::app
