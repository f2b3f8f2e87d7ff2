#pragma once
// The bar under a locked board during a scoring round: participants pick their voter
// token (a number in a colour), score, and tap "done" for the next one.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

float scoring_bar_height(const Ui& ui);
void draw_scoring_bar(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate& method,
                      float width);

// The colour of voter token number (1, 2, …), so a participant remembers theirs.
ImU32 voter_colour(int number);

}  // namespace oogst::app
