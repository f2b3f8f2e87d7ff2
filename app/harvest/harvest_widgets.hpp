#pragma once
// Pieces the Harvest screen and the facilitator's desk share: a progress bar,
// a large status panel, headings and paragraphs that wrap, and the cards of USB
// sticks to tap.
#include <string>
#include <vector>

#include <imgui.h>

#include "app/shell/ui.hpp"
#include "platform/files/photo_folder.hpp"
#include "platform/files/places.hpp"

namespace oogst::app {

namespace harvest_colour {
inline constexpr ImU32 done_fill = IM_COL32(222, 240, 224, 255);  // "everything is with the facilitator"
inline constexpr ImU32 done_edge = IM_COL32(47, 107, 63, 255);
inline constexpr ImU32 waiting_fill = IM_COL32(253, 241, 214, 255);  // work still on this device
inline constexpr ImU32 waiting_edge = IM_COL32(201, 145, 38, 255);
inline constexpr ImU32 neutral_fill = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 neutral_edge = IM_COL32(214, 204, 183, 255);
inline constexpr ImU32 rejected_fill = IM_COL32(251, 228, 225, 255);
inline constexpr ImU32 rejected_edge = IM_COL32(212, 72, 58, 255);
}  // namespace harvest_colour

// Words saying what is being done, and under them a bar as wide as width and a finger
// tall. fraction 0..1, or
// negative when the work cannot say how far it is: a band then sweeps along (and the
// frame asks for the next one, so it moves).
void progress_bar(Ui& ui, const char* name, float fraction, const std::string& words, float width);

// A panel with a heading (large) and a paragraph, filled and edged: the screens' main
// message. Recorded in the touch registry under name, so tests see which one is shown.
void status_panel(Ui& ui, const char* name, const std::string& heading, const std::string& detail, float width,
                  ImU32 fill, ImU32 edge, ImFont* heading_font = nullptr);

void section_heading(const Ui& ui, const char* text);
// A paragraph in the body font, wrapped at width, in ink.
void paragraph(const std::string& text, float width, ImU32 ink);

// One card per place ("Write to KINGSTON"), wrapped in rows; returns the index of the
// tapped one, or -1. heading_key is a translation key with {place}.
int place_cards(Ui& ui, const char* name_prefix, const std::vector<platform::Place>& places, const char* heading_key,
                const std::vector<std::string>& details, float width);

// A short size for people: "840 kB", "12.4 MB".
std::string readable_size(const Ui& ui, std::uint64_t bytes);

}  // namespace oogst::app
