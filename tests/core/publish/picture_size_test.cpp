// A photo's size from its header alone (core/publish/picture_size.hpp), as the gallery
// keeps a photo's place before it loads and a PDF frames it: real sizes read, and a
// header that is cut short, says no size, or is no picture gives no size.
#include <gtest/gtest.h>

#include <string>

#include "core/publish/picture_size.hpp"

namespace oogst {
namespace {

std::string big_endian_32(unsigned value) {
    return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
            static_cast<char>(value)};
}

std::string png_header(unsigned width, unsigned height) {
    return std::string("\x89PNG\r\n\x1a\n", 8) + big_endian_32(13) + "IHDR" + big_endian_32(width) + big_endian_32(height) +
           std::string("\x08\x06\x00\x00\x00", 5);
}

// Start of image, an APP0 segment of 16 bytes, then the segments given.
std::string jpeg_with(const std::string& segments) {
    return std::string("\xFF\xD8\xFF\xE0\x00\x10", 6) + std::string(14, 'J') + segments;
}

// A start-of-frame segment of kind marker (0xC0 baseline, 0xC2 progressive).
std::string frame(unsigned char marker, unsigned width, unsigned height) {
    return std::string{'\xFF', static_cast<char>(marker), '\x00', '\x11', '\x08', static_cast<char>(height >> 8),
                       static_cast<char>(height), static_cast<char>(width >> 8), static_cast<char>(width)} +
           std::string(12, '\x01');
}

TEST(PictureSize, APngSaysItsSizeInItsFirstChunk) {
    const auto size = png_size(png_header(640, 480));
    ASSERT_TRUE(size);
    EXPECT_EQ(size->width, 640);
    EXPECT_EQ(size->height, 480);
    EXPECT_TRUE(is_png(png_header(1, 1)));
}

TEST(PictureSize, APngWithoutASizeGivesNone) {
    EXPECT_FALSE(png_size(png_header(0, 480)));
    EXPECT_FALSE(png_size(png_header(640, 0)));
    EXPECT_FALSE(png_size(png_header(0x80000000u, 480)));  // past what an int holds
    EXPECT_FALSE(png_size(png_header(640, 480).substr(0, 20)));  // cut short
    std::string not_png = png_header(640, 480);
    not_png[1] = 'J';
    EXPECT_FALSE(png_size(not_png));
    EXPECT_FALSE(png_size(jpeg_with(frame(0xC0, 640, 480))));
}

TEST(PictureSize, AJpegSaysItsSizeInItsFrameHeaderPastOtherSegments) {
    const std::string table = std::string("\xFF\xC4\x00\x04\x00\x00", 6);  // a Huffman table: not a frame
    const std::string restart = std::string("\xFF\xD0", 2);               // a marker without a length
    const std::string fill = std::string("\xFF", 1);                      // a fill byte before a marker
    for (const unsigned char marker : {0xC0, 0xC1, 0xC2}) {
        const auto size = jpeg_size(jpeg_with(table + restart + fill + frame(marker, 4000, 3000)));
        ASSERT_TRUE(size) << int(marker);
        EXPECT_EQ(size->width, 4000);
        EXPECT_EQ(size->height, 3000);
    }
}

TEST(PictureSize, AJpegWithoutAFrameHeaderGivesNone) {
    EXPECT_FALSE(jpeg_size(jpeg_with(std::string("\xFF\xDA\x00\x08", 4) + frame(0xC0, 640, 480))));  // scan first
    EXPECT_FALSE(jpeg_size(jpeg_with(std::string("\xFF\xD9", 2))));                                 // ends
    EXPECT_FALSE(jpeg_size(jpeg_with(frame(0xC0, 0, 480))));
    EXPECT_FALSE(jpeg_size(jpeg_with(frame(0xC0, 640, 480)).substr(0, 28)));  // cut in the frame header
    EXPECT_FALSE(jpeg_size(jpeg_with(std::string("\xFF\xE1\x00\x01", 4))));  // a length below its own two bytes
    EXPECT_FALSE(jpeg_size(jpeg_with("not a marker")));
    EXPECT_FALSE(jpeg_size(png_header(640, 480)));
    EXPECT_FALSE(jpeg_size(""));
}

}  // namespace
}  // namespace oogst
