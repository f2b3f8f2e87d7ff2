#pragma once
// From a finger's raw samples to a stroke worth keeping: jitter dropped, corners rounded,
// and no more points than the shape needs, so a drawing of fifty strokes stays a few
// kilobytes in its operation.
#include <cstddef>
#include <span>
#include <vector>

#include "core/drawing/drawing.hpp"

namespace oogst {

// Lengths are fractions of the paper's width (drawing_paper.hpp).
struct SmoothingLimits {
    float min_spacing = 0.004f;    // samples closer than this to the last kept one are finger jitter
    int passes = 2;                // rounds of corner cutting (Chaikin)
    float tolerance = 0.0006f;     // how far simplification may move the line
    std::size_t max_points = 160;  // per stroke; a long scribble is simplified harder to fit
};

// The whole pipeline: drop_close_samples, chaikin, then limit_points. One sample stays
// one point (a dot); no samples give no points.
std::vector<Point> smooth_stroke(std::span<const Point> samples, const SmoothingLimits& limits = {});

// Keeps the first sample, every sample at least min_spacing from the last one kept, and
// the last sample (so the line ends where the finger lifted).
std::vector<Point> drop_close_samples(std::span<const Point> samples, float min_spacing);

// Chaikin's corner cutting: each pass replaces every segment's ends by points at a
// quarter and three quarters along it. The first and last points stay.
std::vector<Point> chaikin(std::span<const Point> points, int passes);

// Ramer-Douglas-Peucker: the fewest points whose polyline stays within tolerance of the
// original. Keeps the first and last points.
std::vector<Point> simplify(std::span<const Point> points, float tolerance);

// simplify with tolerance, then with doubled tolerances until at most max_points remain
// (at least 2 when the line has two ends).
std::vector<Point> limit_points(std::span<const Point> points, std::size_t max_points, float tolerance);

}  // namespace oogst
