#pragma once
// A panel over the whole screen (a note's menu, the ambassador's controls): the screen
// behind is dimmed and takes no touches; a tap on the dimmed part closes the panel.
#include <imgui.h>

#include "app/ui.hpp"

namespace oogst::app {

// Opens the panel, size wide and tall, centred. Returns false when the person tapped
// beside it (the caller closes it); always call end_overlay() after.
bool begin_overlay(Ui& ui, const char* name, ImVec2 size);
void end_overlay();

}  // namespace oogst::app
