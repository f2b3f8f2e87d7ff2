#pragma once
// The suggestions' panel beside the wall: for cards not filed, the key each might go
// under, how sure the suggestion is and why (the card's words that matched, in green);
// accepted one at a time or all above a confidence, or refused (then never proposed
// again for that key). Without keys, groups of cards that belong together, each with
// its top words, to make a key of. Nothing is filed unasked.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The confidence "accept all" takes.
inline constexpr double accept_all_confidence = 0.2;

void draw_wall_suggestions(Store& store, AppState& state, Ui& ui, float width);

}  // namespace oogst::app
