#include "core/drawing/drawing_thumbnail.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

#include <cairo.h>

#include "core/drawing/cairo_bytes.hpp"
#include "core/drawing/drawing_cairo.hpp"
#include "core/drawing/drawing_paper.hpp"

namespace oogst {
namespace {

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using Context = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

}  // namespace

int drawing_thumbnail_height(int width) { return std::max(1, static_cast<int>(std::lround(width / drawing_aspect))); }

std::string render_drawing_png(const std::vector<Stroke>& strokes, int width) {
    width = std::clamp(width, 16, 4096);
    const int height = drawing_thumbnail_height(width);
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height), cairo_surface_destroy);
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("the drawing's picture could not be made (cairo: " +
                                 std::string(cairo_status_to_string(cairo_surface_status(surface.get()))) + ")");
    Context cr(cairo_create(surface.get()), cairo_destroy);

    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    draw_strokes(cr.get(), strokes, 0, 0, width);
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("the drawing's picture could not be drawn (cairo: " +
                                 std::string(cairo_status_to_string(cairo_status(cr.get()))) + ")");

    std::string png;
    cairo_surface_flush(surface.get());
    const cairo_status_t written = cairo_surface_write_to_png_stream(surface.get(), append_to_string, &png);
    if (written != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("the drawing's picture could not be encoded (cairo: " +
                                 std::string(cairo_status_to_string(written)) + ")");
    return png;
}

}  // namespace oogst
