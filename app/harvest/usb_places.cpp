#include "app/harvest/usb_places.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace oogst::app {
namespace {

namespace fs = std::filesystem;

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

}  // namespace

std::vector<PhotoPlace> find_usb_places() {
    std::vector<PhotoPlace> places;
    add_chosen_place("OOGST_USB", places);
    // The photo picker already knows where sticks are mounted; its own places
    // ($OOGST_PHOTOS, the pictures folder) are not where bundles travel.
    for (PhotoPlace& place : find_photo_places())
        if (place.kind == PhotoPlace::Kind::removable) places.push_back(std::move(place));
    return each_place_once(std::move(places));
}

void UsbPlaces::refresh(double now, double seconds) {
    if (found_at >= 0 && now - found_at < seconds && now >= found_at) return;
    places = find_usb_places();
    found_at = now;
}

std::vector<fs::path> find_files_below(const fs::path& folder, std::string_view extension, int depth,
                                       std::size_t limit) {
    std::vector<fs::path> found;
    std::error_code error;
    fs::recursive_directory_iterator entry(folder, fs::directory_options::skip_permission_denied, error);
    // A stick can hold thousands of photos: the walk stops after this many entries.
    std::size_t visited = 0;
    constexpr std::size_t max_visited = 20000;
    for (; !error && entry != fs::recursive_directory_iterator() && found.size() < limit && visited < max_visited;
         entry.increment(error)) {
        ++visited;
        const std::string name = entry->path().filename().string();
        std::error_code kind;
        if (name.empty() || name.front() == '.') {  // hidden, and macOS's ._ companions
            if (entry->is_directory(kind)) entry.disable_recursion_pending();
            continue;
        }
        if (entry->is_directory(kind)) {
            if (entry.depth() >= depth) entry.disable_recursion_pending();
            continue;
        }
        if (ends_with(name, extension) && entry->is_regular_file(kind)) found.push_back(entry->path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::string file_name_part(std::string_view text) {
    std::string part;
    bool gap = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
        length = std::min(length, text.size() - i);
        std::string character(text.substr(i, length));
        i += length;
        // Letters and digits stay (accented letters too: FAT's long names are Unicode);
        // spaces, punctuation and typographic quotes, dashes and dots separate words.
        bool keep = length > 1 || std::isalnum(byte);
        if (character == "\u00a0" || character == "\u00b7" || character == "\u00d7" ||
            (length == 3 && byte == 0xE2 && static_cast<unsigned char>(character[1]) == 0x80))  // U+2000-203F
            keep = false;
        if (!keep) {
            gap = !part.empty();
            continue;
        }
        if (gap) part += '-';
        gap = false;
        if (length == 1) {
            part += static_cast<char>(std::tolower(byte));
        } else if (length == 2 && byte == 0xC3 && static_cast<unsigned char>(character[1]) >= 0x80 &&
                   static_cast<unsigned char>(character[1]) <= 0x9E) {
            part += '\xC3';  // À-Þ to à-þ, as the ASCII letters are lowered
            part += static_cast<char>(static_cast<unsigned char>(character[1]) + 0x20);
        } else {
            part += character;
        }
    }
    // FAT allows 255 characters in a name; the three parts share them. Cut at a
    // character boundary, never inside a UTF-8 sequence.
    constexpr std::size_t max_bytes = 60;
    if (part.size() > max_bytes) {
        std::size_t cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(part[cut]) & 0xC0) == 0x80) --cut;
        part.resize(cut);
        while (!part.empty() && part.back() == '-') part.pop_back();
    }
    return part;
}

fs::path free_file_name(const fs::path& folder, const std::string& stem, std::string_view extension) {
    fs::path file = folder / (stem + std::string(extension));
    for (int number = 2;; ++number) {
        std::error_code error;
        // A name that cannot be checked is tried as it is: writing it says what is wrong.
        if (!fs::exists(file, error) || error) return file;
        file = folder / (stem + "-" + std::to_string(number) + std::string(extension));
    }
}

}  // namespace oogst::app
