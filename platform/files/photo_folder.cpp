#include "platform/files/photo_folder.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <system_error>

namespace oogst::platform {
namespace {

namespace fs = std::filesystem;

// Compares names as people count: runs of digits by their value.
bool natural_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const auto ca = static_cast<unsigned char>(a[i]), cb = static_cast<unsigned char>(b[j]);
        if (std::isdigit(ca) && std::isdigit(cb)) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
            // Without leading zeros, a longer run is a larger number.
            std::size_t si = i, sj = j;
            while (si + 1 < ei && a[si] == '0') ++si;
            while (sj + 1 < ej && b[sj] == '0') ++sj;
            if (ei - si != ej - sj) return ei - si < ej - sj;
            if (const int order = a.compare(si, ei - si, b, sj, ej - sj); order != 0) return order < 0;
            i = ei, j = ej;
            continue;
        }
        const int la = std::tolower(ca), lb = std::tolower(cb);
        if (la != lb) return la < lb;
        ++i, ++j;
    }
    if (a.size() - i != b.size() - j) return a.size() - i < b.size() - j;
    return a < b;
}

std::int64_t modified_time(const fs::path& path) {
    std::error_code error;
    const auto time = fs::last_write_time(path, error);
    if (error) return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

}  // namespace

bool has_photo_extension(const std::string& name) {
    const auto dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0) return false;
    std::string extension = name.substr(dot + 1);
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension == "jpg" || extension == "jpeg" || extension == "png";
}

FolderListing list_photo_folder(const fs::path& folder) {
    FolderListing listing;
    std::error_code error;
    fs::directory_iterator entry(folder, fs::directory_options::skip_permission_denied, error);
    if (error) {
        listing.readable = false;
        return listing;
    }
    for (; entry != fs::directory_iterator(); entry.increment(error)) {
        if (error) {
            listing.readable = false;
            break;
        }
        const std::string name = entry->path().filename().string();
        if (name.empty() || name.front() == '.') continue;  // hidden, and macOS's ._ companions
        std::error_code kind;
        if (entry->is_directory(kind))
            listing.folders.push_back(name);
        else if (entry->is_regular_file(kind) && has_photo_extension(name))
            listing.photos.push_back({name, entry->path(), modified_time(entry->path())});
    }
    std::sort(listing.folders.begin(), listing.folders.end(), natural_less);
    std::sort(listing.photos.begin(), listing.photos.end(),
              [](const PhotoFile& a, const PhotoFile& b) { return natural_less(a.name, b.name); });
    return listing;
}

}  // namespace oogst::platform
