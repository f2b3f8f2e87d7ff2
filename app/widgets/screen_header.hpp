#pragma once
// The top of every screen after the start screen: a back button, the screen's heading
// and a muted line of detail under it.
#include "app/shell/ui.hpp"

namespace oogst::app {

// Returns true when the back button was tapped.
bool screen_header(Ui& ui, const char* back_name, const char* back_label, const char* heading,
                   const char* detail);

}  // namespace oogst::app
