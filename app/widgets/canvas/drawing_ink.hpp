#pragma once
// Strokes painted with ImDrawList into a rectangle of the screen: the canvas while it is
// drawn on, and a drawing on a sticky note. Vectors, so no texture is needed and the
// headless tests draw the same thing.
#include <span>
#include <vector>

#include <imgui.h>

#include "core/drawing/drawing.hpp"

namespace oogst::app {

enum class InkDetail {
    full,     // the canvas: every point
    preview,  // a note on the board: at most 48 points a stroke (a board shows many)
};

// Paints strokes onto the paper [min, max] (the caller sizes it at the paper's aspect
// and clips to it).
void paint_strokes(ImDrawList* draw, const std::vector<Stroke>& strokes, ImVec2 min, ImVec2 max, InkDetail detail);
void paint_stroke(ImDrawList* draw, std::uint32_t colour, float width, std::span<const Point> points, ImVec2 min,
                  ImVec2 max, InkDetail detail);

}  // namespace oogst::app
