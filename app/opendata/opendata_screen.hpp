#pragma once
// The desk's Open data screen (issue 17, `--screen opendata`): on the left an online
// survey's export read in as its own session, on the right the workshop written out for
// Decidim, Pol.is, spreadsheets and an open-data portal.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_opendata_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
