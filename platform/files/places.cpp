#include "platform/files/places.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <system_error>

namespace oogst::platform {
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
void add_mounted_volumes(const fs::path& base, std::vector<Place>& places) {
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
    for (const fs::path& volume : volumes) places.push_back({Place::Kind::removable, volume, volume.filename().string()});
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

}  // namespace

void add_chosen_place(const char* variable, std::vector<Place>& places) {
    if (const char* chosen = std::getenv(variable); chosen && *chosen && is_folder(chosen)) {
        fs::path root = fs::path(chosen).lexically_normal();
        if (!root.has_filename() && root.has_relative_path()) root = root.parent_path();  // "photos/" → "photos"
        places.push_back({Place::Kind::chosen, root, root.filename().string()});
    }
}

std::vector<Place> each_place_once(std::vector<Place> places) {
    std::set<fs::path> seen;
    std::vector<Place> unique;
    for (Place& place : places) {
        std::error_code error;
        const fs::path canonical = fs::canonical(place.root, error);
        if (seen.insert(error ? place.root : canonical).second) unique.push_back(std::move(place));
    }
    return unique;
}

std::vector<Place> find_photo_places() {
    std::vector<Place> places;
    add_chosen_place("OOGST_PHOTOS", places);
    add_mounted_volumes("/media", places);
    add_mounted_volumes("/run/media", places);
    if (const char* home = std::getenv("HOME"); home && *home) {
        std::vector<fs::path> candidates;
        if (auto xdg = xdg_pictures_folder(home)) candidates.push_back(*xdg);
        for (const char* name : {"Pictures", "Afbeeldingen", "Images"}) candidates.push_back(fs::path(home) / name);
        for (const fs::path& folder : candidates)
            if (is_folder(folder) && fs::path(folder).lexically_normal() != fs::path(home).lexically_normal())
                places.push_back({Place::Kind::pictures, folder, folder.filename().string()});
    }
    return each_place_once(std::move(places));
}

std::vector<Place> find_stick_places() {
    std::vector<Place> places;
    add_chosen_place("OOGST_USB", places);
    // The sticks of the photo places; its other places ($OOGST_PHOTOS, the pictures
    // folder) are not where bundles travel.
    for (Place& place : find_photo_places())
        if (place.kind == Place::Kind::removable) places.push_back(std::move(place));
    return each_place_once(std::move(places));
}

bool is_inside(const fs::path& folder, const fs::path& root) {
    const fs::path relative = folder.lexically_normal().lexically_relative(root.lexically_normal());
    if (relative.empty()) return false;
    return relative == "." || *relative.begin() != "..";
}

}  // namespace oogst::platform
