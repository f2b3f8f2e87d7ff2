#pragma once
// Adding or changing one session: a table's name, place, ambassador, start, method and
// how many sit at it; a kiosk's exhibition title, place, start and its schools with
// their classes. "Save" checks it all first (core/prepare/session_plan.hpp).
#include <string>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void open_new_session_form(const Store& store, PrepareState& prepare, bool kiosk);
void open_session_form(const Store& store, PrepareState& prepare, const std::string& id);
void draw_session_form(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
