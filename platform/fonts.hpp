#pragma once
// The app's fonts: DejaVu Sans from the system, rasterised at the monitor's scale so
// text stays sharp (never io.FontGlobalScale, which blurs). Works without a window:
// headless tests load the same fonts and build the atlas on the CPU.
#include <filesystem>

#include <imgui.h>

namespace oogst::platform {

// Pixel sizes at content scale 1. Body text is at least 22 px (DESIGN.md, Touch).
inline constexpr float body_text_px = 24;
inline constexpr float heading_px = 32;
inline constexpr float title_px = 64;

inline const std::filesystem::path regular_font_file = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline const std::filesystem::path bold_font_file = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// Owned by the atlas they were loaded into; valid while its ImGui context lives.
struct Fonts {
    ImFont* body = nullptr;     // the default font: text, fields, buttons
    ImFont* bold = nullptr;     // body size, for names and labels that lead a line
    ImFont* heading = nullptr;  // screen and column headings
    ImFont* title = nullptr;    // the app's name on the start screen
};

// Latin-1 plus what Dutch and French workshop text needs beyond it: ĳ, œ Œ, Ÿ, €,
// typographic quotes, dashes, bullet and ellipsis; arrows for back buttons and the star
// on scored notes.
// The array lives for the whole program, as ImFontAtlas requires.
const ImWchar* glyph_ranges();

// Adds the fonts to atlas (the first becomes the default) at size × scale pixels.
// Throws PlatformError when a font file is missing. The caller builds the atlas (the
// OpenGL backend does on its first frame; headless code calls GetTexDataAsRGBA32).
Fonts load_fonts(ImFontAtlas& atlas, float scale);

}  // namespace oogst::platform
