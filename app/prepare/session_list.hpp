#pragma once
// The sessions part of the preparation: every listed session with what it is (place,
// ambassador, start, method, people; the devices that serve it and its captures, so rows
// with one name can be told apart), and on each: change (and rename), copy, merge into
// another, remove. Beside the list: add a table or a kiosk, and import a spreadsheet's
// list of tables from a stick.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_session_list(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
