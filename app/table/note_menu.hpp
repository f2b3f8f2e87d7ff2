#pragma once
// The menu a long press on a note opens: edit its text, delete it, or nothing.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Draws the menu of state.menu_note when one is open.
void draw_note_menu(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
