// libFuzzer target for pictures (platform/photo_import.hpp, image_structure.hpp,
// image_codec.hpp; core/publish/pdf_picture.hpp, picture_size.hpp): whatever bytes a
// camera card, a USB stick or a member's bundle hands over as a photo, checking and
// decoding them must end in a picture or a PhotoFailure, never in a crash, a leak,
// undefined behaviour or a huge allocation. Each input goes the ways a picture goes:
//  1. imported as a photo (sniffed, its header's size and structure checked, decoded,
//     turned upright by its EXIF orientation, a JPEG preview made), as the photo picker
//     and the texture cache do for a bundle's pictures;
//  2. measured from its header for a PDF page (the reports' and newspaper's pictures)
//     and for the gallery's page.
// The limits are smaller than the app's (a 4 megapixel photo, not 50) so that an input
// runs in milliseconds; the checks they drive are the same.
// Seeds (tests/fuzz/image_corpus/): logo.jpg, logo.png and not-a-photo.gif are the Python
// logo from CPython's test data (Lib/test/test_email/data, PSF licence); portrait-exif6.jpg
// is logo.jpg with an EXIF block saying "turn 90 degrees clockwise"; cut-short.* are the
// first part of each, as a copy interrupted by a pulled stick leaves them;
// stb-dc-overflow-*.jpg are this target's third finding in stb_image (docs/reliability.md),
// kept so every run tries them on the decoder that replaced it.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/publish/pdf_picture.hpp"
#include "core/publish/picture_size.hpp"
#include "platform/image_structure.hpp"
#include "platform/photo_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oogst;
    using namespace oogst::platform;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const ImageFormat format = sniff_image_format(bytes);
    (void)is_complete_image(bytes, format);
    (void)jpeg_exif_orientation(bytes);
    PhotoLimits limits;
    limits.max_side = 4096;
    limits.max_pixels = 4'000'000;
    limits.preview_side = 256;
    (void)import_photo_bytes(bytes, limits);

    for (const char* type : {"image/jpeg", "image/png"}) {
        DocPicture picture;
        picture.image = bytes;
        picture.media_type = type;
        (void)picture_height(picture, 100.0);
    }
    (void)jpeg_size(bytes);
    (void)png_size(bytes);
    return 0;
}
