#pragma once
// Strokes drawn with cairo onto any surface: a PNG preview (drawing_thumbnail) or a page
// of a PDF, where they stay vectors and are sharp at any size.
#include <vector>

#include <cairo.h>

#include "core/drawing/drawing.hpp"

namespace oogst {

// Draws strokes into the box at (x, y), width wide and at the paper's aspect high, with
// round caps and joins; a one-point stroke is a dot. At least thinnest wide, so the
// thinnest line still shows on the smallest picture. Leaves cr's state as it was.
void draw_strokes(cairo_t* cr, const std::vector<Stroke>& strokes, double x, double y, double width,
                  double thinnest = 1.0);

}  // namespace oogst
