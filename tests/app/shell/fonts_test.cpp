// The fonts load without a window and cover the characters workshop text uses.
#include <gtest/gtest.h>

#include <imgui.h>

#include "platform/fonts.hpp"

namespace oogst::testing {
namespace {

// Loads the fonts at scale and builds the atlas on the CPU, as headless tests do.
platform::Fonts built_fonts(float scale) {
    const platform::Fonts fonts = platform::load_fonts(*ImGui::GetIO().Fonts, scale);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    EXPECT_NE(pixels, nullptr);
    return fonts;
}

TEST(Fonts, AtlasHasTheGlyphsDutchAndFrenchNeed) {
    ImGuiContext* context = ImGui::CreateContext();
    const platform::Fonts fonts = built_fonts(1);

    const std::u16string needed = u"éëçĳĲœŒŸ€–—‘’“”„…←★";
    for (ImFont* font : {fonts.body, fonts.bold, fonts.heading, fonts.title})
        for (char16_t c : needed)
            EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << "U+" << std::hex << static_cast<int>(c);
    EXPECT_GE(fonts.body->FontSize, 22);
    ImGui::DestroyContext(context);
}

TEST(Fonts, ScaleRasterisesLargerInsteadOfStretching) {
    ImGuiContext* context = ImGui::CreateContext();
    const platform::Fonts fonts = built_fonts(2);
    EXPECT_EQ(fonts.body->FontSize, 2 * platform::body_text_px);
    EXPECT_EQ(ImGui::GetIO().FontGlobalScale, 1);
    ImGui::DestroyContext(context);
}

}  // namespace
}  // namespace oogst::testing
