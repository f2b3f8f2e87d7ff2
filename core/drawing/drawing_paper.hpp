#pragma once
// The paper every drawing is made on. Strokes keep their points as 0..1 of the paper's
// width and height (core/drawing/drawing.hpp), so the paper's shape must be the same wherever a
// drawing is made or shown: on the table, at the kiosk, on a note, in a report.
#include <cmath>

#include "core/drawing/drawing.hpp"

namespace oogst {

// Width over height: landscape 4:3, the shape of most tablets held on a table.
inline constexpr float drawing_aspect = 4.0f / 3.0f;

// Lengths on the paper (stroke widths, the eraser's reach, distances between points) are
// fractions of its width; a point's y is a fraction of its height, hence the aspect.
inline float paper_distance(Point a, Point b) {
    const float dx = a.x - b.x;
    const float dy = (a.y - b.y) / drawing_aspect;
    return std::sqrt(dx * dx + dy * dy);
}

// A stroke's width as renderers should draw it: strokes merged from other devices are
// not trusted to hold a sane one (a broken or huge width would flood the picture).
inline float drawable_width(float width) {
    constexpr float widest = 0.25f;
    if (!(width > 0)) return 0;  // also NaN
    return width < widest ? width : widest;
}

// The distance from p to the nearest point of the segment a-b, in the same units.
inline float paper_distance_to_segment(Point p, Point a, Point b) {
    const float abx = b.x - a.x, aby = (b.y - a.y) / drawing_aspect;
    const float apx = p.x - a.x, apy = (p.y - a.y) / drawing_aspect;
    const float length2 = abx * abx + aby * aby;
    float t = length2 > 0 ? (apx * abx + apy * aby) / length2 : 0;
    t = t < 0 ? 0 : (t > 1 ? 1 : t);
    const float dx = apx - t * abx, dy = apy - t * aby;
    return std::sqrt(dx * dx + dy * dy);
}

}  // namespace oogst
