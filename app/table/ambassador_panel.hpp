#pragma once
// The ambassador's controls, behind a long press so participants do not trip over
// them: the round's timer, the prompt shown, the scoring round, the results, the
// table's name and how many sit at it.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"
#include "core/table/table_session.hpp"

namespace oogst::app {

// How long the ambassador holds the handle to open the panel.
inline constexpr double ambassador_hold_seconds = 1.0;

// The handle in the board's header: a long press opens the panel, a tap says how.
void draw_ambassador_handle(AppState& state, Ui& ui, float height);

// Draws the panel when it is open.
void draw_ambassador_panel(Store& store, AppState& state, Ui& ui, const SessionSet& session,
                           const MethodTemplate* method);

// The voter tokens a table has: its participants, 6 when not said.
int voter_count(const SessionSet& session);

}  // namespace oogst::app
