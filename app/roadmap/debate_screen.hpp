#pragma once
// The city debate's screen (`--screen debate`, issue 16): per key, its initiatives with
// what they answer ("answers 38 dreams from 11 tables") and their actions; the debate
// tables' proposals strongest first, each one tap from becoming an initiative; a debate
// table planned for the key with its strongest dreams. An initiative opens in a side
// panel (initiative_panel.hpp). Everything acts through core/roadmap.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_debate_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
