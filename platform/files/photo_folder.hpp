#pragma once
// What a folder holds for a photo picker: its subfolders and its photos, in the order
// people count (IMG_2 before IMG_10). Plain filesystem work, no drawing.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace oogst::platform {

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

// Subfolders and photos, hidden ones left out, in natural order.
FolderListing list_photo_folder(const std::filesystem::path& folder);

// Whether a file name ends in .jpg, .jpeg or .png, in any case.
bool has_photo_extension(const std::string& name);

}  // namespace oogst::platform
