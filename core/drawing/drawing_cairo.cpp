#include "core/drawing/drawing_cairo.hpp"

#include <algorithm>

#include "core/drawing/drawing_paper.hpp"

namespace oogst {
namespace {

// Strokes keep 0xAABBGGRR, as ImGui does; cairo wants each channel as 0..1.
void set_colour(cairo_t* cr, std::uint32_t colour) {
    const auto channel = [&](int shift) { return ((colour >> shift) & 0xff) / 255.0; };
    cairo_set_source_rgba(cr, channel(0), channel(8), channel(16), channel(24));
}

}  // namespace

void draw_strokes(cairo_t* cr, const std::vector<Stroke>& strokes, double x, double y, double width, double thinnest) {
    const double height = width / drawing_aspect;
    cairo_save(cr);
    cairo_rectangle(cr, x, y, width, height);
    cairo_clip(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const Stroke& stroke : strokes) {
        if (stroke.points.empty()) continue;
        set_colour(cr, stroke.colour);
        cairo_set_line_width(cr, std::max(thinnest, static_cast<double>(drawable_width(stroke.width)) * width));
        const Point& first = stroke.points.front();
        cairo_move_to(cr, x + first.x * width, y + first.y * height);
        // A dot is a line of length zero, which round caps draw as a disc.
        if (stroke.points.size() == 1) cairo_line_to(cr, x + first.x * width, y + first.y * height);
        for (std::size_t i = 1; i < stroke.points.size(); ++i)
            cairo_line_to(cr, x + stroke.points[i].x * width, y + stroke.points[i].y * height);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

}  // namespace oogst
