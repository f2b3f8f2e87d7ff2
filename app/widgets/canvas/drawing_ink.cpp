#include "app/widgets/canvas/drawing_ink.hpp"

#include <algorithm>
#include <cmath>

#include "core/drawing/drawing_paper.hpp"

namespace oogst::app {
namespace {

// On a note a stroke is a few hundred pixels long at most: this many points draw it
// smoothly enough and keep a board of many drawings within ImGui's vertex budget.
constexpr std::size_t preview_points = 48;

}  // namespace

void paint_stroke(ImDrawList* draw, std::uint32_t colour, float width, std::span<const Point> points, ImVec2 min,
                  ImVec2 max, InkDetail detail) {
    if (points.empty()) return;
    const float w = max.x - min.x, h = max.y - min.y;
    const auto at = [&](const Point& p) { return ImVec2(min.x + p.x * w, min.y + p.y * h); };
    const float thickness = std::max(1.0f, drawable_width(width) * w);
    const ImU32 ink = colour;  // 0xAABBGGRR is ImGui's own packing

    if (points.size() == 1) {
        draw->AddCircleFilled(at(points.front()), thickness * 0.5f, ink);
        return;
    }
    const std::size_t step = detail == InkDetail::preview ? (points.size() + preview_points - 1) / preview_points : 1;
    // ImGui wants the polyline as one array of screen points.
    ImVector<ImVec2> line;
    line.reserve(static_cast<int>(points.size() / step + 2));
    for (std::size_t i = 0; i < points.size(); i += step) line.push_back(at(points[i]));
    if ((points.size() - 1) % step != 0) line.push_back(at(points.back()));
    // ImGui joins a thick line's segments with mitres, which spike out at a sharp turn
    // (a zigzag, the cusp between a cloud's bumps). So the line is drawn in runs that
    // break where it turns more than about 45 degrees, and a disc rounds each break, as
    // a marker would. Gentle curves are one run.
    const float radius = thickness * 0.5f;
    int run_start = 0;
    for (int i = 1; i < line.Size; ++i) {
        bool sharp = false;
        if (i + 1 < line.Size) {
            const ImVec2 in(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
            const ImVec2 out(line[i + 1].x - line[i].x, line[i + 1].y - line[i].y);
            const float dot = in.x * out.x + in.y * out.y;
            const float lengths = std::sqrt((in.x * in.x + in.y * in.y) * (out.x * out.x + out.y * out.y));
            sharp = lengths > 0 && dot < 0.7f * lengths;
        }
        if (!sharp && i + 1 < line.Size) continue;
        draw->AddPolyline(line.Data + run_start, i - run_start + 1, ink, ImDrawFlags_None, thickness);
        if (sharp && radius >= 1.0f) draw->AddCircleFilled(line[i], radius, ink);
        run_start = i;
    }
    // Round ends, as a marker leaves them.
    if (radius >= 1.0f) {
        draw->AddCircleFilled(line.front(), radius, ink);
        draw->AddCircleFilled(line.back(), radius, ink);
    }
}

void paint_strokes(ImDrawList* draw, const std::vector<Stroke>& strokes, ImVec2 min, ImVec2 max, InkDetail detail) {
    for (const Stroke& stroke : strokes) paint_stroke(draw, stroke.colour, stroke.width, stroke.points, min, max, detail);
}

}  // namespace oogst::app
