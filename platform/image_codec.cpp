#include "platform/image_codec.hpp"

#include "platform/jpeg_decoder.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

// The one place stb_image and stb_image_resize are compiled. STATIC keeps their
// symbols private, so they cannot clash with the copies inside Debian's libstb, which
// ImGui links. Only PNG is compiled in: JPEG photos are decoded by libjpeg-turbo
// (jpeg_decoder.hpp says why), and the rest of stb's decoders are attack surface a
// photo picker does not need.
//
// stb's allocations go through a guard: the PNG decoder grows its inflate buffer for as
// long as the compressed data goes on (up to 2 GiB), whatever size the header claims, so
// a small hostile PNG could take the tablet's memory. Each decode sets a budget from the
// size its header gives (checked against the import limits before); no block may be
// larger than that.
#include <cstdlib>
namespace {
thread_local std::size_t largest_image_block = std::size_t{64} << 20;
void* guarded_malloc(std::size_t size) { return size > largest_image_block ? nullptr : std::malloc(size); }
void* guarded_realloc(void* block, std::size_t size) {
    return size > largest_image_block ? nullptr : std::realloc(block, size);
}
}  // namespace
#define STBI_MALLOC(size) guarded_malloc(size)
#define STBI_REALLOC(block, size) guarded_realloc(block, size)
#define STBI_FREE(block) std::free(block)
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#include <stb_image.h>

#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_STATIC
#include <stb_image_resize.h>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb_image_write.h>

namespace oogst::platform {
namespace {

const stbi_uc* bytes_of(std::string_view bytes) { return reinterpret_cast<const stbi_uc*>(bytes.data()); }

bool fits_in_int(std::string_view bytes) { return bytes.size() <= static_cast<std::size_t>(INT32_MAX); }

}  // namespace

ImageFormat sniff_image_format(std::string_view bytes) {
    static constexpr unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.size() >= sizeof png && std::memcmp(bytes.data(), png, sizeof png) == 0) return ImageFormat::png;
    // SOI, then the first marker's FF: every JPEG (JFIF, Exif, plain) starts so.
    if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xff &&
        static_cast<unsigned char>(bytes[1]) == 0xd8 && static_cast<unsigned char>(bytes[2]) == 0xff)
        return ImageFormat::jpeg;
    return ImageFormat::unknown;
}

const char* media_type(ImageFormat format) {
    switch (format) {
        case ImageFormat::jpeg: return "image/jpeg";
        case ImageFormat::png: return "image/png";
        case ImageFormat::unknown: break;
    }
    return "";
}

std::optional<ImageSize> read_image_size(std::string_view bytes) {
    if (!fits_in_int(bytes)) return std::nullopt;
    if (sniff_image_format(bytes) == ImageFormat::jpeg) return read_jpeg_size(bytes);
    ImageSize size;
    int channels = 0;
    if (!stbi_info_from_memory(bytes_of(bytes), static_cast<int>(bytes.size()), &size.width, &size.height, &channels))
        return std::nullopt;
    if (size.width <= 0 || size.height <= 0) return std::nullopt;
    return size;
}

namespace {

ImageSize fitted_size(int width, int height, int max_side) {
    const int longest = std::max(width, height);
    if (max_side <= 0 || longest <= max_side) return {width, height};
    const double factor = static_cast<double>(max_side) / longest;
    return {std::max(1, static_cast<int>(width * factor + 0.5)), std::max(1, static_cast<int>(height * factor + 0.5))};
}

// Scales pixels (or copies them when they fit) into a new image of at most max_side.
Pixels scaled(const std::uint8_t* pixels, int width, int height, int channels, int max_side) {
    const ImageSize size = fitted_size(width, height, max_side);
    Pixels image;
    image.width = size.width;
    image.height = size.height;
    image.channels = channels;
    if (size.width == width && size.height == height) {
        image.data.assign(pixels, pixels + static_cast<std::size_t>(width) * height * channels);
        return image;
    }
    image.data.resize(static_cast<std::size_t>(size.width) * size.height * channels);
    if (!stbir_resize_uint8(pixels, width, height, 0, image.data.data(), size.width, size.height, 0, channels))
        throw std::runtime_error("stb_image_resize could not scale the photo");
    return image;
}

struct StbFree {
    void operator()(stbi_uc* pixels) const { stbi_image_free(pixels); }
};

}  // namespace

std::optional<Pixels> decode_rgb(std::string_view bytes, int max_side, std::string* failure) {
    if (!fits_in_int(bytes)) return std::nullopt;
    if (sniff_image_format(bytes) == ImageFormat::jpeg) {
        std::optional<Pixels> decoded = decode_jpeg(bytes, max_side, failure);
        if (!decoded) return std::nullopt;
        return fit_within(std::move(*decoded), max_side);
    }
    const int length = static_cast<int>(bytes.size());
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(bytes_of(bytes), length, &width, &height, &channels)) channels = 4;
    // Photos without transparency are decoded straight to RGB. The full-size pixels
    // are the most memory this app ever holds, so they are scaled down straight from
    // stb's buffer and freed.
    const bool alpha = channels == 2 || channels == 4;
    // The most one decode needs: the pixels with 4 bytes each and a filter byte per row
    // for PNG, twice over, and a little for tables and headers.
    largest_image_block = static_cast<std::size_t>(width) * height * 8 + static_cast<std::size_t>(height) * 2 +
                          (std::size_t{1} << 20);
    std::unique_ptr<stbi_uc, StbFree> decoded(
        stbi_load_from_memory(bytes_of(bytes), length, &width, &height, &channels, alpha ? 4 : 3));
    largest_image_block = std::size_t{64} << 20;
    if (!decoded) {
        if (failure) *failure = stbi_failure_reason() ? stbi_failure_reason() : "unknown";
        return std::nullopt;
    }
    if (alpha) {
        // Transparency laid on white, packed to RGB in place (each write lands at or
        // before the pixel being read).
        stbi_uc* data = decoded.get();
        const std::size_t count = static_cast<std::size_t>(width) * height;
        for (std::size_t i = 0; i < count; ++i) {
            const unsigned opacity = data[i * 4 + 3];
            for (int c = 0; c < 3; ++c)
                data[i * 3 + c] = static_cast<stbi_uc>((data[i * 4 + c] * opacity + 255 * (255 - opacity) + 127) / 255);
        }
    }
    return scaled(decoded.get(), width, height, 3, max_side);
}

Pixels fit_within(Pixels image, int max_side) {
    const ImageSize size = fitted_size(image.width, image.height, max_side);
    if (image.empty() || (size.width == image.width && size.height == image.height)) return image;
    return scaled(image.data.data(), image.width, image.height, image.channels, max_side);
}

Pixels to_rgba(const Pixels& rgb) {
    Pixels rgba;
    rgba.width = rgb.width;
    rgba.height = rgb.height;
    rgba.channels = 4;
    const std::size_t count = static_cast<std::size_t>(rgb.width) * rgb.height;
    rgba.data.resize(count * 4);
    for (std::size_t i = 0; i < count; ++i) {
        for (int c = 0; c < 3; ++c) rgba.data[i * 4 + c] = rgb.data[i * rgb.channels + (rgb.channels >= 3 ? c : 0)];
        rgba.data[i * 4 + 3] = rgb.channels == 4 ? rgb.data[i * 4 + 3] : 255;
    }
    return rgba;
}

std::string encode_jpeg(const Pixels& rgb, int quality) {
    if (rgb.empty() || rgb.channels != 3 ||
        rgb.data.size() != static_cast<std::size_t>(rgb.width) * rgb.height * 3)
        throw std::invalid_argument("encode_jpeg: the pixels do not match the image size");
    std::string jpeg;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), size);
    };
    if (!stbi_write_jpg_to_func(append, &jpeg, rgb.width, rgb.height, 3, rgb.data.data(), quality))
        throw std::runtime_error("stb_image_write could not encode the JPEG");
    return jpeg;
}

}  // namespace oogst::platform
