#include "platform/jpeg_decoder.hpp"

#include <algorithm>
#include <csetjmp>
#include <cstdio>  // jpeglib.h needs FILE declared first
#include <new>
#include <vector>

#include <jpeglib.h>

namespace oogst::platform {
namespace {

// A progressive JPEG may hold any number of scans, each a pass over the whole image;
// cameras write at most a dozen. libjpeg-turbo's own tools stop at 500 when fuzzed.
constexpr int most_scans = 500;

// libjpeg reports errors by calling error_exit, which must not return: it jumps back
// to the decode, which then tidies up. No C++ object with a destructor lives between
// the setjmp and any call into libjpeg, so the jump skips nothing that needs one.
struct Failure {
    jpeg_error_mgr manager;
    std::jmp_buf back;
    char words[JMSG_LENGTH_MAX];
};

void on_error(j_common_ptr info) {
    auto* failure = reinterpret_cast<Failure*>(info->err);
    info->err->format_message(info, failure->words);
    std::longjmp(failure->back, 1);
}

// Warnings (a damaged stretch of data, shown grey) are not printed: the decode goes on.
void on_message(j_common_ptr) {}

void on_progress(j_common_ptr info) {
    const auto* decoding = reinterpret_cast<j_decompress_ptr>(info);
    if (decoding->input_scan_number > most_scans) {
        auto* failure = reinterpret_cast<Failure*>(info->err);
        std::snprintf(failure->words, sizeof failure->words, "the JPEG has more than %d scans", most_scans);
        std::longjmp(failure->back, 1);
    }
}

// The decoding state, with its error handling wired; the caller sets the jump point.
struct Decoding {
    jpeg_decompress_struct info{};
    Failure failure{};
    jpeg_progress_mgr progress{};
};

// Called after the jump point is set: creating the state and an empty source already
// report through error_exit.
void start(Decoding& d, std::string_view bytes) {
    jpeg_create_decompress(&d.info);
    d.progress.progress_monitor = on_progress;
    d.info.progress = &d.progress;
    jpeg_mem_src(&d.info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
}

// The smallest DCT scale (n/8) whose output still covers the size fitted to max_side.
unsigned scale_eighths(unsigned width, unsigned height, int max_side) {
    const unsigned longest = std::max(width, height);
    if (max_side <= 0 || longest <= static_cast<unsigned>(max_side)) return 8;
    for (unsigned eighths = 1; eighths < 8; ++eighths)
        // The exact scaled side, not libjpeg's rounded-up one: both sides stay at least
        // what fitted_size asks.
        if (std::uint64_t{longest} * eighths >= std::uint64_t{8} * static_cast<unsigned>(max_side)) return eighths;
    return 8;
}

// CMYK as Photoshop writes it (an Adobe marker: the values are stored inverted) or as
// other tools do, laid on white paper as RGB.
void cmyk_to_rgb(std::vector<std::uint8_t>& cmyk, std::vector<std::uint8_t>& rgb, bool inverted) {
    const std::size_t count = cmyk.size() / 4;
    rgb.resize(count * 3);
    for (std::size_t i = 0; i < count; ++i) {
        const unsigned k = inverted ? cmyk[i * 4 + 3] : 255u - cmyk[i * 4 + 3];
        for (int c = 0; c < 3; ++c) {
            const unsigned ink = inverted ? cmyk[i * 4 + c] : 255u - cmyk[i * 4 + c];
            rgb[i * 3 + c] = static_cast<std::uint8_t>((ink * k + 127) / 255);
        }
    }
}

bool too_large(std::string_view bytes) { return bytes.size() > 0x7fffffffu; }

// The most pixels a decode may produce: far past any camera, short of what a forged
// header could claim.
constexpr std::size_t most_output_bytes = std::size_t{1} << 30;

// What a decode produced besides its pixels.
struct Decoded {
    ImageSize size;
    bool cmyk = false;
    bool inverted = false;
};

// The part that calls libjpeg, where error_exit jumps back to. Its own locals are plain
// values set before the jump point and only read after; the pixels go to a buffer
// owned by the caller, so no object with a destructor is left in doubt by a jump.
bool run(Decoding& d, std::string_view bytes, bool whole, int max_side, std::vector<std::uint8_t>& pixels,
         Decoded& out) {
    d.info.err = jpeg_std_error(&d.failure.manager);
    d.failure.manager.error_exit = on_error;
    d.failure.manager.output_message = on_message;
    d.failure.words[0] = '\0';
    if (setjmp(d.failure.back)) {
        jpeg_destroy_decompress(&d.info);
        return false;
    }
    start(d, bytes);
    jpeg_read_header(&d.info, TRUE);
    out.size = {static_cast<int>(d.info.image_width), static_cast<int>(d.info.image_height)};
    if (!whole) {
        jpeg_destroy_decompress(&d.info);
        return true;
    }
    out.cmyk = d.info.jpeg_color_space == JCS_CMYK || d.info.jpeg_color_space == JCS_YCCK;
    d.info.out_color_space = out.cmyk ? JCS_CMYK : JCS_RGB;
    d.info.scale_num = scale_eighths(d.info.image_width, d.info.image_height, max_side);
    d.info.scale_denom = 8;
    // What a whole-image coefficient buffer (progressive or multi-scan) takes: 2 bytes
    // per coefficient, components up to 4, and room for the tables. More is refused.
    d.info.mem->max_memory_to_use =
        static_cast<long>(std::size_t{d.info.image_width} * d.info.image_height * 8 + (std::size_t{16} << 20));
    jpeg_calc_output_dimensions(&d.info);
    const std::size_t row_bytes = std::size_t{d.info.output_width} * static_cast<std::size_t>(d.info.out_color_components);
    if (row_bytes * d.info.output_height > most_output_bytes) {
        std::snprintf(d.failure.words, sizeof d.failure.words, "the JPEG claims %u x %u pixels", d.info.image_width,
                      d.info.image_height);
        jpeg_destroy_decompress(&d.info);
        return false;
    }
    try {
        pixels.resize(row_bytes * d.info.output_height);
    } catch (const std::bad_alloc&) {
        std::snprintf(d.failure.words, sizeof d.failure.words, "no memory for %u x %u pixels", d.info.output_width,
                      d.info.output_height);
        jpeg_destroy_decompress(&d.info);
        return false;
    }
    jpeg_start_decompress(&d.info);
    while (d.info.output_scanline < d.info.output_height) {
        JSAMPROW row = pixels.data() + std::size_t{d.info.output_scanline} * row_bytes;
        jpeg_read_scanlines(&d.info, &row, 1);
    }
    out.size = {static_cast<int>(d.info.output_width), static_cast<int>(d.info.output_height)};
    out.inverted = d.info.saw_Adobe_marker;
    jpeg_finish_decompress(&d.info);
    jpeg_destroy_decompress(&d.info);
    return true;
}

}  // namespace

std::optional<ImageSize> read_jpeg_size(std::string_view bytes, std::string* failure) {
    if (too_large(bytes)) return std::nullopt;
    Decoding d;
    std::vector<std::uint8_t> none;
    Decoded decoded;
    if (!run(d, bytes, false, 0, none, decoded)) {
        if (failure) *failure = d.failure.words;
        return std::nullopt;
    }
    if (decoded.size.width <= 0 || decoded.size.height <= 0) return std::nullopt;
    return decoded.size;
}

std::optional<Pixels> decode_jpeg(std::string_view bytes, int max_side, std::string* failure) {
    if (too_large(bytes)) return std::nullopt;
    Decoding d;
    std::vector<std::uint8_t> pixels;
    Decoded decoded;
    if (!run(d, bytes, true, max_side, pixels, decoded)) {
        if (failure) *failure = d.failure.words;
        return std::nullopt;
    }
    Pixels image;
    image.width = decoded.size.width;
    image.height = decoded.size.height;
    image.channels = 3;
    if (decoded.cmyk) cmyk_to_rgb(pixels, image.data, decoded.inverted);
    else image.data = std::move(pixels);
    return image;
}

}  // namespace oogst::platform
