#pragma once
// Table mode, first step: the workshop's sessions (one per table), to pick the one
// this tablet serves.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_table_sessions_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
