#pragma once
// A work's details over the moderation screen, behind the PIN: for a sent-in work, its
// first name (a teacher corrects what a child typed) and its three consents, each on its
// own (in the exhibition, with the first name, may be published); for a draft a child
// left without a school or class, the school and class the teacher picks before sending
// it in. Everything it changes goes through core (core/kiosk/kiosk_moderation.hpp).
#include <string>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Opens the details of a sent-in work, or of a draft.
void open_work_details(KioskStaff& staff, const Store& store, const std::string& capture_id);
void open_draft_details(KioskStaff& staff, const KioskWork& draft);

// Draws the open details, if any; closes them when the work is gone or the person taps
// beside them or on "Sluiten".
void draw_work_details(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
