// The canvas screenshot (docs/screenshots/canvas.png) made by the real app: the first
// session's drawing screen with the sample drawing on white paper.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

// stb_image decodes the PNGs (Debian's libstb, linked, as the app links it).
#include <stb_image.h>

namespace oogst::testing {
namespace {

TEST(CanvasScreenshot, ShowsTheSampleDrawingOnWhitePaper) {
    TemporaryFolder folder;
    const auto store = folder / "store";
    const ProgramResult demo =
        run_program(OOGST_CLI, {"demo", "--store", store.string(), "--tables", "2", "--captures", "6", "--seed", "3"});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    const auto png = folder / "canvas.png";
    const ProgramResult app =
        run_program(OOGST_APP, {"--screenshot", png.string(), "--screen", "canvas", "--store", store.string()});
    ASSERT_EQ(app.exit_code, 0) << app.err;

    int width = 0, height = 0, channels = 0;
    unsigned char* data = stbi_load(png.c_str(), &width, &height, &channels, 4);
    ASSERT_NE(data, nullptr);
    const auto* rgba = reinterpret_cast<const std::uint32_t*>(data);
    const std::vector<std::uint32_t> pixels(rgba, rgba + static_cast<std::size_t>(width) * height);
    stbi_image_free(data);
    ASSERT_EQ(width, 1280);
    ASSERT_EQ(height, 800);
    // 0xAABBGGRR, as RGBA bytes read as a little-endian word: the paper, and the roof's
    // red marker and the tree's green one.
    const auto count = [&](std::uint32_t colour) { return std::count(pixels.begin(), pixels.end(), colour); };
    EXPECT_GT(count(0xffffffffu), static_cast<long>(pixels.size() / 4));
    EXPECT_GT(count(0xff3b30e5u), 2000);
    EXPECT_GT(count(0xff47a043u), 2000);
}

}  // namespace
}  // namespace oogst::testing
