// A drawing's PNG preview: cairo reads it back at the right size, with ink where the
// strokes went, in their colour, and white paper everywhere else.
#include <gtest/gtest.h>

#include <cairo.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "core/drawing/drawing_thumbnail.hpp"
#include "tests/support/png_surface.hpp"

namespace oogst {
namespace {

struct Decoded {
    int width = 0, height = 0;
    std::vector<std::uint32_t> pixels;  // cairo's native 0xAARRGGBB

    std::uint32_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x] & 0xffffff; }
    bool white(int x, int y) const { return at(x, y) == 0xffffff; }
};

Decoded decode(const std::string& png) {
    const testing::PngSurface surface = testing::png_surface(png);
    Decoded image;
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return image;
    cairo_surface_flush(surface.get());
    image.width = cairo_image_surface_get_width(surface.get());
    image.height = cairo_image_surface_get_height(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    for (int y = 0; y < image.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        image.pixels.insert(image.pixels.end(), row, row + image.width);
    }
    return image;
}

TEST(DrawingThumbnail, IsAPngOfThePapersShape) {
    const std::string png = render_drawing_png({});
    ASSERT_GE(png.size(), 8u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const Decoded image = decode(png);
    EXPECT_EQ(image.width, 480);
    EXPECT_EQ(image.height, 360);
    EXPECT_EQ(drawing_thumbnail_height(480), 360);
    for (int y = 0; y < image.height; y += 7)
        for (int x = 0; x < image.width; x += 7) ASSERT_TRUE(image.white(x, y)) << x << "," << y;
}

TEST(DrawingThumbnail, InkWhereAStrokeWentAndNoneElsewhere) {
    // A red horizontal line across the top half, and a blue dot low on the right.
    const std::vector<Stroke> strokes = {
        Stroke{0xff0000ffu, 0.02f, {{0.1f, 0.25f}, {0.5f, 0.25f}, {0.9f, 0.25f}}},
        Stroke{0xffff0000u, 0.05f, {{0.75f, 0.75f}}},
    };
    const Decoded image = decode(render_drawing_png(strokes));
    ASSERT_EQ(image.width, 480);
    ASSERT_EQ(image.height, 360);
    EXPECT_EQ(image.at(240, 90), 0xff0000u);    // on the line: red (cairo reads 0xRRGGBB)
    EXPECT_EQ(image.at(360, 270), 0x0000ffu);   // the dot's centre: blue
    // Round caps reach half the width past the end; beyond that, paper.
    EXPECT_TRUE(image.white(20, 90));
    EXPECT_TRUE(image.white(240, 120));
    EXPECT_TRUE(image.white(240, 200));
    EXPECT_TRUE(image.white(300, 270));
    std::size_t ink = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) ink += !image.white(x, y);
    // The line covers about 0.8 × 480 by 0.02 × 480 pixels, the dot about π × 12²;
    // everything else stays white.
    EXPECT_GT(ink, 3000u);
    EXPECT_LT(ink, 4800u);
}

TEST(DrawingThumbnail, ScalesToTheWidthAsked) {
    const Decoded image = decode(render_drawing_png({Stroke{0xff000000u, 0.01f, {{0.5f, 0.5f}}}}, 200));
    EXPECT_EQ(image.width, 200);
    EXPECT_EQ(image.height, 150);
    EXPECT_FALSE(image.white(100, 75));
}

TEST(DrawingThumbnail, AStrokeWithABrokenWidthDoesNotFloodThePicture) {
    // Strokes merged from another device are not trusted to hold a sane width.
    const std::vector<Stroke> strokes = {
        Stroke{0xff000000u, 1e9f, {{0.5f, 0.5f}, {0.6f, 0.5f}}},
        Stroke{0xff000000u, std::numeric_limits<float>::quiet_NaN(), {{0.2f, 0.2f}, {0.3f, 0.2f}}},
    };
    const Decoded image = decode(render_drawing_png(strokes));
    ASSERT_EQ(image.width, 480);
    EXPECT_FALSE(image.white(264, 180));
    EXPECT_FALSE(image.white(120, 72));  // the broken width still draws a hairline
    EXPECT_TRUE(image.white(5, 5));
    EXPECT_TRUE(image.white(470, 350));
}

}  // namespace
}  // namespace oogst
