#include "platform/fonts.hpp"

#include <cmath>
#include <fstream>
#include <string>

#include "platform/platform_error.hpp"

namespace oogst::platform {
namespace {

ImFont* add_font(ImFontAtlas& atlas, const std::filesystem::path& file, float pixels) {
    // ImGui only asserts on a missing file (and does nothing in a release build), so
    // say what is wrong before handing it the path.
    if (!std::ifstream(file, std::ios::binary))
        throw PlatformError("the font " + file.string() + " is missing: install the package fonts-dejavu-core");
    ImFontConfig config;
    // Horizontal oversampling sharpens small text; large text does not need it and it
    // would triple the atlas.
    config.OversampleH = pixels < 40 ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return atlas.AddFontFromFileTTF(file.c_str(), std::round(pixels), &config, glyph_ranges());
}

}  // namespace

const ImWchar* glyph_ranges() {
    static const ImVector<ImWchar> ranges = [] {
        ImFontGlyphRangesBuilder builder;
        ImFontAtlas latin;  // only asked for its static Latin-1 table
        builder.AddRanges(latin.GetGlyphRangesDefault());
        for (ImWchar c : {0x0132, 0x0133, 0x0152, 0x0153, 0x0178, 0x20AC}) builder.AddChar(c);
        for (ImWchar c = 0x2013; c <= 0x2026; ++c) builder.AddChar(c);  // – — ‘ ’ “ ” „ • …
        for (ImWchar c = 0x2190; c <= 0x2193; ++c) builder.AddChar(c);  // ← ↑ → ↓
        builder.AddChar(0x2605);                                         // ★ on scored notes
        for (ImWchar c : {0x21B6, 0x2713, 0x25CF, 0x25CB, 0x25B6}) builder.AddChar(c);  // ↶ ✓ ● ○ ▶ at the table
        ImVector<ImWchar> built;
        builder.BuildRanges(&built);
        return built;
    }();
    return ranges.Data;
}

Fonts load_fonts(ImFontAtlas& atlas, float scale) {
    Fonts fonts;
    fonts.body = add_font(atlas, regular_font_file, body_text_px * scale);
    fonts.bold = add_font(atlas, bold_font_file, body_text_px * scale);
    fonts.heading = add_font(atlas, bold_font_file, heading_px * scale);
    fonts.title = add_font(atlas, bold_font_file, title_px * scale);
    return fonts;
}

}  // namespace oogst::platform
