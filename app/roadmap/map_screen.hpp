#pragma once
// The stakeholder map's screen (`--screen map`, issue 16, the Speelveld): who plays a
// part, in seven groups on a round map, and who must be linked with whom ("regie"
// between like actors, "verbinden" as a bridge between unlike ones) with the competences
// each link needs. Actors are dragged into place and tapped to edit or link them in the
// side panel (map_panels.hpp), which otherwise lists the Speelveld tables' notes still
// to take over (speelveld_panel.hpp). Everything acts through core/roadmap.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_map_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
