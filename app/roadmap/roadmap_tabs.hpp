#pragma once
// The row under the roadmap screens' headers that moves between them: the city
// debate, the stakeholder map, the Toekomstlab's cases and the synthesis.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

void draw_roadmap_tabs(AppState& state, Ui& ui, Screen current);

}  // namespace oogst::app
