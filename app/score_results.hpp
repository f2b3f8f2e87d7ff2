#pragma once
// The results of scoring at a table: every capture ranked by its score, with a bar, so
// the table sees at once which ideas appeal most.
#include "app/app_state.hpp"
#include "app/ui.hpp"
#include "core/method_template.hpp"
#include "core/store.hpp"

namespace oogst::app {

void draw_score_results(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                        ImVec2 area);

}  // namespace oogst::app
