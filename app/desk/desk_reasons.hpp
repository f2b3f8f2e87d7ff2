#pragma once
// Why a bundle was refused, in the facilitator's language. The core gives one English
// sentence per refusal (BundleOutcome::reason, also printed by the command line); the
// desk recognises the common ones and says them in Dutch, French or English with what
// to do next. A sentence it does not recognise is shown as the core wrote it.
#include <string>

#include "app/shell/ui.hpp"

namespace oogst::app {

std::string refusal_in_language(const Ui& ui, const std::string& reason);

}  // namespace oogst::app
