// Importing photos from a folder: good JPEGs and PNGs become an untouched original and a
// small JPEG preview; every bad file is a named problem and nothing is decoded that
// should not be.
#include <gtest/gtest.h>

#include "platform/image_structure.hpp"
#include "platform/photo_import.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

using platform::ImageFormat;
using platform::PhotoProblem;

class PhotoImport : public ::testing::Test {
protected:
    std::filesystem::path write(const std::string& name, const std::string& bytes) {
        const auto file = folder / name;
        write_file(file, bytes);
        return file;
    }
    TemporaryFolder folder;
};

platform::ImageSize size_of(const std::string& bytes) { return platform::read_image_size(bytes).value_or(platform::ImageSize{}); }

TEST_F(PhotoImport, PngKeepsItsBytesAndGetsAJpegPreviewOfAtMost1280Pixels) {
    const std::string png = test_png(2000, 1500);
    const auto photo = platform::import_photo(write("collage.png", png));
    ASSERT_TRUE(photo.ok()) << photo.failure().detail;
    EXPECT_EQ(photo.value().original, png);
    EXPECT_EQ(photo.value().format, ImageFormat::png);
    EXPECT_STREQ(photo.value().original_media_type(), "image/png");
    EXPECT_EQ(photo.value().size.width, 2000);
    EXPECT_EQ(photo.value().size.height, 1500);
    EXPECT_EQ(platform::sniff_image_format(photo.value().preview), ImageFormat::jpeg);
    EXPECT_EQ(size_of(photo.value().preview).width, 1280);
    EXPECT_EQ(size_of(photo.value().preview).height, 960);
    EXPECT_EQ(photo.value().preview_size.width, 1280);
    EXPECT_EQ(photo.value().preview_size.height, 960);
}

TEST_F(PhotoImport, SmallJpegKeepsItsSizeInThePreview) {
    const std::string jpeg = test_jpeg(300, 200);
    const auto photo = platform::import_photo(write("klein.JPG", jpeg));
    ASSERT_TRUE(photo.ok()) << photo.failure().detail;
    EXPECT_EQ(photo.value().original, jpeg);
    EXPECT_EQ(photo.value().format, ImageFormat::jpeg);
    EXPECT_EQ(size_of(photo.value().preview).width, 300);
    EXPECT_EQ(size_of(photo.value().preview).height, 200);
}

TEST_F(PhotoImport, PortraitPhotoIsScaledByItsLongSide) {
    const auto photo = platform::import_photo(write("staand.jpg", test_jpeg(900, 2400)));
    ASSERT_TRUE(photo.ok()) << photo.failure().detail;
    EXPECT_EQ(size_of(photo.value().preview).height, 1280);
    EXPECT_EQ(size_of(photo.value().preview).width, 480);
}

TEST_F(PhotoImport, PreviewLooksLikeTheOriginal) {
    const auto photo = platform::import_photo(write("kleur.png", test_png(1600, 1200)));
    ASSERT_TRUE(photo.ok());
    const auto preview = platform::decode_rgb(photo.value().preview);
    ASSERT_TRUE(preview);
    // Top left is dark red-less, bottom right red and green: the gradient survived.
    const auto pixel = [&](int x, int y) { return &preview->data[(static_cast<std::size_t>(y) * preview->width + x) * 3]; };
    EXPECT_LT(pixel(2, 2)[0], 30);
    EXPECT_GT(pixel(preview->width - 3, preview->height - 3)[0], 225);
    EXPECT_GT(pixel(preview->width - 3, preview->height - 3)[1], 225);
    EXPECT_NEAR(pixel(preview->width / 2, preview->height / 2)[2], 96, 12);
}

TEST_F(PhotoImport, TransparentPngIsLaidOnWhite) {
    platform::Pixels rgba = test_picture(64, 64, 4);
    for (std::size_t i = 3; i < rgba.data.size(); i += 4) rgba.data[i] = 0;
    const auto photo = platform::import_photo(write("doorzichtig.png", platform::encode_png({64, 64, rgba.data})));
    ASSERT_TRUE(photo.ok());
    const auto preview = platform::decode_rgb(photo.value().preview);
    ASSERT_TRUE(preview);
    for (int c = 0; c < 3; ++c) EXPECT_GT(preview->data[c], 245);
}

TEST_F(PhotoImport, TextFileNamedJpgIsNotAnImage) {
    const auto photo = platform::import_photo(write("notities.jpg", "Boodschappen: brood, kaas, koffie\n"));
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::not_an_image);
}

TEST_F(PhotoImport, EmptyFileIsNotAnImage) {
    const auto photo = platform::import_photo(write("leeg.png", ""));
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::not_an_image);
}

TEST_F(PhotoImport, HugePngIsRefusedFromItsHeaderWithoutDecoding) {
    // Only the header exists: decoding would fail as truncated, so too_large proves the
    // size was checked first.
    const auto photo = platform::import_photo(write("reuze.png", png_header_only(12000, 12000)));
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::too_large);
    EXPECT_EQ(photo.failure().size.width, 12000);
    EXPECT_EQ(photo.failure().size.height, 12000);
}

TEST_F(PhotoImport, HugeJpegIsRefusedFromItsHeader) {
    // A real JPEG whose frame header (SOF0) is made to claim 12,000 × 12,000 pixels.
    std::string jpeg = test_jpeg(64, 48);
    const auto sof = jpeg.find("\xff\xc0");
    ASSERT_NE(sof, std::string::npos);
    jpeg[sof + 5] = static_cast<char>(12000 >> 8), jpeg[sof + 6] = static_cast<char>(12000 & 0xff);
    jpeg[sof + 7] = static_cast<char>(12000 >> 8), jpeg[sof + 8] = static_cast<char>(12000 & 0xff);
    const auto photo = platform::import_photo(write("reuze.jpg", jpeg));
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::too_large);
}

TEST_F(PhotoImport, LongPanoramaWithinThePixelLimitIsAccepted) {
    const auto photo = platform::import_photo(write("panorama.jpg", test_jpeg(12000, 600, 50)));
    ASSERT_TRUE(photo.ok()) << photo.failure().detail;
    EXPECT_EQ(photo.value().preview_size.width, 1280);
    EXPECT_EQ(photo.value().preview_size.height, 64);
}

TEST_F(PhotoImport, JpegCutInHalfIsTruncated) {
    const std::string jpeg = test_jpeg(640, 480);
    const auto photo = platform::import_photo(write("half.jpg", jpeg.substr(0, jpeg.size() / 2)));
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::truncated);
}

TEST_F(PhotoImport, PngCutInHalfIsTruncated) {
    const std::string png = test_png(640, 480);
    const auto photo = platform::import_photo(write("half.png", png.substr(0, png.size() / 2)));
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::truncated);
}

TEST_F(PhotoImport, FileCutInsideItsHeaderIsTruncated) {
    const auto photo = platform::import_photo(write("kort.png", test_png(64, 64).substr(0, 20)));
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::truncated);
}

TEST_F(PhotoImport, JpegWithDataAfterItsEndIsWhole) {
    // Phones append a motion photo's video, cameras pad with zeros: the image is whole.
    const std::string jpeg = test_jpeg(320, 240) + std::string(4096, '\0') + "ftypmp42 video follows";
    const auto photo = platform::import_photo(write("bewegend.jpg", jpeg));
    ASSERT_TRUE(photo.ok()) << photo.failure().detail;
    EXPECT_EQ(photo.value().original, jpeg);
}

TEST_F(PhotoImport, FileOverTheSizeLimitIsNeverRead) {
    platform::PhotoLimits limits;
    limits.max_file_bytes = 1000;
    const auto photo = platform::import_photo(write("zwaar.jpg", test_jpeg(400, 300)), limits);
    ASSERT_FALSE(photo.ok());
    EXPECT_EQ(photo.failure().problem, PhotoProblem::file_too_big);
    EXPECT_GT(photo.failure().file_bytes, 1000u);
}

TEST_F(PhotoImport, MissingFileOrFolderIsUnreadable) {
    EXPECT_EQ(platform::import_photo(folder / "weg.jpg").failure().problem, PhotoProblem::unreadable);
    EXPECT_EQ(platform::import_photo(folder.path()).failure().problem, PhotoProblem::unreadable);
}

TEST_F(PhotoImport, PngSignatureFollowedByGarbageIsRefused) {
    std::string bytes = "\x89PNG\r\n\x1a\n";
    for (int i = 0; i < 500; ++i) bytes.push_back(static_cast<char>(i * 37));
    const auto photo = platform::import_photo(write("rommel.png", bytes));
    ASSERT_FALSE(photo.ok());
    EXPECT_NE(photo.failure().problem, PhotoProblem::not_an_image);
}

TEST_F(PhotoImport, CameraOrientationTurnsThePreviewUpright) {
    // Stored landscape, the camera held upright: EXIF orientation 6 (turn clockwise).
    for (const bool big_endian : {false, true}) {
        const std::string jpeg = with_exif_orientation(test_jpeg(400, 200), 6, big_endian);
        ASSERT_EQ(platform::jpeg_exif_orientation(jpeg), 6);
        const auto photo = platform::import_photo(write("staand.jpg", jpeg));
        ASSERT_TRUE(photo.ok()) << photo.failure().detail;
        EXPECT_EQ(photo.value().original, jpeg);
        EXPECT_EQ(photo.value().size.width, 200);
        EXPECT_EQ(photo.value().size.height, 400);
        EXPECT_EQ(size_of(photo.value().preview).width, 200);
        EXPECT_EQ(size_of(photo.value().preview).height, 400);
    }
}

}  // namespace
}  // namespace oogst::testing
