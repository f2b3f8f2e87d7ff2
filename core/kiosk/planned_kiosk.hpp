#pragma once
// A kiosk's first settings from the kiosk the facilitator planned (core/prepare; the join
// file brought its session): the exhibition's title, the schools and classes, and that
// session, so the works go where the facilitator expects them.
#include <optional>

#include "core/kiosk/kiosk_settings.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst {

// The first planned kiosk with schools, in the sessions' order; none when there is none.
std::optional<KioskSettings> planned_kiosk_settings(const WorkshopState& state);

}  // namespace oogst
