#include "core/harvest/qr_code.hpp"

#include <cairo.h>
#include <qrencode.h>

#include <memory>

#include "core/errors.hpp"

namespace oogst {

QrCode make_qr_code(std::string_view text) {
    const std::string copy(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeString(copy.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!encoded) throw UserError("the join link is too long for a QR code");
    QrCode code;
    code.size = encoded->width;
    code.dark.resize(static_cast<std::size_t>(code.size) * code.size);
    for (std::size_t i = 0; i < code.dark.size(); ++i) code.dark[i] = encoded->data[i] & 1;
    return code;
}

void write_qr_png(const QrCode& code, const std::filesystem::path& file, int module_pixels) {
    constexpr int quiet = 4;
    const int side = (code.size + 2 * quiet) * module_pixels;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, side, side), &cairo_surface_destroy);
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), &cairo_destroy);
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    cairo_set_source_rgb(cr.get(), 0, 0, 0);
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x)
            if (code.at(x, y))
                cairo_rectangle(cr.get(), (x + quiet) * module_pixels, (y + quiet) * module_pixels, module_pixels,
                                module_pixels);
    cairo_fill(cr.get());
    cairo_surface_flush(surface.get());
    if (cairo_surface_write_to_png(surface.get(), file.c_str()) != CAIRO_STATUS_SUCCESS)
        throw UserError("cannot write the QR code to " + file.string());
}

std::string qr_as_text(const QrCode& code) {
    // Light modules print as blocks so the code reads on a dark terminal; a quiet zone
    // of two modules around it.
    constexpr int quiet = 2;
    auto light = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= code.size || y >= code.size) return true;
        return !code.at(x, y);
    };
    std::string out;
    for (int y = -quiet; y < code.size + quiet; y += 2) {
        for (int x = -quiet; x < code.size + quiet; ++x) {
            const bool top = light(x, y), bottom = light(x, y + 1);
            out += top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ";
        }
        out += '\n';
    }
    return out;
}

}  // namespace oogst
