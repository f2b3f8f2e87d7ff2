#pragma once
// A Toekomstlab's innovation cases (`--screen cases`, issue 16): the long list ranked by
// the stars of the notes each came from, a one-tap shortlist (the lab aims for 5 to 10,
// and says so), cases made from the lab tables in one step, and a case's words in a
// side panel with the way to its social value canvas. Everything through core/roadmap.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_cases_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
