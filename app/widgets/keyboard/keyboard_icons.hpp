#pragma once
// The touch keyboard's function-key symbols, drawn as shapes: the app's fonts carry no
// ⇧ ⌫ ↵ or globe, and shapes stay crisp at every scale.
#include <imgui.h>

namespace oogst::app {

enum class ShiftLook { off, once, locked };

// Each draws into draw, centred on centre, about size pixels across, in ink.
void draw_shift_icon(ImDrawList* draw, ImVec2 centre, float size, ImU32 ink, ShiftLook look);
void draw_backspace_icon(ImDrawList* draw, ImVec2 centre, float size, ImU32 ink);
void draw_enter_icon(ImDrawList* draw, ImVec2 centre, float size, ImU32 ink);
void draw_globe_icon(ImDrawList* draw, ImVec2 centre, float size, ImU32 ink);
void draw_hide_keyboard_icon(ImDrawList* draw, ImVec2 centre, float size, ImU32 ink);

}  // namespace oogst::app
