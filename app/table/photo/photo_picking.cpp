#include "app/table/photo/photo_picking.hpp"

#include <system_error>

namespace oogst::app {
namespace {

bool is_folder(const std::filesystem::path& path) {
    std::error_code error;
    return std::filesystem::is_directory(path, error);
}

}  // namespace

void PhotoPicking::start(double now) {
    open = true;
    forget_choice();
    places = platform::find_photo_places();
    places_found_at = now;
    if (choosing_place()) return;
    if (!is_folder(place.root)) {
        // The stick the last photo came from is gone.
        place = {};
        folder.clear();
        listing = {};
        return;
    }
    if (!is_folder(folder) || !platform::is_inside(folder, place.root)) folder = place.root;
    listing = platform::list_photo_folder(folder);  // photos may have been added since
}

void PhotoPicking::refresh_places(double now, double seconds) {
    if (places_found_at >= 0 && now - places_found_at < seconds) return;
    places = platform::find_photo_places();
    places_found_at = now;
}

void PhotoPicking::open_place(const platform::Place& chosen_place) {
    place = chosen_place;
    folder = place.root;
    listing = platform::list_photo_folder(folder);
    forget_choice();
}

void PhotoPicking::open_subfolder(std::string name) {
    // Only names the listing holds: a name cannot lead out of the place.
    bool listed = false;
    for (const std::string& subfolder : listing.folders) listed = listed || subfolder == name;
    if (!listed) return;
    folder /= name;
    listing = platform::list_photo_folder(folder);
}

void PhotoPicking::go_up() {
    forget_choice();
    const std::filesystem::path parent = folder.parent_path();
    if (choosing_place() || folder.lexically_normal() == place.root.lexically_normal() || !platform::is_inside(parent, place.root)) {
        place = {};
        folder.clear();
        listing = {};
        return;
    }
    folder = parent;
    listing = platform::list_photo_folder(folder);
}

void PhotoPicking::choose(const std::filesystem::path& file, platform::ImportedPhoto photo) {
    chosen = file;
    imported = std::make_shared<const platform::ImportedPhoto>(std::move(photo));
}

void PhotoPicking::forget_choice() {
    chosen.clear();
    imported.reset();
}

void PhotoPicking::close() {
    open = false;
    forget_choice();
}

}  // namespace oogst::app
