#include "app/harvest/harvest_actions.hpp"

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/harvest/harvest_standing.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "platform/files/durable_file.hpp"

namespace oogst::app {

std::string join_from_file(Store& store, const std::filesystem::path& file) {
    const std::string bytes = platform::read_whole_file(file, max_join_file_bytes);
    const JoinFile join = decode_join_file(bytes);
    join_workshop(store, join);
    return join.workshop_name;
}

std::string join_file_workshop(const std::filesystem::path& file) {
    try {
        return decode_join_file(platform::read_whole_file(file, max_join_file_bytes)).workshop_name;
    } catch (const std::exception&) {
        return {};  // tapping it says why it cannot be used
    }
}

ExportOutcome export_to_folder(const std::filesystem::path& store_folder, const std::filesystem::path& folder,
                               const std::string& stem, bool everything, JobProgress& progress) {
    progress.phase = export_preparing;
    progress.total = 2;
    // The job's own connection: the frame keeps drawing from its Store meanwhile.
    Store device = Store::open(store_folder);
    // Receipts the facilitator left on this stick make "only what is new" exact.
    take_receipts(device, folder);
    ExportOutcome outcome;
    const ExportChoice choice = everything ? ExportChoice{} : only_unacknowledged(device);
    const ExportedBundle bundle = export_bundle_with_summary(device, choice);
    // Decided on what the bundle holds: a bundle with changes never takes the note's name.
    if (!everything && bundle.header.operation_count == 0) {
        outcome.standing_note = standing_note_in(folder, read_standing(device), device.device().id);
        platform::write_file_durably(outcome.standing_note, bundle.bytes);
        return outcome;
    }
    progress.done = 1;
    progress.phase = export_writing;
    const std::filesystem::path file = free_file_name(folder, stem, bundle_extension);
    platform::write_file_durably(file, bundle.bytes);
    progress.done = 2;
    outcome.file = file;
    outcome.operations = bundle.header.operation_count;
    outcome.blobs = bundle.header.blob_count;
    outcome.bytes = bundle.bytes.size();
    return outcome;
}

}  // namespace oogst::app
