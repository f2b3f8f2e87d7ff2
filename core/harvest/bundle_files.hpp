#pragma once
// Bundles and join files as files on a stick: the one rule that names a device's bundle
// (never over an earlier one), and the one search that finds them in a folder. The
// Harvest screen, the facilitator's desk and the command line all go through these.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/harvest/harvest_standing.hpp"

namespace oogst {

// How far a search goes.
struct FileSearch {
    int depth = 64;  // folder levels below the one searched (0: only the folder itself)
    std::size_t limit = std::numeric_limits<std::size_t>::max();        // files to find at most
    std::size_t max_visited = std::numeric_limits<std::size_t>::max();  // entries to look at at most
};

struct FoundFiles {
    std::vector<std::filesystem::path> files;  // sorted by path
    std::string problem;  // why some files may be missing (a failing stick); empty when none
};

// Files below folder whose name ends in extension (".oogst"), hidden files and folders
// left out (macOS's ._ companions, .Trashes).
FoundFiles find_files_below(const std::filesystem::path& folder, std::string_view extension,
                            const FileSearch& search = {});

// Text as part of a file name that every stick's file system takes: lower case, words
// joined by '-', no characters FAT refuses ("Tafel 3: De Kring" -> "tafel-3-de-kring").
std::string file_name_part(std::string_view text);

// folder/stem + extension, or folder/stem-2 + extension (-3, …) when that name is taken:
// an earlier file on the same stick is never overwritten.
std::filesystem::path free_file_name(const std::filesystem::path& folder, const std::string& stem,
                                     std::string_view extension);

// "<workshop>-<table or device>-<date>", safe as a file name on any stick: says whose
// bundle it is on a stick full of them.
std::string bundle_file_stem(const HarvestStanding& standing, const std::string& device_id, std::int64_t now_ms);

// Where a device's new bundle goes in folder: its stem, made free.
std::filesystem::path bundle_file_in(const std::filesystem::path& folder, const HarvestStanding& standing,
                                     const std::string& device_id, std::int64_t now_ms);

// Where a device with nothing new leaves its standing note: a bundle without changes
// that says how far the device has come (made_through), so a facilitator whose store
// lost work (put back from a backup, a second laptop) sees the gap and its receipt
// makes the device send that work again. "<workshop>-<table>-standing-<device>.oogst":
// a name only this device makes, so its next note replaces the last and a stick does
// not fill with them.
std::filesystem::path standing_note_in(const std::filesystem::path& folder, const HarvestStanding& standing,
                                       const std::string& device_id);

}  // namespace oogst
