#include "app/harvest/harvest_actions.hpp"

#include <ctime>
#include <map>

#include "app/harvest/usb_places.hpp"
#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"
#include "platform/files/durable_file.hpp"

namespace oogst::app {
namespace {

// Join files are small (keys, a few templates, the workshop's planned sessions); a
// larger file is not one.
constexpr std::uint64_t max_join_file_bytes = 64ull << 20;

std::string local_date(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

}  // namespace

HarvestStanding read_standing(const Store& store, const HarvestStanding* previous) {
    HarvestStanding standing;
    const WorkshopState& state = store.state();
    if (state.has_workshop()) standing.workshop_name = state.workshop().name;
    if (const auto keys = store.workshop_keys()) {
        standing.joined = true;
        standing.facilitator = keys->is_facilitator();
        standing.hub = keys->hub;
    }
    standing.own = store.own_operation_count();
    standing.acknowledged = store.acknowledged_through();
    if (previous && previous->own == standing.own && previous->acknowledged == standing.acknowledged &&
        previous->joined == standing.joined) {
        standing.waiting_captures = previous->waiting_captures;
        standing.table = previous->table;
        return standing;
    }

    // The table: where most of this device's captures were made. A tablet usually
    // serves one table all evening; the file name then says whose stick it is.
    std::map<std::string, std::size_t> per_session;
    for (const Operation& op : store.own_operations_after(0)) {
        if (op.kind != OperationKind::capture_added) continue;
        try {
            const auto capture = wire::decode<CaptureAdded>(op.payload);
            ++per_session[capture.session_id];
        } catch (const FormatError&) {
            continue;  // the fold refused it too: it counts for nothing
        }
        if (op.id.sequence > standing.acknowledged) ++standing.waiting_captures;
    }
    std::size_t most = 0;
    for (const auto& [session_id, count] : per_session) {
        const SessionSet* session = state.session(session_id);
        if (session && count > most) {
            most = count;
            standing.table = session->table_name;
        }
    }
    return standing;
}

std::string bundle_file_stem(const HarvestStanding& standing, const std::string& device_id, std::int64_t now_ms) {
    std::string workshop = file_name_part(standing.workshop_name);
    if (workshop.empty()) workshop = "oogst";
    std::string who = file_name_part(standing.table);
    if (who.empty()) who = file_name_part(device_id.substr(0, 8));
    if (who.empty()) who = "device";
    return workshop + "-" + who + "-" + local_date(now_ms);
}

std::string join_from_file(Store& store, const std::filesystem::path& file) {
    const std::string bytes = read_whole_file(file, max_join_file_bytes);
    const JoinFile join = decode_join_file(bytes);
    join_workshop(store, join);
    return join.workshop_name;
}

std::string join_file_workshop(const std::filesystem::path& file) {
    try {
        return decode_join_file(read_whole_file(file, max_join_file_bytes)).workshop_name;
    } catch (const std::exception&) {
        return {};  // tapping it says why it cannot be used
    }
}

ExportOutcome export_to_folder(const std::filesystem::path& store_folder, const std::filesystem::path& folder,
                               const std::string& stem, bool everything, JobProgress& progress) {
    progress.phase = export_preparing;
    progress.total = 2;
    // The job's own connection: the frame keeps drawing from its Store meanwhile.
    const Store device = Store::open(store_folder);
    ExportOutcome outcome;
    const ExportChoice choice = everything ? ExportChoice{} : only_unacknowledged(device);
    if (!everything && device.own_operation_count() <= device.acknowledged_through()) return outcome;
    const ExportedBundle bundle = export_bundle_with_summary(device, choice);
    if (!everything && bundle.header.operation_count == 0) return outcome;
    progress.done = 1;
    progress.phase = export_writing;
    const std::filesystem::path file = free_file_name(folder, stem, bundle_extension);
    write_file_durably(file, bundle.bytes);
    progress.done = 2;
    outcome.file = file;
    outcome.operations = bundle.header.operation_count;
    outcome.blobs = bundle.header.blob_count;
    outcome.bytes = bundle.bytes.size();
    return outcome;
}

}  // namespace oogst::app
