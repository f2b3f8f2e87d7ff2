#pragma once
// JPEG photos decoded by libjpeg-turbo (Debian's libjpeg62-turbo), the decoder the
// rest of the system trusts and OSS-Fuzz fuzzes daily. stb_image 2.27 (Debian's
// libstb-dev) decoded them before; image_fuzz found three faults in it that a member's
// photo could reach (docs/reliability.md), the last an integer overflow inside its
// block decoding that no look at the file beforehand could rule out.
#include <optional>
#include <string>
#include <string_view>

#include "platform/image_codec.hpp"

namespace oogst::platform {

// Width and height from the JPEG's headers; nothing is decoded. nullopt when libjpeg
// cannot read them; failure then says why (libjpeg's words).
std::optional<ImageSize> read_jpeg_size(std::string_view bytes, std::string* failure = nullptr);

// RGB pixels, 3 channels. When max_side > 0 the decoder scales down while decoding
// (by 1/8 .. 8/8, libjpeg's DCT scaling) as far as it can while both sides stay at
// least as large as the fitted size would ask: a camera's 12-megapixel photo for a
// 512-pixel thumbnail is decoded at an eighth of the work. The caller scales the rest.
// Greyscale and CMYK photos come out as RGB. A scan count past 500 (a progressive
// JPEG made to take minutes) and memory past what the image size needs are refused.
std::optional<Pixels> decode_jpeg(std::string_view bytes, int max_side = 0, std::string* failure = nullptr);

}  // namespace oogst::platform
