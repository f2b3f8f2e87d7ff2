#pragma once
// A photo's width and height in pixels, read from its file's header alone: the gallery
// keeps each image's place on the page before it loads, and a PDF sizes a photo's frame
// without decoding it.
#include <optional>
#include <string_view>

namespace oogst {

struct PictureSize {
    int width = 0, height = 0;
};

bool is_png(std::string_view bytes);
bool is_jpeg(std::string_view bytes);

// The size a PNG's header chunk gives; nullopt when bytes are no PNG or say no size.
std::optional<PictureSize> png_size(std::string_view bytes);
// The size a JPEG's first frame header gives; nullopt when bytes are no JPEG or hold no
// frame header before the picture's data.
std::optional<PictureSize> jpeg_size(std::string_view bytes);

}  // namespace oogst
