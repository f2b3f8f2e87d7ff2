#pragma once
// The teacher's moderation screen behind the PIN: the kiosk's works by status (waiting,
// shown, hidden) and the drafts children left, each as a card with its picture or poem
// and its label. "Toon" is the teacher's consent (the template's sentence stands above
// the waiting works): the work joins the loop. "Verberg" keeps it out. A draft can be
// sent in anyway when it is complete, or thrown away after a second tap.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_kiosk_moderation(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
