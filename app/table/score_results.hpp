#pragma once
// The results of scoring at a table: every idea on the boards the method scores, ranked
// by its average score (core/table/scoring.hpp), with the number of votes, how many
// notes said it, and a bar, so the table sees at once which ideas appeal most. Shown
// only once the ambassador closed the round.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_score_results(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                        ImVec2 area);

}  // namespace oogst::app
