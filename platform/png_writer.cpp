#include "platform/png_writer.hpp"

#include <fstream>
#include <stdexcept>

#include "core/errors.hpp"

// The one place stb_image_write's code is compiled. STATIC keeps its symbols private,
// so they cannot clash with the copy inside Debian's libstb, which ImGui links.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb_image_write.h>

namespace oogst::platform {

std::string encode_png(const RgbaImage& image) {
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 4)
        throw std::invalid_argument("encode_png: the pixels do not match the image size");
    std::string png;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), size);
    };
    if (!stbi_write_png_to_func(append, &png, image.width, image.height, 4, image.pixels.data(), image.width * 4))
        throw std::runtime_error("encode_png: stb_image_write failed");
    return png;
}

void write_png(const std::filesystem::path& file, const RgbaImage& image) {
    const std::string png = encode_png(image);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(png.data(), static_cast<std::streamsize>(png.size()));
    out.close();
    if (!out)
        throw UserError("cannot write the image " + file.string() + ": check that its folder exists and is writable");
}

}  // namespace oogst::platform
