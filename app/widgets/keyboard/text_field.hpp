#pragma once
// The app's own text fields (not ImGui::InputText: see app/widgets/keyboard/text_entry.hpp). A field
// shows its text with a caret at the end, or its hint when empty; a tap gives it the
// keyboard, and while it has it the shell shows the touch keyboard below the screen
// and the physical keyboard types into it too. Each records itself in the touch
// registry under name, which is also how the focus remembers it: names are unique.
#include <string>

#include <imgui.h>

#include "app/shell/ui.hpp"

namespace oogst::app {

// One line, width wide and 64 px (at scale 1) tall; a long text scrolls so its end
// stays in view. Returns true when Enter is pressed in it (the touch keyboard's ↵ or a
// physical Enter); the field keeps the keyboard for what comes next.
// font: the body font when null.
bool touch_text_field(Ui& ui, const char* name, const char* hint, std::string& text, float width,
                      ImFont* font = nullptr);

// A one-line field whose characters show as dots (a PIN), never as typed.
bool touch_secret_field(Ui& ui, const char* name, const char* hint, std::string& text, float width);

// Several lines (a poem): Enter starts a new line, long lines wrap at words, and the
// last line stays in view. Returns true when the text changed in this frame. font: the
// body font when null (the kiosk writes poems larger).
bool touch_text_area(Ui& ui, const char* name, const char* hint, std::string& text, ImVec2 size,
                     ImFont* font = nullptr);

}  // namespace oogst::app
