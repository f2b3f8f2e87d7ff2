#pragma once
// PNG encoding (stb_image_write) of 8-bit RGBA pixels, top row first.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

namespace oogst::platform {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::span<const std::uint8_t> pixels;  // width × height × 4 bytes, top row first
};

std::string encode_png(const RgbaImage& image);
// Throws UserError when the file cannot be written.
void write_png(const std::filesystem::path& file, const RgbaImage& image);

}  // namespace oogst::platform
