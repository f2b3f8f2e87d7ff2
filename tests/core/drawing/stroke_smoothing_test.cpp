// From finger samples to strokes: jitter goes, the ends stay where the finger was, the
// line keeps its shape, and no stroke grows past its point budget.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "core/drawing/drawing_paper.hpp"
#include "core/drawing/stroke_smoothing.hpp"

namespace oogst {
namespace {

// The largest distance from any sample to the polyline through points.
float farthest_from(const std::vector<Point>& samples, const std::vector<Point>& points) {
    float worst = 0;
    for (const Point& sample : samples) {
        float nearest = std::numeric_limits<float>::max();
        for (std::size_t i = 0; i + 1 < points.size(); ++i)
            nearest = std::min(nearest, paper_distance_to_segment(sample, points[i], points[i + 1]));
        worst = std::max(worst, nearest);
    }
    return worst;
}

std::vector<Point> circle(int samples, float radius = 0.2f) {
    std::vector<Point> points;
    for (int i = 0; i <= samples; ++i) {
        const float angle = 6.2831853f * i / samples;
        points.push_back({0.5f + radius * std::cos(angle), 0.5f + radius * drawing_aspect * std::sin(angle)});
    }
    return points;
}

TEST(StrokeSmoothing, NoSamplesGiveNoPointsAndOneSampleIsADot) {
    EXPECT_TRUE(smooth_stroke({}).empty());
    const std::vector<Point> tap = {{0.3f, 0.4f}};
    const auto dot = smooth_stroke(tap);
    ASSERT_EQ(dot.size(), 1u);
    EXPECT_FLOAT_EQ(dot[0].x, 0.3f);
    EXPECT_FLOAT_EQ(dot[0].y, 0.4f);
}

TEST(StrokeSmoothing, ATapThatWobblesStaysADot) {
    const std::vector<Point> wobble = {{0.5f, 0.5f}, {0.5005f, 0.5f}, {0.5f, 0.5008f}, {0.5003f, 0.5002f}};
    EXPECT_EQ(smooth_stroke(wobble).size(), 1u);
}

TEST(StrokeSmoothing, CloseSamplesAreDroppedButTheEndsStay) {
    std::vector<Point> samples;
    for (int i = 0; i <= 100; ++i) samples.push_back({0.1f + 0.001f * i, 0.5f});  // 0.001 apart
    const auto kept = drop_close_samples(samples, 0.01f);
    EXPECT_LE(kept.size(), 12u);
    EXPECT_GE(kept.size(), 10u);
    EXPECT_FLOAT_EQ(kept.front().x, 0.1f);
    EXPECT_FLOAT_EQ(kept.back().x, samples.back().x);
    for (std::size_t i = 1; i + 1 < kept.size(); ++i) EXPECT_GE(paper_distance(kept[i - 1], kept[i]), 0.0099f);
}

TEST(StrokeSmoothing, BrokenSamplesAreIgnored) {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const std::vector<Point> samples = {{0.1f, 0.1f}, {nan, 0.2f}, {0.3f, 0.3f}, {0.5f, nan}};
    for (const Point& p : smooth_stroke(samples)) {
        EXPECT_TRUE(std::isfinite(p.x));
        EXPECT_TRUE(std::isfinite(p.y));
    }
}

TEST(StrokeSmoothing, ChaikinRoundsACornerAndKeepsTheEnds) {
    const std::vector<Point> corner = {{0.1f, 0.1f}, {0.5f, 0.1f}, {0.5f, 0.5f}};
    const auto rounded = chaikin(corner, 1);
    ASSERT_EQ(rounded.size(), 4u);
    EXPECT_FLOAT_EQ(rounded.front().x, 0.1f);
    EXPECT_FLOAT_EQ(rounded.back().y, 0.5f);
    // The sharp corner itself is cut away.
    for (const Point& p : rounded) EXPECT_FALSE(p.x == 0.5f && p.y == 0.1f);
    // n points become 2n - 2 each pass.
    EXPECT_EQ(chaikin(corner, 2).size(), 6u);
    EXPECT_EQ(chaikin(corner, 3).size(), 10u);
}

TEST(StrokeSmoothing, SimplifyKeepsAStraightLineAsTwoPoints) {
    std::vector<Point> line;
    for (int i = 0; i <= 50; ++i) line.push_back({0.1f + 0.01f * i, 0.2f + 0.01f * i});
    const auto simple = simplify(line, 0.001f);
    ASSERT_EQ(simple.size(), 2u);
    EXPECT_FLOAT_EQ(simple.front().x, line.front().x);
    EXPECT_FLOAT_EQ(simple.back().x, line.back().x);
}

TEST(StrokeSmoothing, ACircleKeepsItsShape) {
    const auto samples = circle(120);
    const auto smooth = smooth_stroke(samples);
    EXPECT_GE(smooth.size(), 12u);
    EXPECT_LE(smooth.size(), SmoothingLimits{}.max_points);
    // Corner cutting pulls a curve inwards a little; a finger-width stroke hides it.
    EXPECT_LT(farthest_from(samples, smooth), 0.004f);
}

TEST(StrokeSmoothing, ALongScribbleIsSimplifiedToTheBudget) {
    // Back and forth across the paper a thousand times: far more detail than fits.
    std::vector<Point> scribble;
    for (int i = 0; i < 4000; ++i)
        scribble.push_back({0.5f + 0.45f * std::sin(i * 0.37f), 0.5f + 0.45f * std::sin(i * 0.0031f)});
    const SmoothingLimits limits;
    const auto smooth = smooth_stroke(scribble, limits);
    EXPECT_LE(smooth.size(), limits.max_points);
    EXPECT_GE(smooth.size(), 2u);
    EXPECT_LE(limit_points(scribble, 10, 0.0001f).size(), 10u);
}

}  // namespace
}  // namespace oogst
