#include "core/publish/pdf_picture.hpp"

#include <cstring>
#include <memory>

#include "core/drawing/drawing_cairo.hpp"
#include "core/drawing/drawing_paper.hpp"
#include "core/publish/picture_size.hpp"

namespace oogst {
namespace {

struct PngReader {
    const std::string* bytes;
    std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<PngReader*>(closure);
    if (reader->bytes->size() - reader->at < length) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, reader->bytes->data() + reader->at, length);
    reader->at += length;
    return CAIRO_STATUS_SUCCESS;
}

std::optional<PictureSize> image_size(const DocPicture& picture) {
    return picture.media_type == "image/jpeg" ? jpeg_size(picture.image) : png_size(picture.image);
}

// An image surface holding the photo: a JPEG's bytes ride along as its MIME data, which
// the PDF surface embeds as they are, so its pixels are never decoded here.
cairo_surface_t* photo_surface(const DocPicture& picture) {
    const std::optional<PictureSize> size = image_size(picture);
    if (!size || size->width > 20000 || size->height > 20000) return nullptr;
    if (picture.media_type == "image/jpeg") {
        cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, size->width, size->height);
        auto* copy = new std::string(picture.image);
        cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char*>(copy->data()),
                                    copy->size(), [](void* data) { delete static_cast<std::string*>(data); }, copy);
        return surface;
    }
    PngReader reader{&picture.image};
    cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(read_png, &reader);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        return nullptr;
    }
    return surface;
}

}  // namespace

double picture_height(const DocPicture& picture, double width) {
    if (!picture.strokes.empty()) return width / drawing_aspect;
    if (picture.image.empty()) return 0;
    const std::optional<PictureSize> size = image_size(picture);
    return size ? width * size->height / size->width : width / drawing_aspect;
}

void draw_picture(cairo_t* cr, const DocPicture& picture, double x, double y, double width) {
    const double height = picture_height(picture, width);
    if (height <= 0) return;
    cairo_save(cr);
    if (!picture.strokes.empty()) {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_rectangle(cr, x, y, width, height);
        cairo_fill(cr);
        draw_strokes(cr, picture.strokes, x, y, width, 0.4);
    } else if (cairo_surface_t* photo = photo_surface(picture)) {
        const double scale = width / cairo_image_surface_get_width(photo);
        cairo_translate(cr, x, y);
        cairo_scale(cr, scale, scale);
        cairo_set_source_surface(cr, photo, 0, 0);
        cairo_paint(cr);
        cairo_surface_destroy(photo);
    }
    cairo_restore(cr);
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
    cairo_set_line_width(cr, 0.5);
    cairo_rectangle(cr, x, y, width, height);
    cairo_stroke(cr);
    cairo_restore(cr);
}

}  // namespace oogst
