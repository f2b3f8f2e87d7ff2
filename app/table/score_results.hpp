#pragma once
// The results of scoring at a table: every capture ranked by its score, with a bar, so
// the table sees at once which ideas appeal most.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_score_results(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                        ImVec2 area);

}  // namespace oogst::app
