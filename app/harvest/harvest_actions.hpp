#pragma once
// What the Harvest screen does on a device, without drawing: how much of this device's
// work the facilitator has acknowledged, joining a workshop from a join file, and
// writing a bundle to a USB stick. Tests call these directly as well as through the UI.
#include <cstdint>
#include <filesystem>
#include <string>

#include "app/harvest/harvest_job.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Where this device stands with the facilitator.
struct HarvestStanding {
    bool joined = false;                // the store holds a workshop's keys from a join file
    bool facilitator = false;           // ... with the secret key: this is the facilitator's machine
    std::string workshop_name;
    std::string hub;                    // the hub the join file named; empty: none
    std::uint64_t own = 0;              // operations this device made (its last sequence)
    std::uint64_t acknowledged = 0;     // 1..acknowledged are confirmed by the facilitator
    std::uint64_t waiting_captures = 0; // notes, drawings and photos among the rest
    std::string table;                  // the table most of this device's captures were made at

    std::uint64_t waiting() const { return own > acknowledged ? own - acknowledged : 0; }
    bool all_received() const { return own > 0 && acknowledged >= own; }
};

// Reads the standing from the store: the counts from SQLite, the table and the waiting
// captures from this device's own operations. Those are decoded again only when the
// counts differ from the previous standing's, so a screen may call this every second.
HarvestStanding read_standing(const Store& store, const HarvestStanding* previous = nullptr);

// "<workshop>-<table or device>-<date>", safe as a file name on any stick.
std::string bundle_file_stem(const HarvestStanding& standing, const std::string& device_id,
                             std::int64_t now_ms);

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
};

// The phases of an export, for the words under the progress bar.
enum ExportPhase { export_preparing = 0, export_writing = 1 };

// On a job's thread: opens its own connection to the device store in store_folder,
// makes a sealed bundle of everything or only of what the facilitator has not
// acknowledged, and writes it durably to folder/stem.oogst (stem-2.oogst, … when taken).
// Writes nothing when only what is new was asked and nothing is new.
ExportOutcome export_to_folder(const std::filesystem::path& store_folder, const std::filesystem::path& folder,
                               const std::string& stem, bool everything, JobProgress& progress);

}  // namespace oogst::app
