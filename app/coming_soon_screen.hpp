#pragma once
// Kiosk and facilitator mode are later issues; until then their tiles lead here, so
// nobody wonders whether a tap was lost.
#include "app/app_state.hpp"
#include "app/ui.hpp"

namespace oogst::app {

void draw_coming_soon_screen(AppState& state, Ui& ui);

}  // namespace oogst::app
