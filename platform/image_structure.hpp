#pragma once
// Checks a JPEG's or PNG's structure without decoding it: whether the file is whole
// (a copy cut short by a pulled USB stick is not), and the camera's EXIF orientation.
// libjpeg decodes a truncated JPEG with a mere warning (the missing part turns grey),
// so completeness has to be checked here.
#include <string_view>

#include "platform/image_codec.hpp"

namespace oogst::platform {

// A JPEG is whole when its segments and scans lead to the end-of-image marker (FFD9);
// bytes after it (a phone's motion-photo video) are allowed. A PNG is whole when its
// chunks lead to IEND.
bool is_complete_jpeg(std::string_view bytes);
bool is_complete_png(std::string_view bytes);
bool is_complete_image(std::string_view bytes, ImageFormat format);

// The EXIF orientation (1..8) of a JPEG, 1 when it has none or it cannot be read.
// Cameras store a portrait photo sideways and say so here.
int jpeg_exif_orientation(std::string_view bytes);

// Pixels turned the way the orientation says they should be shown.
Pixels apply_orientation(const Pixels& stored, int orientation);
// The size shown for a stored size under an orientation (5..8 swap the sides).
ImageSize oriented_size(ImageSize stored, int orientation);

}  // namespace oogst::platform
