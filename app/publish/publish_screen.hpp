#pragma once
// The desk's Publish screen (`--screen publish`, issue 14): choose the publication (the
// orientation note, the newspaper, the memorandum, the exhibition gallery, the tables'
// pages), its format, language and paper; see its pages as they will be printed; write
// it beside the store or onto a stick. Every file comes from core/publish/report, as
// `oogst-cli report` makes it.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_publish_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
