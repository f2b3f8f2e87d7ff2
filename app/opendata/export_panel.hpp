#pragma once
// The desk's Export panel (issue 17): the workshop written out for Decidim, Pol.is,
// spreadsheets and an open-data portal, as `oogst-cli export` writes it: a format, for
// Decidim its proposals' choice and each key's taxonomy id, the place (beside the store
// or a stick), then the file or folder, never over one already there.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_export_panel(Store& store, AppState& state, Ui& ui, float width);

}  // namespace oogst::app
