#pragma once
// The top of every screen after the start screen: a back button, the screen's heading
// and a muted line of detail under it.
#include <string>

#include <imgui.h>

#include "app/shell/ui.hpp"

namespace oogst::app {

// Returns true when the back button was tapped. keep_right: the width at the right end
// of the heading's line the screen keeps for its own buttons (as tall as a touch
// target, above the detail line); a heading too long for what is left ends in "…"
// rather than running under them.
bool screen_header(Ui& ui, const char* back_name, const char* back_label, const char* heading,
                   const char* detail, float keep_right = 0);

// text cut to fit width in font, ending in "…" when it was cut (at a UTF-8 character
// boundary); the whole text when it fits.
std::string fitted_text(ImFont* font, const std::string& text, float width);

}  // namespace oogst::app
