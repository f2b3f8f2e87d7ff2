#include "platform/photo_import.hpp"

#include <exception>
#include <fstream>
#include <system_error>

#include "platform/image_structure.hpp"

namespace oogst::platform {
namespace {

PhotoFailure failure(PhotoProblem problem, std::string detail) { return {problem, std::move(detail), {}, 0}; }

std::string size_text(ImageSize size) { return std::to_string(size.width) + " x " + std::to_string(size.height); }

}  // namespace

PhotoResult<std::string> read_photo_file(const std::filesystem::path& file, const PhotoLimits& limits) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        return failure(PhotoProblem::unreadable, file.string() + " is not a file" +
                                                     (error ? ": " + error.message() : std::string()));
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error) return failure(PhotoProblem::unreadable, "cannot read the size of " + file.string() + ": " + error.message());
    if (size > limits.max_file_bytes) {
        PhotoFailure too_big = failure(PhotoProblem::file_too_big, file.string() + " has " + std::to_string(size) +
                                                                       " bytes, more than " +
                                                                       std::to_string(limits.max_file_bytes));
        too_big.file_bytes = size;
        return too_big;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return failure(PhotoProblem::unreadable, "cannot open " + file.string());
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    // A file that shrank since its size was read (a camera still writing) is read as far
    // as it goes; the structure check then calls it truncated.
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return failure(PhotoProblem::unreadable, "cannot read " + file.string());
    return bytes;
}

PhotoResult<DecodedPhoto> decode_photo(std::string_view bytes, int max_side, const PhotoLimits& limits) {
    const ImageFormat format = sniff_image_format(bytes);
    if (format == ImageFormat::unknown) return failure(PhotoProblem::not_an_image, "neither a JPEG nor a PNG");
    const bool complete = is_complete_image(bytes, format);

    // The header's size first: a photo too large to decode safely is never decoded.
    const std::optional<ImageSize> stored = read_image_size(bytes);
    if (!stored) {
        if (!complete) return failure(PhotoProblem::truncated, "the file ends inside its header");
        return failure(PhotoProblem::unreadable, "the header cannot be read");
    }
    if (stored->width > limits.max_side || stored->height > limits.max_side ||
        std::int64_t{stored->width} * stored->height > limits.max_pixels) {
        PhotoFailure large = failure(PhotoProblem::too_large, size_text(*stored) + " pixels is more than the limit");
        large.size = *stored;
        return large;
    }
    if (!complete) return failure(PhotoProblem::truncated, "the file ends before the end of the image");

    std::string why;
    std::optional<Pixels> pixels;
    try {
        pixels = decode_rgb(bytes, max_side, &why);
    } catch (const std::exception& error) {  // out of memory, or the scaler gave up
        why = error.what();
    }
    if (!pixels) return failure(PhotoProblem::unreadable, "the decoder refused it: " + why);
    const int orientation = format == ImageFormat::jpeg ? jpeg_exif_orientation(bytes) : 1;
    DecodedPhoto photo;
    photo.pixels = apply_orientation(*pixels, orientation);
    photo.full_size = oriented_size(*stored, orientation);
    photo.format = format;
    return photo;
}

PhotoResult<ImportedPhoto> import_photo_bytes(std::string bytes, const PhotoLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) {
        PhotoFailure too_big = failure(PhotoProblem::file_too_big, std::to_string(bytes.size()) + " bytes");
        too_big.file_bytes = bytes.size();
        return too_big;
    }
    PhotoResult<DecodedPhoto> decoded = decode_photo(bytes, limits.preview_side, limits);
    if (!decoded) return decoded.failure();
    ImportedPhoto photo;
    photo.format = decoded.value().format;
    photo.size = decoded.value().full_size;
    try {
        photo.preview = encode_jpeg(decoded.value().pixels, limits.preview_quality);
    } catch (const std::exception& error) {
        return failure(PhotoProblem::unreadable, std::string("the preview could not be made: ") + error.what());
    }
    photo.preview_size = {decoded.value().pixels.width, decoded.value().pixels.height};
    photo.original = std::move(bytes);
    return photo;
}

PhotoResult<ImportedPhoto> import_photo(const std::filesystem::path& file, const PhotoLimits& limits) {
    PhotoResult<std::string> bytes = read_photo_file(file, limits);
    if (!bytes) return bytes.failure();
    return import_photo_bytes(std::move(bytes.value()), limits);
}

}  // namespace oogst::platform
