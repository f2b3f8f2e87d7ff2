#pragma once
// The children's kiosk's own widgets: huge buttons with a drawn picture and one word,
// the dots that show how far along the child is, the row with the big arrows, and a
// friendly speech bubble. Each button records itself in the touch registry.
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/kiosk/child/kiosk_child_icons.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

namespace kiosk_colour {
inline constexpr ImU32 sky = IM_COL32(255, 248, 236, 255);     // the kiosk's warm paper background
inline constexpr ImU32 go = IM_COL32(46, 160, 80, 255);        // "next", "Verstuur": green means go
inline constexpr ImU32 go_pressed = IM_COL32(30, 120, 58, 255);
inline constexpr ImU32 card_drawing = IM_COL32(255, 226, 150, 255);
inline constexpr ImU32 card_poem = IM_COL32(200, 226, 255, 255);
inline constexpr ImU32 card_photo = IM_COL32(214, 240, 200, 255);
inline constexpr ImU32 chosen = IM_COL32(255, 175, 60, 255);   // a picked school, class or photo
inline constexpr ImU32 bubble = IM_COL32(255, 240, 200, 255);  // a friendly word to the child
inline constexpr ImU32 bubble_edge = IM_COL32(230, 170, 60, 255);
}  // namespace kiosk_colour

// A big button with icon and label (label may be empty): the icon above the word on a
// tall button, beside it on a wide one. A button that is not ready is drawn faded but
// still reports the tap, so the screen can say kindly what is missing.
bool kiosk_button(Ui& ui, const char* name, KioskIcon icon, const char* label, ImVec2 size, ImU32 fill, ImU32 ink,
                  bool ready = true);

// A button with only a word (a school, a class), orange with a tick when chosen.
bool kiosk_choice(Ui& ui, const char* name, const char* label, ImVec2 size, bool chosen);

// One dot per step, the current one larger and filled, centred on centre.
void kiosk_step_dots(const Ui& ui, int current, int count, ImVec2 centre);

// Text centred on centre_x, wrapped at wrap (0: no wrap), its top at y; returns its height.
float kiosk_centred_text(ImDrawList* draw, ImFont* font, const char* text, float centre_x, float y, ImU32 ink,
                         float wrap = 0);

// A rounded speech bubble with text, centred in [min, max] and no larger than needed.
void kiosk_bubble(const Ui& ui, const std::string& text, ImVec2 min, ImVec2 max);

}  // namespace oogst::app
