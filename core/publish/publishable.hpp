#pragma once
// What may be printed or leave the facilitator's machine (DESIGN.md, Consent): the one
// place every publication, the gallery and open data ask, so the rule cannot drift.
//
// - A child's work (a kiosk's session) is published only with its teacher's consent to
//   publish; its first name and class only with the consent to name as well.
// - Adults at a table consent for their table when the session starts (their method
//   asks no one's consent per capture), so a table's capture is published unless its
//   publication was refused or it was withheld.
// - A debate table's copy of a dream is working material: never published, its
//   original is.
// - An author label ("Lotte, 5B"), a device id or a full name is never printed: only
//   a table's name, and a child's first name and class under the rule above.
#include <string>

#include "core/model/workshop_state.hpp"

namespace oogst {

bool publishable(const WorkshopState& state, const CaptureRecord& capture);
bool publishable(const WorkshopState& state, const std::string& capture_id);

// A child's work: made at a kiosk.
bool childs_work(const WorkshopState& state, const CaptureRecord& capture);

// "Lotte, 5B" for a published child's work with the consent to name it; "" otherwise
// (and always for an adult's capture: a table speaks as its table).
std::string published_name(const WorkshopState& state, const CaptureRecord& capture);

}  // namespace oogst
