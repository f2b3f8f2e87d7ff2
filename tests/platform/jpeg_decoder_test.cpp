// Decoding JPEG photos with libjpeg-turbo: colour spaces, scaling while decoding, and
// the hostile files image_fuzz found in stb_image, now libjpeg's to refuse or decode.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include <jpeglib.h>

#include "platform/jpeg_decoder.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

// A JPEG written by libjpeg itself in a colour space the platform's encoder does not
// write: greyscale (a scanned drawing) or CMYK (a print shop's file, Adobe's way).
std::string jpeg_in(J_COLOR_SPACE space, int components, int width, int height, unsigned char value) {
    jpeg_compress_struct info{};
    jpeg_error_mgr errors{};
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char* out = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &out, &size);
    info.image_width = static_cast<JDIMENSION>(width);
    info.image_height = static_cast<JDIMENSION>(height);
    info.input_components = components;
    info.in_color_space = space;
    jpeg_set_defaults(&info);
    jpeg_start_compress(&info, TRUE);
    std::vector<unsigned char> row(static_cast<std::size_t>(width) * components, value);
    while (info.next_scanline < info.image_height) {
        JSAMPROW rows[] = {row.data()};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    std::string bytes(reinterpret_cast<const char*>(out), size);
    jpeg_destroy_compress(&info);
    std::free(out);
    return bytes;
}

std::string file_bytes(const std::string& name) {
    std::ifstream in(std::string(OOGST_TEST_DATA) + "/images/" + name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(JpegDecoder, APhotoDecodesToItsColours) {
    const auto pixels = platform::decode_rgb(test_jpeg(64, 48));
    ASSERT_TRUE(pixels);
    EXPECT_EQ(pixels->width, 64);
    EXPECT_EQ(pixels->height, 48);
    EXPECT_EQ(pixels->channels, 3);
    const auto at = [&](int x, int y, int c) { return int{pixels->data[(static_cast<std::size_t>(y) * 64 + x) * 3 + c]}; };
    EXPECT_NEAR(at(0, 0, 0), 0, 12);     // red grows across
    EXPECT_NEAR(at(63, 0, 0), 255, 12);
    EXPECT_NEAR(at(0, 47, 1), 255, 12);  // green grows down
    EXPECT_NEAR(at(30, 20, 2), 96, 12);
    ASSERT_TRUE(platform::read_image_size(test_jpeg(64, 48)));
    EXPECT_EQ(platform::read_image_size(test_jpeg(64, 48))->width, 64);
}

TEST(JpegDecoder, ALargePhotoIsScaledWhileDecodingAndFitsItsSide) {
    const std::string jpeg = test_jpeg(1600, 1200);
    const auto eighth = platform::decode_jpeg(jpeg, 200);
    ASSERT_TRUE(eighth);
    EXPECT_EQ(eighth->width, 200) << "an eighth of 1600 is all a 200-pixel side needs";
    EXPECT_EQ(eighth->height, 150);
    const auto quarter = platform::decode_jpeg(jpeg, 300);
    ASSERT_TRUE(quarter);
    EXPECT_EQ(quarter->width, 400) << "never smaller than asked: the caller scales the rest";
    const auto fitted = platform::decode_rgb(jpeg, 300);
    ASSERT_TRUE(fitted);
    EXPECT_EQ(fitted->width, 300);
    EXPECT_EQ(fitted->height, 225);
    EXPECT_EQ(platform::decode_jpeg(jpeg)->width, 1600);
}

TEST(JpegDecoder, GreyAndCmykPhotosComeOutAsRgb) {
    const auto grey = platform::decode_rgb(jpeg_in(JCS_GRAYSCALE, 1, 32, 16, 200));
    ASSERT_TRUE(grey);
    EXPECT_EQ(grey->channels, 3);
    EXPECT_NEAR(grey->data[0], 200, 3);
    EXPECT_EQ(grey->data[0], grey->data[1]);
    // libjpeg marks a CMYK file as Adobe's, whose values are stored inverted (as
    // Photoshop writes them and every viewer reads them): 255 is no ink, white paper;
    // 0 is full ink, black.
    const auto paper = platform::decode_rgb(jpeg_in(JCS_CMYK, 4, 16, 16, 255));
    ASSERT_TRUE(paper);
    EXPECT_NEAR(paper->data[0], 255, 3);
    const auto ink = platform::decode_rgb(jpeg_in(JCS_CMYK, 4, 16, 16, 0));
    ASSERT_TRUE(ink);
    EXPECT_NEAR(ink->data[0], 0, 3);
}

// A DHT segment whose 16 code counts add up to 17 * 16 = 272 codes: stb_image 2.27
// wrote 16 bytes past its table of 257 code lengths (image_fuzz's first finding).
std::string overflowing_huffman_table() {
    const std::size_t codes = 17 * 16, length = 2 + 17 + codes;
    std::string segment = "\xff\xc4";
    segment.push_back(static_cast<char>(length >> 8)), segment.push_back(static_cast<char>(length & 0xff));
    segment.push_back('\x00');  // a DC table, number 0
    segment += std::string(16, '\x11');
    segment += std::string(codes, '\x01');
    return segment;
}

TEST(JpegDecoder, AHuffmanTableWithMoreThan256CodesIsRefusedWithLibjpegsWords) {
    const std::string jpeg = test_jpeg(40, 30);
    const std::string hostile = jpeg.substr(0, 2) + overflowing_huffman_table() + jpeg.substr(2);
    EXPECT_FALSE(platform::read_image_size(hostile));  // the table is read with the headers
    std::string why;
    EXPECT_FALSE(platform::decode_rgb(hostile, 0, &why));
    EXPECT_NE(why.find("Huffman"), std::string::npos) << why;
}

// A scan whose first component names Huffman tables no DHT segment defined (DC 2, AC 3):
// stb_image 2.27 decoded with tables it never set (image_fuzz's second finding).
TEST(JpegDecoder, AScanWithAnUndefinedHuffmanTableIsRefused) {
    std::string jpeg = test_jpeg(40, 30);
    const auto scan = jpeg.find("\xff\xda");
    ASSERT_NE(scan, std::string::npos);
    ASSERT_TRUE(platform::decode_rgb(jpeg));
    jpeg[scan + 6] = '\x23';  // after the marker, the length, the count and the component's id
    std::string why;
    EXPECT_FALSE(platform::decode_rgb(jpeg, 0, &why));
    EXPECT_NE(why.find("Huffman table"), std::string::npos) << why;
}

// The two inputs on which stb_image 2.27 multiplied a DC coefficient past an int
// (image_fuzz's third finding, kept in tests/data/images and in the fuzzer's corpus,
// where tools/fuzz runs them under UBSan). libjpeg decodes or refuses them whole.
TEST(JpegDecoder, TheFilesThatOverflowedStbAreDecodedOrRefusedCleanly) {
    for (const char* name : {"stb-dc-overflow-1.jpg", "stb-dc-overflow-2.jpg"}) {
        const std::string bytes = file_bytes(name);
        ASSERT_FALSE(bytes.empty()) << name;
        std::string why;
        const auto pixels = platform::decode_rgb(bytes, 256, &why);
        if (pixels) EXPECT_EQ(pixels->data.size(), static_cast<std::size_t>(pixels->width) * pixels->height * 3) << name;
        else EXPECT_FALSE(why.empty()) << name;
    }
}

TEST(JpegDecoder, BytesThatAreNoJpegSaySo) {
    std::string why;
    EXPECT_FALSE(platform::decode_jpeg("\xff\xd8\xff not a photo", 0, &why));
    EXPECT_FALSE(why.empty());
    EXPECT_FALSE(platform::decode_jpeg("", 0, &why));
    EXPECT_FALSE(platform::read_jpeg_size(std::string(test_jpeg(40, 30)).substr(0, 20)));
}

}  // namespace
}  // namespace oogst::testing
