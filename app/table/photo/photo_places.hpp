#pragma once
// Where the ambassador's photos can be: the starting places the photo picker offers
// (a camera's card or a USB stick, the device's pictures folder) and what a folder in
// one of them holds. Plain filesystem work, no drawing, so tests can call it directly.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace oogst::app {

struct PhotoPlace {
    enum class Kind {
        chosen,     // $OOGST_PHOTOS: a folder set up for this device (and for tests)
        removable,  // a mounted camera card or USB stick (/media/USER/NAME, /run/media/USER/NAME)
        pictures,   // the device's own pictures folder
    };
    Kind kind = Kind::chosen;
    std::filesystem::path root;
    std::string name;  // the folder's or volume's own name
};

// The starting places that exist now, each once, in that order.
std::vector<PhotoPlace> find_photo_places();
// The folder named by an environment variable ($OOGST_PHOTOS, $OOGST_USB), when it exists.
void add_chosen_place(const char* variable, std::vector<PhotoPlace>& places);
// One entry per folder, however it was reached (a link, a trailing slash).
std::vector<PhotoPlace> each_place_once(std::vector<PhotoPlace> places);

struct PhotoFile {
    std::string name;
    std::filesystem::path path;
    std::int64_t modified = 0;  // tells a changed file from the one whose thumbnail is cached
};

struct FolderListing {
    std::vector<std::string> folders;  // subfolder names
    std::vector<PhotoFile> photos;     // .jpg, .jpeg and .png files, whatever their case
    bool readable = true;              // false: the folder could not be listed (a stick pulled out)
};

// Subfolders and photos, hidden ones left out, in natural order (IMG_2 before IMG_10).
FolderListing list_photo_folder(const std::filesystem::path& folder);

// Whether a file name ends in .jpg, .jpeg or .png, in any case.
bool has_photo_extension(const std::string& name);

// Whether folder is root or lies inside it (the picker never goes above a place's root).
bool is_inside(const std::filesystem::path& folder, const std::filesystem::path& root);

}  // namespace oogst::app
