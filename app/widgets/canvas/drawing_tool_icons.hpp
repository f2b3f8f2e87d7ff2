#pragma once
// The canvas's tool buttons: big, with a drawn icon and a short word, so a child who
// cannot read yet finds the eraser and an adult knows what the curved arrows do. Icons
// are drawn with ImDrawList (the font has no such glyphs, and no textures are needed).
#include <imgui.h>

#include "app/shell/ui.hpp"

namespace oogst::app {

enum class ToolIcon { none, eraser, undo, redo, clear };

void draw_tool_icon(ImDrawList* draw, ToolIcon icon, ImVec2 centre, float side, ImU32 ink);

// A button of size with icon and label: side by side on a low button, icon above the
// label on a tall one. chosen paints it green (the tool in use); a button that is not
// enabled is faded and does nothing. Records itself in the touch registry as name.
bool tool_button(Ui& ui, const char* name, const char* label, ImVec2 size, bool chosen, bool enabled, ToolIcon icon);

}  // namespace oogst::app
