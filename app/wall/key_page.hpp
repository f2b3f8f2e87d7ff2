#pragma once
// One key's page (--screen key): its words (name, needs, core values, future images,
// colour) to edit; its cards by support and its children's works; how its votes fall
// and over which tables; where its cards came from; and the values its tables wrote,
// as a start for its core values. Merge it into another key, or delete it (both undone
// from the wall's undo).
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_key_page(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
