#include "app/table/photo/photo_places.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <system_error>

namespace oogst::app {
namespace {

namespace fs = std::filesystem;

bool is_folder(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

// Whether something is mounted at path (it lies on another device than its parent).
bool is_mount_point(const fs::path& path) {
    struct stat here {}, parent {};
    if (stat(path.c_str(), &here) != 0 || stat(path.parent_path().c_str(), &parent) != 0) return false;
    return here.st_dev != parent.st_dev;
}

// Each mounted volume under base: base/USER/NAME as desktop Linux (udisks) mounts
// removable media, or base/NAME where a volume is mounted one level up (usbmount).
void add_mounted_volumes(const fs::path& base, std::vector<PhotoPlace>& places) {
    std::error_code error;
    std::vector<fs::path> volumes;
    for (fs::directory_iterator entry(base, fs::directory_options::skip_permission_denied, error), end;
         !error && entry != end; entry.increment(error)) {
        if (!is_folder(entry->path())) continue;
        if (is_mount_point(entry->path())) {
            volumes.push_back(entry->path());
            continue;
        }
        std::error_code inner;
        for (fs::directory_iterator volume(entry->path(), fs::directory_options::skip_permission_denied, inner);
             !inner && volume != fs::directory_iterator(); volume.increment(inner))
            if (is_folder(volume->path())) volumes.push_back(volume->path());
    }
    std::sort(volumes.begin(), volumes.end());
    for (const fs::path& volume : volumes) places.push_back({PhotoPlace::Kind::removable, volume, volume.filename().string()});
}

// The pictures folder the desktop names in ~/.config/user-dirs.dirs (XDG_PICTURES_DIR),
// which is "Afbeeldingen" or "Images" on a Dutch or French system.
std::optional<fs::path> xdg_pictures_folder(const fs::path& home) {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const fs::path file = (config && *config ? fs::path(config) : home / ".config") / "user-dirs.dirs";
    std::ifstream in(file);
    std::string line;
    const std::string prefix = "XDG_PICTURES_DIR=\"";
    while (std::getline(in, line)) {
        if (line.rfind(prefix, 0) != 0 || line.size() < prefix.size() + 1 || line.back() != '"') continue;
        std::string value = line.substr(prefix.size(), line.size() - prefix.size() - 1);
        if (value.rfind("$HOME", 0) == 0) return home / fs::path(value.substr(5)).relative_path();
        if (!value.empty() && value.front() == '/') return fs::path(value);
    }
    return std::nullopt;
}

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

void add_chosen_place(const char* variable, std::vector<PhotoPlace>& places) {
    if (const char* chosen = std::getenv(variable); chosen && *chosen && is_folder(chosen)) {
        fs::path root = fs::path(chosen).lexically_normal();
        if (!root.has_filename() && root.has_relative_path()) root = root.parent_path();  // "photos/" → "photos"
        places.push_back({PhotoPlace::Kind::chosen, root, root.filename().string()});
    }
}

std::vector<PhotoPlace> each_place_once(std::vector<PhotoPlace> places) {
    std::set<fs::path> seen;
    std::vector<PhotoPlace> unique;
    for (PhotoPlace& place : places) {
        std::error_code error;
        const fs::path canonical = fs::canonical(place.root, error);
        if (seen.insert(error ? place.root : canonical).second) unique.push_back(std::move(place));
    }
    return unique;
}

std::vector<PhotoPlace> find_photo_places() {
    std::vector<PhotoPlace> places;
    add_chosen_place("OOGST_PHOTOS", places);
    add_mounted_volumes("/media", places);
    add_mounted_volumes("/run/media", places);
    if (const char* home = std::getenv("HOME"); home && *home) {
        std::vector<fs::path> candidates;
        if (auto xdg = xdg_pictures_folder(home)) candidates.push_back(*xdg);
        for (const char* name : {"Pictures", "Afbeeldingen", "Images"}) candidates.push_back(fs::path(home) / name);
        for (const fs::path& folder : candidates)
            if (is_folder(folder) && fs::path(folder).lexically_normal() != fs::path(home).lexically_normal())
                places.push_back({PhotoPlace::Kind::pictures, folder, folder.filename().string()});
    }
    return each_place_once(std::move(places));
}

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

bool is_inside(const fs::path& folder, const fs::path& root) {
    const fs::path relative = folder.lexically_normal().lexically_relative(root.lexically_normal());
    if (relative.empty()) return false;
    return relative == "." || *relative.begin() != "..";
}

}  // namespace oogst::app
