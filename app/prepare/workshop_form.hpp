#pragma once
// The workshop part of the preparation: a new workshop's (or the workshop's) name, place,
// days and languages, and its method chosen from the templates, each shown with its
// boards and questions before it is chosen. "Create" makes it with its keys.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_workshop_form(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
