#pragma once
// Photos made for tests: real PNG and JPEG files written with stb (through the
// platform's encoders), and the bad files a USB stick can hold: a text file named
// .jpg, a PNG header claiming 12,000 × 12,000 pixels with no pixels behind it, and a
// photo cut in half.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "platform/image_codec.hpp"
#include "platform/png_writer.hpp"

namespace oogst::testing {

// A smooth picture, so JPEG artefacts stay small: red across, green down.
inline platform::Pixels test_picture(int width, int height, int channels = 3) {
    platform::Pixels image;
    image.width = width;
    image.height = height;
    image.channels = channels;
    image.data.resize(static_cast<std::size_t>(width) * height * channels);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t* pixel = &image.data[(static_cast<std::size_t>(y) * width + x) * channels];
            pixel[0] = static_cast<std::uint8_t>(255 * x / std::max(1, width - 1));
            pixel[1] = static_cast<std::uint8_t>(255 * y / std::max(1, height - 1));
            pixel[2] = 96;
            if (channels == 4) pixel[3] = 255;
        }
    return image;
}

inline std::string test_png(int width, int height) {
    const platform::Pixels rgba = test_picture(width, height, 4);
    return platform::encode_png({width, height, rgba.data});
}

inline std::string test_jpeg(int width, int height, int quality = 90) {
    return platform::encode_jpeg(test_picture(width, height), quality);
}

// The CRC-32 PNG chunks end with (ISO 3309), so a made-up header is a valid one.
inline std::uint32_t png_crc(const std::string& bytes) {
    std::uint32_t crc = 0xffffffffu;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

inline void append_big_endian(std::string& bytes, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<char>((value >> shift) & 0xff));
}

// A PNG signature and IHDR chunk claiming width × height RGB pixels, and nothing else.
inline std::string png_header_only(std::uint32_t width, std::uint32_t height) {
    std::string png = "\x89PNG\r\n\x1a\n";
    std::string chunk = "IHDR";
    append_big_endian(chunk, width);
    append_big_endian(chunk, height);
    chunk += std::string{8, 2, 0, 0, 0};  // 8 bits, RGB, deflate, no filter, no interlace
    append_big_endian(png, 13);
    png += chunk;
    append_big_endian(png, png_crc(chunk));
    return png;
}

// A JPEG with an EXIF segment (APP1) saying orientation, placed right after SOI.
inline std::string with_exif_orientation(const std::string& jpeg, int orientation, bool big_endian = false) {
    std::string tiff = big_endian ? std::string("MM\0\x2a", 4) : std::string("II\x2a\0", 4);
    const auto put = [&](std::uint32_t value, int width) {
        for (int i = 0; i < width; ++i) {
            const int shift = big_endian ? 8 * (width - 1 - i) : 8 * i;
            tiff.push_back(static_cast<char>((value >> shift) & 0xff));
        }
    };
    put(8, 4);                                        // the first directory, right after the header
    put(1, 2);                                        // one entry:
    put(0x0112, 2), put(3, 2), put(1, 4);             // orientation, SHORT, one value,
    put(static_cast<std::uint32_t>(orientation), 2), put(0, 2);  // in the first half of the value field
    put(0, 4);                                        // no next directory
    const std::string payload = std::string("Exif\0\0", 6) + tiff;
    std::string segment = "\xff\xe1";
    const std::size_t length = payload.size() + 2;
    segment.push_back(static_cast<char>(length >> 8));
    segment.push_back(static_cast<char>(length & 0xff));
    segment += payload;
    return jpeg.substr(0, 2) + segment + jpeg.substr(2);
}

inline void write_file(const std::filesystem::path& file, const std::string& bytes) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace oogst::testing
