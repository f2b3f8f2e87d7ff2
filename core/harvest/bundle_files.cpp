#include "core/harvest/bundle_files.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <system_error>

#include "core/harvest/bundle.hpp"

namespace oogst {
namespace {

namespace fs = std::filesystem;

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::string local_date(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

}  // namespace

FoundFiles find_files_below(const fs::path& folder, std::string_view extension, const FileSearch& search) {
    FoundFiles found;
    std::error_code error;
    fs::recursive_directory_iterator entry(folder, fs::directory_options::skip_permission_denied, error);
    std::size_t visited = 0;
    for (; !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
        if (found.files.size() >= search.limit) break;
        if (++visited > search.max_visited) {
            found.problem = "the folder " + folder.string() + " holds too many files to look through them all";
            break;
        }
        const std::string name = entry->path().filename().string();
        std::error_code kind;
        if (name.empty() || name.front() == '.') {  // hidden, and macOS's ._ companions and .Trashes
            if (entry->is_directory(kind)) entry.disable_recursion_pending();
            continue;
        }
        if (entry->is_directory(kind)) {
            if (entry.depth() >= search.depth) entry.disable_recursion_pending();
            continue;
        }
        if (ends_with(name, extension) && entry->is_regular_file(kind)) found.files.push_back(entry->path());
    }
    if (error && found.problem.empty())
        found.problem = "the folder " + folder.string() + " could not be read to the end (" + error.message() + ")";
    std::sort(found.files.begin(), found.files.end());
    return found;
}

fs::path bundle_file_in(const fs::path& folder, const HarvestStanding& standing, const std::string& device_id,
                        std::int64_t now_ms) {
    return free_file_name(folder, bundle_file_stem(standing, device_id, now_ms), bundle_extension);
}

fs::path standing_note_in(const fs::path& folder, const HarvestStanding& standing, const std::string& device_id) {
    std::string workshop = file_name_part(standing.workshop_name);
    if (workshop.empty()) workshop = "oogst";
    std::string who = file_name_part(standing.table);
    const std::string device = file_name_part(device_id.substr(0, 8));
    std::string stem = workshop + "-";
    if (!who.empty()) stem += who + "-";
    stem += "standing-" + (device.empty() ? std::string("device") : device);
    return folder / (stem + std::string(bundle_extension));
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

std::string bundle_file_stem(const HarvestStanding& standing, const std::string& device_id, std::int64_t now_ms) {
    std::string workshop = file_name_part(standing.workshop_name);
    if (workshop.empty()) workshop = "oogst";
    std::string who = file_name_part(standing.table);
    if (who.empty()) who = file_name_part(device_id.substr(0, 8));
    if (who.empty()) who = "device";
    return workshop + "-" + who + "-" + local_date(now_ms);
}

}  // namespace oogst
