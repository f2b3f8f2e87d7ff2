#pragma once
// A drawing rendered to a PNG (cairo): the picture reports, exports and the exhibition
// show without having to draw vectors themselves. The strokes stay the truth; this is
// their preview, stored as a content-addressed blob next to the capture.
#include <string>
#include <vector>

#include "core/drawing/drawing.hpp"

namespace oogst {

// 480 px is sharp on a report page and a gallery tile, and a typical drawing's PNG
// stays well under 100 kB.
inline constexpr int drawing_thumbnail_width = 480;

// The height of a thumbnail of width, at the paper's aspect (drawing_paper.hpp).
int drawing_thumbnail_height(int width);

// PNG bytes of the strokes on white paper, width pixels wide, with round caps and
// joins; a one-point stroke is a dot. Throws std::runtime_error when cairo fails (out
// of memory); width is clamped to 16..4096.
std::string render_drawing_png(const std::vector<Stroke>& strokes, int width = drawing_thumbnail_width);

}  // namespace oogst
