#pragma once
// A children's kiosk's session on any machine but the kiosk itself (the facilitator's,
// after the harvest): a gallery of its works, each with where it stands (shown, waiting
// for a teacher, hidden) and its consents (with the first name, may be published). Never
// a table's board with a timer: nothing here edits a child's work.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_kiosk_gallery_screen(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
