#include "core/drawing/stroke_smoothing.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/drawing/drawing_paper.hpp"

namespace oogst {

std::vector<Point> drop_close_samples(std::span<const Point> samples, float min_spacing) {
    std::vector<Point> kept;
    for (const Point& sample : samples) {
        // A broken sample (a window event outside any number) would poison every
        // distance after it.
        if (!std::isfinite(sample.x) || !std::isfinite(sample.y)) continue;
        if (kept.empty() || paper_distance(kept.back(), sample) >= min_spacing) kept.push_back(sample);
    }
    // The finger lifted just past the last kept sample: end the line there. A tap that
    // wobbled less than min_spacing stays a single point, a dot.
    if (kept.size() > 1) {
        const Point& last = samples.back();
        if (std::isfinite(last.x) && std::isfinite(last.y)) kept.back() = last;
    }
    return kept;
}

std::vector<Point> chaikin(std::span<const Point> points, int passes) {
    std::vector<Point> line(points.begin(), points.end());
    for (int pass = 0; pass < passes && line.size() >= 3; ++pass) {
        std::vector<Point> next;
        next.reserve(line.size() * 2);
        next.push_back(line.front());
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            const Point a = line[i], b = line[i + 1];
            const Point quarter{0.75f * a.x + 0.25f * b.x, 0.75f * a.y + 0.25f * b.y};
            const Point three_quarters{0.25f * a.x + 0.75f * b.x, 0.25f * a.y + 0.75f * b.y};
            // The end segments keep their outer end, so the line still starts and stops
            // where the finger did.
            if (i > 0) next.push_back(quarter);
            if (i + 2 < line.size()) next.push_back(three_quarters);
        }
        next.push_back(line.back());
        line = std::move(next);
    }
    return line;
}

std::vector<Point> simplify(std::span<const Point> points, float tolerance) {
    if (points.size() <= 2) return {points.begin(), points.end()};
    std::vector<bool> keep(points.size(), false);
    keep.front() = keep.back() = true;
    // An explicit stack instead of recursion: a long scribble has thousands of points.
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, points.size() - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        float farthest = -1;
        std::size_t at = first;
        for (std::size_t i = first + 1; i < last; ++i) {
            const float distance = paper_distance_to_segment(points[i], points[first], points[last]);
            if (distance > farthest) farthest = distance, at = i;
        }
        if (farthest <= tolerance) continue;
        keep[at] = true;
        if (at - first > 1) spans.emplace_back(first, at);
        if (last - at > 1) spans.emplace_back(at, last);
    }
    std::vector<Point> kept;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (keep[i]) kept.push_back(points[i]);
    return kept;
}

std::vector<Point> limit_points(std::span<const Point> points, std::size_t max_points, float tolerance) {
    max_points = std::max<std::size_t>(max_points, 2);
    tolerance = std::max(tolerance, 1e-6f);
    std::vector<Point> line = simplify(points, tolerance);
    // Each doubling at least halves nothing in theory, but a line within tolerance of a
    // straight segment collapses to two points, so this ends well before 40 rounds.
    for (int round = 0; line.size() > max_points && round < 40; ++round) {
        tolerance *= 2;
        line = simplify(points, tolerance);
    }
    return line;
}

std::vector<Point> smooth_stroke(std::span<const Point> samples, const SmoothingLimits& limits) {
    const std::vector<Point> kept = drop_close_samples(samples, limits.min_spacing);
    if (kept.size() <= 2) return kept;
    const std::vector<Point> rounded = chaikin(kept, limits.passes);
    return limit_points(rounded, limits.max_points, limits.tolerance);
}

}  // namespace oogst
