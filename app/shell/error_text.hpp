#pragma once
// What went wrong, in the words and language of the person at the screen. The store's
// problems (a full disk, a busy store, …) have translated sentences; anything else is
// shown as the core wrote it.
#include <exception>
#include <string>

#include "app/shell/ui.hpp"

namespace oogst::app {

std::string error_text(const Ui& ui, const std::exception& error);

}  // namespace oogst::app
