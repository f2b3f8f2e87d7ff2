#include "core/publish/picture_size.hpp"

namespace oogst {
namespace {

unsigned byte_at(std::string_view bytes, std::size_t at) { return static_cast<unsigned char>(bytes[at]); }
unsigned big_endian_16(std::string_view bytes, std::size_t at) { return byte_at(bytes, at) << 8 | byte_at(bytes, at + 1); }

std::optional<PictureSize> positive(long long width, long long height) {
    if (width <= 0 || height <= 0 || width > 0x7fffffff || height > 0x7fffffff) return std::nullopt;
    return PictureSize{static_cast<int>(width), static_cast<int>(height)};
}

}  // namespace

bool is_png(std::string_view bytes) { return bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8); }
bool is_jpeg(std::string_view bytes) { return bytes.substr(0, 3) == "\xFF\xD8\xFF"; }

std::optional<PictureSize> png_size(std::string_view bytes) {
    // The IHDR chunk comes first: its width and height are big-endian at bytes 16 and 20.
    if (!is_png(bytes) || bytes.size() < 24) return std::nullopt;
    const auto at = [&](std::size_t i) { return static_cast<long long>(big_endian_16(bytes, i)) << 16 | big_endian_16(bytes, i + 2); };
    return positive(at(16), at(20));
}

std::optional<PictureSize> jpeg_size(std::string_view bytes) {
    if (!is_jpeg(bytes)) return std::nullopt;
    std::size_t at = 2;
    while (at + 4 <= bytes.size()) {
        if (byte_at(bytes, at) != 0xFF) return std::nullopt;
        const unsigned marker = byte_at(bytes, at + 1);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // markers without a length
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) return std::nullopt;  // the picture ends or starts without a frame header
        const std::size_t length = big_endian_16(bytes, at + 2);
        // A start of frame (baseline, progressive, …; not DHT, JPG or DAC) holds the size.
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (at + 9 > bytes.size()) return std::nullopt;
            return positive(big_endian_16(bytes, at + 7), big_endian_16(bytes, at + 5));
        }
        if (length < 2) return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

}  // namespace oogst
