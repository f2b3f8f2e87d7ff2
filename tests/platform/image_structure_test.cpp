// Structure checks that need no decoding: whole or cut short, and the camera's
// orientation, including EXIF segments that lie.
#include <gtest/gtest.h>

#include "platform/image_structure.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

using platform::Pixels;

TEST(ImageStructure, WholeFilesAreComplete) {
    EXPECT_TRUE(platform::is_complete_jpeg(test_jpeg(97, 31)));
    EXPECT_TRUE(platform::is_complete_png(test_png(97, 31)));
}

TEST(ImageStructure, EveryCutOfAJpegIsIncomplete) {
    const std::string jpeg = test_jpeg(120, 80);
    for (std::size_t length = 0; length < jpeg.size(); length += 7)
        EXPECT_FALSE(platform::is_complete_jpeg(jpeg.substr(0, length))) << length;
    EXPECT_FALSE(platform::is_complete_jpeg(jpeg.substr(0, jpeg.size() - 1)));
}

TEST(ImageStructure, EveryCutOfAPngIsIncomplete) {
    const std::string png = test_png(120, 80);
    for (std::size_t length = 0; length < png.size(); length += 5)
        EXPECT_FALSE(platform::is_complete_png(png.substr(0, length))) << length;
}

TEST(ImageStructure, ExifThumbnailsEndOfImageMarkerDoesNotEndThePhoto) {
    // An EXIF segment that holds a whole small JPEG (as camera thumbnails do), in front
    // of a photo cut in half: the thumbnail's FFD9 must not make the photo look whole.
    const std::string thumbnail = test_jpeg(16, 16);
    std::string app1 = "\xff\xe1";
    const std::size_t length = thumbnail.size() + 2;
    app1.push_back(static_cast<char>(length >> 8)), app1.push_back(static_cast<char>(length & 0xff));
    const std::string photo = test_jpeg(200, 150);
    const std::string cut = photo.substr(0, 2) + app1 + thumbnail + photo.substr(2, photo.size() / 2);
    EXPECT_FALSE(platform::is_complete_jpeg(cut));
    EXPECT_TRUE(platform::is_complete_jpeg(photo.substr(0, 2) + app1 + thumbnail + photo.substr(2)));
}

TEST(ImageStructure, OrientationIsReadInBothByteOrders) {
    const std::string jpeg = test_jpeg(40, 20);
    EXPECT_EQ(platform::jpeg_exif_orientation(jpeg), 1);
    for (int orientation = 1; orientation <= 8; ++orientation) {
        EXPECT_EQ(platform::jpeg_exif_orientation(with_exif_orientation(jpeg, orientation, false)), orientation);
        EXPECT_EQ(platform::jpeg_exif_orientation(with_exif_orientation(jpeg, orientation, true)), orientation);
    }
}

TEST(ImageStructure, LyingExifGivesTheUsualOrientation) {
    const std::string jpeg = test_jpeg(40, 20);
    EXPECT_EQ(platform::jpeg_exif_orientation(with_exif_orientation(jpeg, 9)), 1);
    EXPECT_EQ(platform::jpeg_exif_orientation(with_exif_orientation(jpeg, 0)), 1);
    // A directory offset pointing far outside the segment.
    std::string broken = with_exif_orientation(jpeg, 6);
    const auto tiff = broken.find("II*");
    ASSERT_NE(tiff, std::string::npos);
    broken[tiff + 4] = '\xff', broken[tiff + 5] = '\xff', broken[tiff + 6] = '\xff', broken[tiff + 7] = '\x7f';
    EXPECT_EQ(platform::jpeg_exif_orientation(broken), 1);
    EXPECT_EQ(platform::jpeg_exif_orientation("not a jpeg"), 1);
}

// A 3 × 2 image whose pixels are numbered 0..5 row by row (one channel).
Pixels numbered() { return Pixels{3, 2, 1, {0, 1, 2, 3, 4, 5}}; }

TEST(ImageStructure, EachOrientationTurnsThePixelsAsExifSays) {
    // The picture shown for each orientation of the stored
    //   0 1 2
    //   3 4 5
    const std::vector<std::pair<int, std::vector<std::uint8_t>>> expected = {
        {1, {0, 1, 2, 3, 4, 5}},  // as stored
        {2, {2, 1, 0, 5, 4, 3}},  // mirrored left-right
        {3, {5, 4, 3, 2, 1, 0}},  // turned half round
        {4, {3, 4, 5, 0, 1, 2}},  // mirrored top-bottom
        {5, {0, 3, 1, 4, 2, 5}},  // transposed
        {6, {3, 0, 4, 1, 5, 2}},  // turned clockwise
        {7, {5, 2, 4, 1, 3, 0}},  // transversed
        {8, {2, 5, 1, 4, 0, 3}},  // turned anticlockwise
    };
    for (const auto& [orientation, pixels] : expected) {
        const Pixels shown = platform::apply_orientation(numbered(), orientation);
        EXPECT_EQ(shown.data, pixels) << "orientation " << orientation;
        EXPECT_EQ(shown.width, orientation >= 5 ? 2 : 3);
        EXPECT_EQ(shown.height, orientation >= 5 ? 3 : 2);
    }
}

}  // namespace
}  // namespace oogst::testing

namespace oogst::testing {
namespace {

// A DHT segment whose 16 code counts add up to 17 * 16 = 272 codes: stb_image 2.27 would
// write 16 bytes past its table of 257 code lengths (found by image_fuzz).
std::string overflowing_huffman_table() {
    const std::size_t codes = 17 * 16, length = 2 + 17 + codes;
    std::string segment = "\xff\xc4";
    segment.push_back(static_cast<char>(length >> 8)), segment.push_back(static_cast<char>(length & 0xff));
    segment.push_back('\x00');  // a DC table, number 0
    segment += std::string(16, '\x11');
    segment += std::string(codes, '\x01');
    return segment;
}

TEST(ImageStructure, AHuffmanTableWithMoreThan256CodesIsNeverHandedToStb) {
    const std::string jpeg = test_jpeg(40, 30);
    ASSERT_TRUE(platform::jpeg_huffman_tables_fit(jpeg));
    ASSERT_TRUE(platform::jpeg_huffman_tables_fit(test_png(40, 30)));
    const std::string hostile = jpeg.substr(0, 2) + overflowing_huffman_table() + jpeg.substr(2);
    EXPECT_FALSE(platform::jpeg_huffman_tables_fit(hostile));
    EXPECT_FALSE(platform::read_image_size(hostile));  // stb_image reads the table for the header alone
    std::string why;
    EXPECT_FALSE(platform::decode_rgb(hostile, 0, &why));
    EXPECT_NE(why.find("Huffman"), std::string::npos) << why;
}

TEST(ImageStructure, AHuffmanTableBehindBytesStbSkipsIsFoundToo) {
    // stb_image skips bytes that are not a marker before the frame header (the fuzzer's
    // input had a PNG's bytes after an EXIF segment), so a table behind them is read.
    const std::string jpeg = test_jpeg(40, 30);
    const std::string hostile = jpeg.substr(0, 2) + std::string("\xff\xfe\x00\x04ok", 6) + "padding" + overflowing_huffman_table() +
                                jpeg.substr(2);
    EXPECT_FALSE(platform::jpeg_huffman_tables_fit(hostile));
    EXPECT_FALSE(platform::read_image_size(hostile));
}

// A scan whose first component names Huffman tables no DHT segment defined (DC 2, AC 3):
// stb_image 2.27 would decode with tables it never set and read past them (image_fuzz's
// second finding).
TEST(ImageStructure, AScanWithAnUndefinedHuffmanTableIsNeverHandedToStb) {
    std::string jpeg = test_jpeg(40, 30);
    const auto scan = jpeg.find("\xff\xda");
    ASSERT_NE(scan, std::string::npos);
    ASSERT_TRUE(platform::decode_rgb(jpeg));
    jpeg[scan + 6] = '\x23';  // after the marker, the length, the count and the component's id
    EXPECT_FALSE(platform::jpeg_huffman_tables_fit(jpeg));
    EXPECT_FALSE(platform::decode_rgb(jpeg));
}

}  // namespace
}  // namespace oogst::testing
