#pragma once
// The drawing canvas: white paper a finger draws on, with big tools beside it (eight
// colours, three pen widths, an eraser that lifts whole strokes, undo, redo, clear).
// A widget, not a screen: the table's drawing screen uses it, and the children's kiosk
// will. Its state lives in DrawingCanvasState, which the caller keeps between frames.
//
// Touch registry names: "canvas.area" (the paper), "canvas.colour.N", "canvas.width.N",
// "canvas.eraser", "canvas.undo", "canvas.redo", "canvas.clear".
#include <imgui.h>

#include "app/shell/ui.hpp"
#include "app/widgets/canvas/drawing_canvas_state.hpp"

namespace oogst::app {

// Draws the paper, as large as its 4:3 shape allows, and the tools in a column on its
// right, together centred in a rectangle of size at the cursor; handles the finger.
void drawing_canvas(Ui& ui, DrawingCanvasState& canvas, ImVec2 size);

}  // namespace oogst::app
