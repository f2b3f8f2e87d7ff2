#pragma once
// The app's touch widgets. Each is at least min_touch_px (× scale) tall, shows its
// pressed state while the finger is down, never depends on hover, and records itself
// in the touch registry under a stable name so headless tests can tap it.
#include <string>

#include <imgui.h>

#include "app/shell/ui.hpp"
#include "app/widgets/keyboard/text_field.hpp"

namespace oogst::app {

enum class ButtonLook {
    primary,    // the main action on a screen: green, white text
    secondary,  // navigation and lesser actions: sand, dark text
};

// The width a button needs for label in the buttons' bold font, with padding (at
// scale 1) on each side: for laying out a row of buttons before drawing them.
float button_width(const Ui& ui, const char* label, float padding = 24);

// A button; size 0 on an axis fits the label (never below the touch size).
bool touch_button(Ui& ui, const char* name, const char* label, ImVec2 size = {0, 0},
                  ButtonLook look = ButtonLook::primary);

// A large card with a heading and a line of detail under it, filled with fill; the
// start screen's mode tiles and the session list use it.
bool touch_card(Ui& ui, const char* name, const char* heading, const char* detail, ImVec2 size, ImU32 fill,
                ImU32 ink);
// The height a touch_card of this width needs so neither its heading nor its detail is
// cut off (never below the touch size).
float touch_card_height(const Ui& ui, const char* heading, const char* detail, float width);

// Text fields (touch_text_field, touch_text_area) are in app/widgets/keyboard/text_field.hpp.

// Not a widget, but what every screen's title lines need: text in font and ink,
// centred in the width left on the line, wrapped when longer.
void centred_text(ImFont* font, ImU32 ink, const std::string& text);

// A stepper's value (− value +): text in the heading font, centred in a box of a fixed
// size, so the buttons beside it do not move as the number grows.
void value_box(Ui& ui, const std::string& text, ImVec2 size);

// How far a finger may wobble during a tap (or a long press) before it counts as a
// drag, at scale 1: ui.px(touch_slop_px).
inline constexpr float touch_slop_px = 12;

// Lets a finger drag the current scrolling window's content (call before its End*).
// A drag starts on empty space, or on one of the window's buttons once the finger has
// moved further than a tap wobbles (unless from_buttons is false: then the buttons
// keep the finger, as a note lifted by a hold does); the button then lets go, so the
// release does not fire it. The window's scrollbar thumbs keep their finger and drag.
// When the finger lifts, the content glides on and slows down.
void drag_to_scroll(Ui& ui, bool from_buttons = true);

}  // namespace oogst::app
