#pragma once
// Bringing a photo from a camera card or USB stick into Oogst: the file is checked
// (size, JPEG or PNG by its first bytes, dimensions from the header before anything is
// decoded, whole and not cut short), decoded once, and a downscaled JPEG preview made
// for display. The original bytes are kept as they are, for the harvest.
//
// A photo that cannot be used is a value, not an exception: the picker shows a
// sentence for each problem and stores nothing.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "platform/image_codec.hpp"

namespace oogst::platform {

enum class PhotoProblem {
    not_an_image,  // not a JPEG or PNG (a text file renamed .jpg, a video, an empty file)
    too_large,     // more pixels than the limits allow; never decoded
    truncated,     // a JPEG or PNG cut short (a copy interrupted, a stick pulled out)
    unreadable,    // the file cannot be read, or the decoder refuses it
    file_too_big,  // more bytes than the limit; never read
};

struct PhotoLimits {
    std::uintmax_t max_file_bytes = 40u << 20;
    int max_side = 16000;  // a panorama may be wide, but not endless
    std::int64_t max_pixels = 50'000'000;
    int preview_side = 1280;  // the preview's longest side
    int preview_quality = 85;
};

struct PhotoFailure {
    PhotoProblem problem = PhotoProblem::unreadable;
    std::string detail;             // English, for logs: what exactly was wrong
    ImageSize size;                 // too_large: the size the header claims
    std::uintmax_t file_bytes = 0;  // file_too_big: the file's size
};

// A value or the reason there is none.
template <class T>
class PhotoResult {
public:
    PhotoResult(T value) : result_(std::move(value)) {}
    PhotoResult(PhotoFailure failure) : result_(std::move(failure)) {}

    bool ok() const { return result_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(result_); }
    const T& value() const { return std::get<0>(result_); }
    const PhotoFailure& failure() const { return std::get<1>(result_); }

private:
    std::variant<T, PhotoFailure> result_;
};

// A photo decoded for display: RGB pixels turned upright (EXIF orientation) and fitted
// within the side asked for, and the full photo's upright size.
struct DecodedPhoto {
    Pixels pixels;
    ImageSize full_size;
    ImageFormat format = ImageFormat::unknown;
};

struct ImportedPhoto {
    std::string original;  // the file's bytes, unchanged
    ImageFormat format = ImageFormat::unknown;
    ImageSize size;         // the photo's upright size
    std::string preview;    // JPEG, upright, at most limits.preview_side on its longest side
    ImageSize preview_size;

    const char* original_media_type() const { return media_type(format); }
};

// The file's bytes, refused when larger than limits.max_file_bytes or unreadable.
PhotoResult<std::string> read_photo_file(const std::filesystem::path& file, const PhotoLimits& limits = {});

// Checks bytes and decodes them fitted within max_side (0: full size).
PhotoResult<DecodedPhoto> decode_photo(std::string_view bytes, int max_side, const PhotoLimits& limits = {});

// Reads, checks and decodes a photo file and makes its preview.
PhotoResult<ImportedPhoto> import_photo(const std::filesystem::path& file, const PhotoLimits& limits = {});
PhotoResult<ImportedPhoto> import_photo_bytes(std::string bytes, const PhotoLimits& limits = {});

}  // namespace oogst::platform
