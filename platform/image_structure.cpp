#include "platform/image_structure.hpp"

#include <cstdint>
#include <cstring>
#include <optional>
#include <algorithm>

namespace oogst::platform {
namespace {

std::uint8_t byte_at(std::string_view bytes, std::size_t at) { return static_cast<std::uint8_t>(bytes[at]); }

std::uint32_t big_endian_32(std::string_view bytes, std::size_t at) {
    return std::uint32_t{byte_at(bytes, at)} << 24 | std::uint32_t{byte_at(bytes, at + 1)} << 16 |
           std::uint32_t{byte_at(bytes, at + 2)} << 8 | byte_at(bytes, at + 3);
}

bool is_restart_marker(std::uint8_t marker) { return marker >= 0xd0 && marker <= 0xd7; }

// After a start-of-scan header: the entropy-coded data up to the next marker. Inside
// it an FF is followed by 00 (a stuffed FF byte), a restart marker or more FF fill.
// Returns the position of the next marker's FF, or the size when the data runs out.
std::size_t skip_scan(std::string_view bytes, std::size_t at) {
    const std::size_t size = bytes.size();
    while (at < size) {
        const void* found = std::memchr(bytes.data() + at, 0xff, size - at);
        if (!found) return size;
        at = static_cast<std::size_t>(static_cast<const char*>(found) - bytes.data());
        if (at + 1 >= size) return size;
        const std::uint8_t next = byte_at(bytes, at + 1);
        if (next == 0x00 || is_restart_marker(next))
            at += 2;
        else if (next == 0xff)
            at += 1;
        else
            return at;
    }
    return size;
}

// Calls visit(marker, segment_start, segment_length) for each segment of a JPEG until
// visit returns false or the end-of-image marker is reached. Returns true only when the
// end-of-image marker was reached.
template <class Visit>
bool walk_jpeg(std::string_view bytes, Visit&& visit) {
    const std::size_t size = bytes.size();
    if (size < 4 || byte_at(bytes, 0) != 0xff || byte_at(bytes, 1) != 0xd8) return false;
    std::size_t at = 2;
    for (;;) {
        if (at >= size || byte_at(bytes, at) != 0xff) return false;
        while (at < size && byte_at(bytes, at) == 0xff) ++at;  // fill bytes before a marker
        if (at >= size) return false;
        const std::uint8_t marker = byte_at(bytes, at++);
        if (marker == 0xd9) return true;
        if (marker == 0x01 || marker == 0xd8 || is_restart_marker(marker)) continue;  // no length
        if (at + 2 > size) return false;
        const std::size_t length = std::size_t{byte_at(bytes, at)} << 8 | byte_at(bytes, at + 1);
        if (length < 2 || at + length > size) return false;
        if (!visit(marker, at + 2, length - 2)) return false;
        at += length;
        if (marker == 0xda) at = skip_scan(bytes, at);
    }
}

// A reader of the TIFF structure inside an EXIF segment, in its own byte order, that
// answers 0 for anything outside the segment.
struct TiffReader {
    std::string_view tiff;
    bool little_endian = true;

    std::uint32_t read(std::size_t at, int width) const {
        if (at + width > tiff.size()) return 0;
        std::uint32_t value = 0;
        for (int i = 0; i < width; ++i) {
            const std::uint32_t part = static_cast<std::uint8_t>(tiff[at + i]);
            value |= little_endian ? part << (8 * i) : part << (8 * (width - 1 - i));
        }
        return value;
    }
};

int orientation_in_exif(std::string_view segment) {
    static constexpr char exif_header[] = {'E', 'x', 'i', 'f', 0, 0};
    if (segment.size() < sizeof exif_header + 8 || std::memcmp(segment.data(), exif_header, sizeof exif_header) != 0)
        return 0;
    TiffReader reader{segment.substr(sizeof exif_header)};
    if (reader.tiff.substr(0, 2) == "MM")
        reader.little_endian = false;
    else if (reader.tiff.substr(0, 2) != "II")
        return 0;
    if (reader.read(2, 2) != 42) return 0;
    const std::size_t directory = reader.read(4, 4);
    const std::uint32_t entries = reader.read(directory, 2);
    for (std::uint32_t i = 0; i < entries; ++i) {
        const std::size_t entry = directory + 2 + std::size_t{i} * 12;
        if (entry + 12 > reader.tiff.size()) return 0;
        constexpr std::uint32_t orientation_tag = 0x0112, short_type = 3;
        if (reader.read(entry, 2) != orientation_tag) continue;
        if (reader.read(entry + 2, 2) != short_type) return 0;
        const std::uint32_t value = reader.read(entry + 8, 2);
        return value >= 1 && value <= 8 ? static_cast<int>(value) : 0;
    }
    return 0;
}

}  // namespace

bool is_complete_jpeg(std::string_view bytes) {
    return walk_jpeg(bytes, [](std::uint8_t, std::size_t, std::size_t) { return true; });
}

bool is_complete_png(std::string_view bytes) {
    constexpr std::size_t signature = 8;
    std::size_t at = signature;
    while (at + 8 <= bytes.size()) {
        const std::uint32_t length = big_endian_32(bytes, at);
        if (length > 0x7fffffffu) return false;  // the PNG specification's own limit
        const std::string_view type = bytes.substr(at + 4, 4);
        const std::size_t end = at + 8 + std::size_t{length} + 4;  // data, then the CRC
        if (end > bytes.size()) return false;
        if (type == "IEND") return true;
        at = end;
    }
    return false;
}

bool is_complete_image(std::string_view bytes, ImageFormat format) {
    switch (format) {
        case ImageFormat::jpeg: return is_complete_jpeg(bytes);
        case ImageFormat::png: return is_complete_png(bytes);
        case ImageFormat::unknown: break;
    }
    return false;
}

int jpeg_exif_orientation(std::string_view bytes) {
    int orientation = 0;
    walk_jpeg(bytes, [&](std::uint8_t marker, std::size_t start, std::size_t length) {
        constexpr std::uint8_t app1 = 0xe1, start_of_scan = 0xda;
        if (marker == app1 && orientation == 0) orientation = orientation_in_exif(bytes.substr(start, length));
        return marker != start_of_scan;  // the EXIF segment comes before the picture
    });
    return orientation == 0 ? 1 : orientation;
}

ImageSize oriented_size(ImageSize stored, int orientation) {
    if (orientation >= 5 && orientation <= 8) return {stored.height, stored.width};
    return stored;
}

Pixels apply_orientation(const Pixels& stored, int orientation) {
    if (orientation <= 1 || orientation > 8 || stored.empty()) return stored;
    const int w = stored.width, h = stored.height, channels = stored.channels;
    const ImageSize shown = oriented_size({w, h}, orientation);
    Pixels turned;
    turned.width = shown.width;
    turned.height = shown.height;
    turned.channels = channels;
    turned.data.resize(stored.data.size());
    for (int y = 0; y < shown.height; ++y) {
        for (int x = 0; x < shown.width; ++x) {
            // Where the pixel shown at (x, y) is stored.
            int sx = x, sy = y;
            switch (orientation) {
                case 2: sx = w - 1 - x; break;
                case 3: sx = w - 1 - x, sy = h - 1 - y; break;
                case 4: sy = h - 1 - y; break;
                case 5: sx = y, sy = x; break;
                case 6: sx = y, sy = h - 1 - x; break;
                case 7: sx = w - 1 - y, sy = h - 1 - x; break;
                case 8: sx = w - 1 - y, sy = x; break;
            }
            std::memcpy(&turned.data[(static_cast<std::size_t>(y) * shown.width + x) * channels],
                        &stored.data[(static_cast<std::size_t>(sy) * w + sx) * channels], channels);
        }
    }
    return turned;
}

}  // namespace oogst::platform
