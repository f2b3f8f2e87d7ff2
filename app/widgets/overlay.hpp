#pragma once
// A panel over the whole screen (a note's menu, the ambassador's controls): the screen
// behind is dimmed and takes no touches; a tap on the dimmed part closes the panel.
#include <imgui.h>

#include "app/shell/ui.hpp"

namespace oogst::app {

// Opens the panel, size wide and tall, centred. Returns false when the person tapped
// beside it (the caller closes it); always call end_overlay() after.
// backdrop: what covers the screen around the panel (by default a dimming of it).
inline constexpr ImU32 overlay_dimming = IM_COL32(30, 25, 15, 110);
bool begin_overlay(Ui& ui, const char* name, ImVec2 size, ImU32 backdrop = overlay_dimming);
void end_overlay();

}  // namespace oogst::app
