#pragma once
// What the Harvest screen does on a device, without drawing: joining a workshop from a
// join file, and writing a bundle to a USB stick (where the device stands with the
// facilitator is core's: core/harvest/harvest_standing.hpp). Tests call these directly as well as through the UI.
#include <cstdint>
#include <filesystem>
#include <string>

#include "app/harvest/harvest_job.hpp"
#include "core/harvest/harvest_standing.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Reads a join file and joins its workshop. Throws UserError (or FormatError) with a
// sentence when the file is not a join file or the store belongs to another workshop.
// Returns the workshop's name.
std::string join_from_file(Store& store, const std::filesystem::path& file);

// The name of the workshop a join file is for; empty when the file is not a join file.
std::string join_file_workshop(const std::filesystem::path& file);

// What export_to_folder wrote.
struct ExportOutcome {
    std::filesystem::path file;  // empty: there was nothing new to write
    std::uint64_t operations = 0, blobs = 0, bytes = 0;
    // Nothing new: the standing note left instead (bundle_files.hpp, standing_note_in).
    std::filesystem::path standing_note;
};

// The phases of an export, for the words under the progress bar.
enum ExportPhase { export_preparing = 0, export_writing = 1 };

// On a job's thread: opens its own connection to the device store in store_folder,
// takes in the facilitator's receipts for this device from folder, makes a sealed bundle of everything or only of what the facilitator has not
// acknowledged, and writes it durably to folder/stem.oogst (stem-2.oogst, … when taken).
// When only what is new was asked and nothing is new, writes the device's standing
// note instead (a bundle without changes, replacing its previous note) and no bundle.
ExportOutcome export_to_folder(const std::filesystem::path& store_folder, const std::filesystem::path& folder,
                               const std::string& stem, bool everything, JobProgress& progress);

}  // namespace oogst::app
