#pragma once
// A child's drawing or a photo placed on a PDF page: strokes stay vectors (sharp at any
// size), a JPEG is embedded as it is (no re-encoding, so a photo stays as the camera
// made it), a PNG is drawn from its pixels.
#include <string>

#include <cairo.h>

#include "core/publish/document.hpp"

namespace oogst {

// The height a picture takes when drawn width wide: a drawing at the paper's aspect, a
// photo at its own (read from its header); 0 when it has nothing to draw.
double picture_height(const DocPicture& picture, double width);

// Draws the picture into the box at (x, y), width wide and picture_height high, framed by
// a thin line. A photo that cannot be read is drawn as an empty frame.
void draw_picture(cairo_t* cr, const DocPicture& picture, double x, double y, double width);

}  // namespace oogst
