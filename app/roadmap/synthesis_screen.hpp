#pragma once
// The synthesis of the memorandum's methods (`--screen synthesis`, issue 16): SWOT+'s
// four quadrants with their strongest captures and the desired future image beside
// them, and the management team's mission, vision, values and transitions as one page,
// each written by the facilitator above the phrases its tables backed most.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_synthesis_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
