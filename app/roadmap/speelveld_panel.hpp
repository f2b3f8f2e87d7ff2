#pragma once
// The Speelveld tables' notes not yet on the stakeholder map (issue 16), in the map's
// side panel: an actor note becomes an actor of its board's group in one tap ("→ Actor");
// a link note starts a link of its board's kind, whose two actors the facilitator taps.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_speelveld_notes(Store& store, AppState& state, Ui& ui, float width);

}  // namespace oogst::app
