#pragma once
// The social value canvas of one initiative or case (`--screen canvas`, issue 16): its
// ten blocks on one screen, each typed by the facilitator; a block the workshop already
// knows something about (partners from the stakeholder map, who took part from the
// sessions, a case's target group and impact, the actions) offers it to take over.
// A save records the changed blocks together (one undo step), each as its own operation,
// so two laptops filling different blocks both keep theirs.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_canvas_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
