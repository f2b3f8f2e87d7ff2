#pragma once
// Why a bundle was refused, in the facilitator's language. The core gives one English
// sentence per refusal (BundleOutcome::reason, also printed by the command line); the
// desk recognises the common ones and says them in Dutch, French or English with what
// to do next. A sentence it does not recognise is shown as the core wrote it.
#include <string>

#include "app/shell/ui.hpp"
#include "core/harvest/member_rights.hpp"

namespace oogst::app {

std::string refusal_in_language(const Ui& ui, const std::string& reason);
// The translation key of why a device's change was refused (member_rights.hpp).
const char* refusal_key(Refusal why);

}  // namespace oogst::app
