#pragma once
// A PNG held in memory (a rendered drawing, a gallery's picture) opened as a cairo image
// surface, for tests that count its pixels. Null surface status on bytes that are no PNG.
#include <cairo.h>

#include <algorithm>
#include <memory>
#include <string>

namespace oogst::testing {

using PngSurface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

inline PngSurface png_surface(const std::string& png) {
    struct Reader {
        const std::string& bytes;
        std::size_t offset = 0;
    } reader{png};
    const auto read = [](void* closure, unsigned char* data, unsigned int length) {
        auto& from = *static_cast<Reader*>(closure);
        if (from.offset + length > from.bytes.size()) return CAIRO_STATUS_READ_ERROR;
        std::copy_n(from.bytes.data() + from.offset, length, data);
        from.offset += length;
        return CAIRO_STATUS_SUCCESS;
    };
    return PngSurface(cairo_image_surface_create_from_png_stream(read, &reader), cairo_surface_destroy);
}

}  // namespace oogst::testing
