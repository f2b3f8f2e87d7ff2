#pragma once
// Decoding, resizing and JPEG encoding of photos: JPEG decoded by libjpeg-turbo
// (jpeg_decoder.hpp), PNG by stb_image, scaling and encoding by stb (Debian's
// libstb-dev). The one translation unit that compiles stb; callers check sizes and
// structure first (photo_import.hpp), so nothing here meets a huge image.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oogst::platform {

enum class ImageFormat { unknown, jpeg, png };

// The format by its first bytes (magic), whatever the file's name says.
ImageFormat sniff_image_format(std::string_view bytes);
const char* media_type(ImageFormat format);  // "image/jpeg", "image/png", ""

struct ImageSize {
    int width = 0;
    int height = 0;
};

// Width and height from the header alone (stbi_info): nothing is decoded.
std::optional<ImageSize> read_image_size(std::string_view bytes);

// 8-bit pixels, top row first, channels bytes each.
struct Pixels {
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<std::uint8_t> data;

    bool empty() const { return data.empty(); }
};

// Decodes to RGB, scaled down so neither side exceeds max_side (0: full size);
// transparent parts of a PNG are laid on white, as on paper. nullopt when the bytes
// cannot be decoded; failure then says why (the decoder's words).
std::optional<Pixels> decode_rgb(std::string_view bytes, int max_side = 0, std::string* failure = nullptr);

// The image scaled down so neither side exceeds max_side (aspect kept, at least 1
// pixel a side); an image that already fits is returned as it is.
Pixels fit_within(Pixels image, int max_side);

// The same pixels with 4 channels, alpha opaque: what a texture upload takes.
Pixels to_rgba(const Pixels& rgb);

// JPEG bytes of RGB pixels at quality 1..100.
std::string encode_jpeg(const Pixels& rgb, int quality);

}  // namespace oogst::platform
