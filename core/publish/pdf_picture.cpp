#include "core/publish/pdf_picture.hpp"

#include <cstring>
#include <memory>

#include "core/drawing/drawing_cairo.hpp"
#include "core/drawing/drawing_paper.hpp"

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

bool png_size(const std::string& bytes, int& width, int& height) {
    // The IHDR chunk comes first: its width and height are big-endian at bytes 16 and 20.
    if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0) return false;
    const auto at = [&](std::size_t i) {
        const auto* b = reinterpret_cast<const unsigned char*>(bytes.data()) + i;
        return static_cast<int>((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]);
    };
    width = at(16), height = at(20);
    return width > 0 && height > 0;
}

bool image_size(const DocPicture& picture, int& width, int& height) {
    if (picture.media_type == "image/jpeg") return jpeg_size(picture.image, width, height);
    return png_size(picture.image, width, height);
}

// An image surface holding the photo: a JPEG's bytes ride along as its MIME data, which
// the PDF surface embeds as they are, so its pixels are never decoded here.
cairo_surface_t* photo_surface(const DocPicture& picture) {
    int width = 0, height = 0;
    if (!image_size(picture, width, height) || width > 20000 || height > 20000) return nullptr;
    if (picture.media_type == "image/jpeg") {
        cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
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

bool jpeg_size(const std::string& bytes, int& width, int& height) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    if (size < 4 || b[0] != 0xff || b[1] != 0xd8) return false;
    std::size_t at = 2;
    while (at + 4 <= size) {
        if (b[at] != 0xff) return false;
        const unsigned char marker = b[at + 1];
        if (marker == 0xff) { ++at; continue; }  // fill byte
        const std::size_t length = (b[at + 2] << 8) | b[at + 3];
        // A start of frame (baseline, progressive, ...; not DHT, JPG or DAC) holds the size.
        if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
            if (at + 9 > size) return false;
            height = (b[at + 5] << 8) | b[at + 6];
            width = (b[at + 7] << 8) | b[at + 8];
            return width > 0 && height > 0;
        }
        if (length < 2) return false;
        at += 2 + length;
    }
    return false;
}

double picture_height(const DocPicture& picture, double width) {
    if (!picture.strokes.empty()) return width / drawing_aspect;
    int w = 0, h = 0;
    if (picture.image.empty() || !image_size(picture, w, h)) return picture.image.empty() ? 0 : width / drawing_aspect;
    return width * h / w;
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
