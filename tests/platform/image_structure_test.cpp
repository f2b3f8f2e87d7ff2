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
