#pragma once
// One capture drawn as a sticky note: its colour, its text (or a label saying it is a
// drawing or photo, until those are rendered), and its score once people have voted.
#include <cstddef>

#include <imgui.h>

#include "app/shell/ui.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

// How a note is shown besides its contents.
struct NoteLook {
    float alpha = 1;          // fades the place a note is being carried away from
    bool lifted = false;      // held long enough to be carried: raised, ringed, with a deeper shadow
    bool show_score = true;   // false while a scoring round is open: nobody sees live averages
    float ring = 0;           // 0-1: a ring around a note just added or being edited
};

// The height the note needs at width, so columns and grids can lay notes out; without
// its score line when show_score is false.
float sticky_note_height(Ui& ui, const CaptureRecord& note, float width, bool show_score = true);

// Draws the note at the cursor, width wide, and moves the cursor past it. palette_index
// picks the colour of a note that has none.
void draw_sticky_note(Ui& ui, const CaptureRecord& note, float width, std::size_t palette_index);

// Paints the note with its top-left corner at min into draw (no item, no cursor move):
// for the board's own layout and for a note being dragged. height may exceed the
// note's own (room for vote buttons under it).
void paint_sticky_note(Ui& ui, ImDrawList* draw, const CaptureRecord& note, ImVec2 min, float width, float height,
                       std::size_t palette_index, const NoteLook& look = {});

}  // namespace oogst::app
