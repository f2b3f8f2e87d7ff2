#pragma once
// Places on this machine where files come and go: a USB stick or camera card mounted
// under /media or /run/media, the device's own pictures folder, and a folder chosen for
// this device through an environment variable ($OOGST_PHOTOS for the photo picker,
// $OOGST_USB for the harvest, and the tests). Plain filesystem work, no drawing.
#include <filesystem>
#include <string>
#include <vector>

namespace oogst::platform {

struct Place {
    enum class Kind {
        chosen,     // named by an environment variable
        removable,  // a mounted USB stick or camera card (/media/USER/NAME, /run/media/USER/NAME)
        pictures,   // the device's own pictures folder
    };
    Kind kind = Kind::chosen;
    std::filesystem::path root;
    std::string name;  // the folder's or volume's own name
};

// Where photos can be: $OOGST_PHOTOS, the mounted sticks and cards, the pictures
// folder; each once, in that order.
std::vector<Place> find_photo_places();
// Where bundles and join files travel: $OOGST_USB, then each mounted stick; each once.
std::vector<Place> find_stick_places();
// The folder named by an environment variable, when it exists.
void add_chosen_place(const char* variable, std::vector<Place>& places);
// One entry per folder, however it was reached (a link, a trailing slash).
std::vector<Place> each_place_once(std::vector<Place> places);

// Whether folder is root or lies inside it (a picker never goes above a place's root).
bool is_inside(const std::filesystem::path& folder, const std::filesystem::path& root);

}  // namespace oogst::platform
