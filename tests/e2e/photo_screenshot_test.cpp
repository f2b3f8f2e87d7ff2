// The real app with real GL textures: the photo picker's thumbnails and a photo note's
// preview must reach the screen, not just their placeholders.
#include <gtest/gtest.h>

#include <cstdlib>

#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "platform/image_codec.hpp"
#include "platform/png_writer.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

ProgramResult run(const std::vector<std::string>& arguments) {
    return run_program(arguments.front(), {arguments.begin() + 1, arguments.end()});
}

// Pixels of one colour, which nothing else on Oogst's screens uses.
platform::Pixels solid(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b, int channels) {
    platform::Pixels image{width, height, channels, {}};
    for (int i = 0; i < width * height; ++i) {
        image.data.insert(image.data.end(), {r, g, b});
        if (channels == 4) image.data.push_back(255);
    }
    return image;
}

// Screen pixels within a few steps of the colour (JPEG and filtering blur it a little).
std::size_t pixels_near(const platform::Pixels& screen, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    std::size_t count = 0;
    for (std::size_t i = 0; i + 3 < screen.data.size(); i += 3)
        count += std::abs(screen.data[i] - r) < 12 && std::abs(screen.data[i + 1] - g) < 12 &&
                 std::abs(screen.data[i + 2] - b) < 12;
    return count;
}

class PhotoScreenshot : public ::testing::Test {
protected:
    void SetUp() override {
        const ProgramResult demo =
            run({OOGST_CLI, "demo", "--store", store.string(), "--tables", "1", "--captures", "2", "--seed", "7"});
        ASSERT_EQ(demo.exit_code, 0) << demo.err;
    }
    void TearDown() override { unsetenv("OOGST_PHOTOS"); }

    platform::Pixels shoot(const std::string& screen) {
        const auto png = folder / (screen + ".png");
        const ProgramResult app =
            run({OOGST_APP, "--screenshot", png.string(), "--screen", screen, "--store", store.string()});
        EXPECT_EQ(app.exit_code, 0) << app.err;
        return platform::decode_rgb(read_file(png)).value_or(platform::Pixels{});
    }

    TemporaryFolder folder;
    std::filesystem::path store = folder / "store";
};

TEST_F(PhotoScreenshot, PickerShowsThumbnailsOfTheFolder) {
    const auto photos = folder / "photos";
    const platform::Pixels magenta = solid(400, 300, 255, 0, 255, 4);
    for (const char* name : {"een.png", "twee.png", "drie.png"})
        write_file(photos / name, platform::encode_png({400, 300, magenta.data}));
    setenv("OOGST_PHOTOS", photos.c_str(), 1);

    const platform::Pixels screen = shoot("photo");
    ASSERT_EQ(screen.width, 1280);
    // Three square thumbnails of about 190 × 190 pixels each.
    EXPECT_GT(pixels_near(screen, 255, 0, 255), 3u * 150 * 150);
}

TEST_F(PhotoScreenshot, BoardShowsAPhotoNotesPreview) {
    {
        Store opened = Store::open(store);
        CaptureAdded photo;
        photo.id = new_id();
        photo.session_id = opened.state().sessions().front()->id;
        photo.capture_kind = CaptureKind::photo;
        photo.board = photo.prompt = "stad-2030";
        photo.author_label = "Tafel";
        const std::string preview = platform::encode_jpeg(solid(640, 480, 0, 120, 255, 3), 90);
        photo.photo_blob = opened.put_blob(preview, "image/jpeg");
        photo.preview_blob = photo.photo_blob;
        opened.record(photo);
    }
    const platform::Pixels screen = shoot("board");
    ASSERT_EQ(screen.width, 1280);
    // A note about 340 pixels wide shows the photo at 4:3.
    EXPECT_GT(pixels_near(screen, 0, 120, 255), 200u * 150);
}

}  // namespace
}  // namespace oogst::testing
