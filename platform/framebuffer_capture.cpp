#include "platform/framebuffer_capture.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>

#include "platform/png_writer.hpp"

namespace oogst::platform {

std::vector<std::uint8_t> read_back_buffer(PixelSize size) {
    const std::size_t row = static_cast<std::size_t>(size.width) * 4;
    std::vector<std::uint8_t> pixels(row * size.height);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, size.width, size.height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's first row is the bottom one; images start at the top.
    for (int top = 0, bottom = size.height - 1; top < bottom; ++top, --bottom)
        std::swap_ranges(pixels.begin() + top * row, pixels.begin() + (top + 1) * row, pixels.begin() + bottom * row);
    // The window's alpha is whatever the clear left; a screenshot is opaque.
    for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
    return pixels;
}

void write_back_buffer_png(const std::filesystem::path& file, PixelSize size) {
    const auto pixels = read_back_buffer(size);
    write_png(file, {size.width, size.height, pixels});
}

}  // namespace oogst::platform
