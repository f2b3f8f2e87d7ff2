#pragma once
// Where bundles and join files travel: USB sticks mounted on this machine, and
// $OOGST_USB (a folder set up for this device, and for the tests). Plain filesystem
// work, no drawing, so tests can call it directly.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "app/table/photo/photo_places.hpp"

namespace oogst::app {

// $OOGST_USB first (Kind::chosen), then each mounted removable volume, each once.
std::vector<PhotoPlace> find_usb_places();

// The places, looked for again every few seconds while a screen shows them, so a stick
// put in appears by itself.
struct UsbPlaces {
    std::vector<PhotoPlace> places;
    double found_at = -1;  // the UI clock's time of the last look

    void refresh(double now, double seconds);
    void forget() { found_at = -1; }  // the next refresh looks again
};

// Files below folder whose name ends in extension (".oogst"), at most depth folders
// down and at most limit of them, hidden ones left out, sorted by path.
std::vector<std::filesystem::path> find_files_below(const std::filesystem::path& folder,
                                                    std::string_view extension, int depth, std::size_t limit);

// Text as part of a file name that every stick's file system takes: lower case, words
// joined by '-', no characters FAT refuses ("Tafel 3: De Kring" -> "tafel-3-de-kring").
std::string file_name_part(std::string_view text);

// folder/stem + extension, or folder/stem-2 + extension (-3, …) when that name is taken:
// an earlier export on the same stick is never overwritten.
std::filesystem::path free_file_name(const std::filesystem::path& folder, const std::string& stem,
                                     std::string_view extension);

}  // namespace oogst::app
