#pragma once
// The facilitator's preparation, without a terminal: the workshop (name, place, days,
// languages, its method chosen from the templates with their boards and prompts shown),
// the sessions (tables and kiosks, added, changed, copied, removed, imported from a
// spreadsheet's CSV, renamed and merged), and the devices (the join file and code, and
// which devices handed in for which sessions). Reached from the start screen's
// Facilitator tile while the store has no workshop, and from the desk.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Opens the preparation on tab; back: the screen its back button returns to.
void open_prepare(AppState& state, PrepareTab tab, Screen back);

void draw_prepare_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
