#include "core/harvest/bundle_import.hpp"

#include <algorithm>
#include <fstream>
#include <future>
#include <optional>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/model/ids.hpp"
#include "core/model/operation_check.hpp"
#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

BundleOutcome rejected(BundleOutcome outcome, std::string reason) {
    outcome.result = BundleOutcome::Result::rejected;
    outcome.reason = std::move(reason);
    return outcome;
}

// New operations per session. A capture's later changes count for the session of the
// capture, found in this bundle or, when the store has folded its state, in the state;
// otherwise they are counted under no session ("earlier captures").
std::vector<SessionTally> tally_sessions(const Store& store, const Bundle& bundle, const std::vector<std::size_t>& added) {
    std::unordered_map<std::string, const std::string*> session_of_capture;
    for (const auto& facts : bundle.facts)
        if (facts.adds_capture) session_of_capture.emplace(facts.capture_id, &facts.session_id);
    std::map<std::string, SessionTally> by_session;
    for (const auto i : added) {
        const auto& facts = bundle.facts[i];
        std::string session = facts.session_id;
        if (session.empty() && !facts.capture_id.empty()) {
            if (auto found = session_of_capture.find(facts.capture_id); found != session_of_capture.end()) {
                session = *found->second;
            } else if (store.state_is_folded()) {
                const auto& records = store.state().capture_records();
                if (auto record = records.find(facts.capture_id); record != records.end() && record->second.origin)
                    session = record->second.origin->session_id;
            }
        }
        auto& tally = by_session[session];
        tally.session_id = session;
        ++tally.new_operations;
        if (facts.adds_capture) ++tally.new_captures;
    }
    // A table the store does not know yet is named by the bundle that brings it: so a
    // rehearsed import ('bundle verify'), which folds nothing, names it as the import will.
    std::unordered_map<std::string, std::string> named_in_bundle;
    for (const auto& op : bundle.operations) {
        if (op.kind != OperationKind::session_set) continue;
        try {
            const auto session = wire::decode<SessionSet>(op.payload);
            named_in_bundle[session.id] = session.table_name;
        } catch (const FormatError&) {
            // read_bundle checked every payload; nothing to name it by otherwise
        }
    }
    std::vector<SessionTally> tallies;
    for (auto& [id, tally] : by_session) {
        if (!id.empty()) tally.table_name = store.session_table_name(id);
        if (tally.table_name.empty())
            if (auto named = named_in_bundle.find(id); named != named_in_bundle.end()) tally.table_name = named->second;
        tallies.push_back(std::move(tally));
    }
    std::sort(tallies.begin(), tallies.end(), [](const auto& a, const auto& b) {
        return std::tie(a.table_name, a.session_id) < std::tie(b.table_name, b.session_id);
    });
    return tallies;
}

// Every *.oogst below path, in name order. A folder that cannot be read to the end (a
// failing stick) is reported as a problem, so no bundle is silently left out.
void collect_bundles(const std::filesystem::path& path, std::vector<std::filesystem::path>& found,
                     std::vector<std::string>& problems) {
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
        found.push_back(path);  // a missing or odd file is reported by the import itself
        return;
    }
    FoundFiles inside = find_files_below(path, bundle_extension);
    if (!inside.problem.empty()) problems.push_back(inside.problem + ": bundles in it may be missing from this import");
    found.insert(found.end(), inside.files.begin(), inside.files.end());
}

}  // namespace

std::string read_bundle_file(const std::filesystem::path& file, const WorkshopKeys* keys) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw BundleError(std::filesystem::exists(file, error) ? "this is not a file" : "there is no such file");
    const auto size = std::filesystem::file_size(file, error);
    if (error) throw BundleError("it cannot be read: " + error.message());
    if (size > max_bundle_bytes) throw BundleError("it is larger than Oogst accepts (2 GB)");
    std::ifstream in(file, std::ios::binary);
    std::string bytes(std::min<std::uint64_t>(size, bundle_front_bytes), '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) throw BundleError("it cannot be read");
    check_bundle_front(bytes, size, keys);
    const auto front = bytes.size();
    bytes.resize(size);
    if (!in.read(bytes.data() + front, static_cast<std::streamsize>(size - front))) throw BundleError("it cannot be read");
    return bytes;
}

std::uint64_t MergeReport::new_operations() const {
    std::uint64_t total = 0;
    for (const auto& b : bundles) total += b.new_operations;
    return total;
}

std::uint64_t MergeReport::known_operations() const {
    std::uint64_t total = 0;
    for (const auto& b : bundles) total += b.known_operations;
    return total;
}

std::uint64_t BundleOutcome::refused_operations() const {
    std::uint64_t total = 0;
    for (const auto& refused : refused) total += refused.count;
    return total;
}

std::string gap_sentence(const BundleOutcome& outcome) {
    const std::string range = outcome.missing_from == outcome.missing_through
                                  ? "change " + std::to_string(outcome.missing_from) + " is"
                                  : "changes " + std::to_string(outcome.missing_from) + "-" +
                                        std::to_string(outcome.missing_through) + " are";
    return "this device's earlier work is missing here (its " + range +
           " not in this store): on the device, export everything ('Everything' on its Harvest screen, or "
           "'oogst-cli bundle export --all') and import that bundle";
}

std::uint64_t MergeReport::refused_operations() const {
    std::uint64_t total = 0;
    for (const auto& b : bundles) total += b.refused_operations();
    return total;
}

std::size_t MergeReport::with_gaps() const {
    return static_cast<std::size_t>(std::count_if(bundles.begin(), bundles.end(), [](const auto& b) { return b.has_gap(); }));
}

std::size_t MergeReport::rejected() const {
    return static_cast<std::size_t>(std::count_if(bundles.begin(), bundles.end(), [](const auto& b) {
        return b.result == BundleOutcome::Result::rejected;
    }));
}

namespace {

// What can be done with a bundle without the store: reading, opening, verifying. Safe
// on another thread, so the next bundle is read while this one merges.
struct ReadBundle {
    std::string file_hash;
    bool same_file_as_before = false;  // its hash was in the ledger when reading started
    std::optional<Bundle> bundle;
    std::string problem;  // why it could not be read
};

// File: a std::string_view, or a std::string handed over (then the bundle is opened in
// its memory: read_bundle(std::string&&)).
template <class File>
ReadBundle read_for_import(File&& file, const WorkshopKeys& keys,
                           const std::function<bool(const std::string&)>& imported_before) {
    ReadBundle read;
    read.file_hash = content_hash(file);
    if (imported_before(read.file_hash)) {
        read.same_file_as_before = true;
        return read;
    }
    try {
        read.bundle = read_bundle(std::forward<File>(file), &keys);
    } catch (const UserError& error) {
        read.problem = error.what();
    }
    return read;
}

}  // namespace

std::optional<std::string> refusal_by_store(const Store& facilitator, const Bundle& bundle) {
    const std::string& device = bundle.header.device_id;
    if (const auto key = facilitator.known_device_key(device); key && *key != bundle.header.device_public_key)
        return "this bundle is signed with another key than earlier bundles of the same device: it may not come from "
               "that device";
    if (device == facilitator.device().id) return "this bundle claims to come from this facilitator machine itself";
    std::unordered_set<std::string> carried;
    for (const auto& blob : bundle.blobs) carried.insert(blob.hash);
    // Pictures the device found damaged: their captures come without them.
    for (const auto& hash : bundle.header.damaged_blobs) carried.insert(hash);
    for (std::size_t i = 0; i < bundle.operations.size(); ++i) {
        for (const auto& hash : bundle.facts[i].blobs) {
            if (!carried.count(hash) && !facilitator.has_blob(hash))
                return "a picture that operation " + std::to_string(bundle.operations[i].id.sequence) +
                       " refers to is neither in the bundle nor already imported";
        }
    }
    return std::nullopt;
}

std::vector<std::optional<Refusal>> judge_bundle(const Store& store, const Bundle& bundle) {
    const auto roles = store.device_roles();
    std::set<std::string> facilitators{store.device().id};
    for (const auto& [device, role] : roles)
        if (role == DeviceRole::facilitator) facilitators.insert(device);
    const auto named = roles.find(bundle.header.device_id);
    const DeviceRole role = named == roles.end() ? DeviceRole::member : named->second;
    // Only a member's operations are judged against what the store holds: the state is
    // folded for them, not for a facilitator's laptop or a revoked device.
    static const WorkshopState nothing;
    MemberRights rights(role == DeviceRole::member ? store.state() : nothing, std::move(facilitators),
                        store.workshop_began_ms());
    std::vector<std::optional<Refusal>> refusals(bundle.operations.size());
    bool any = false;
    for (std::size_t i = 0; i < bundle.operations.size(); ++i) {
        refusals[i] = rights.judge(bundle.operations[i], bundle.facts[i], role);
        any = any || refusals[i].has_value();
    }
    if (!any) refusals.clear();
    return refusals;
}

namespace {

// The refused operations that were set aside now, by reason, in the order first met.
std::vector<RefusedChanges> refused_by_reason(const Bundle& bundle, const MergeCounts& counts,
                                              const std::vector<std::optional<Refusal>>& refusals) {
    std::vector<RefusedChanges> grouped;
    for (const std::size_t i : counts.refused) {
        const Refusal why = *refusals[i];
        auto found = std::find_if(grouped.begin(), grouped.end(), [why](const auto& g) { return g.why == why; });
        if (found == grouped.end()) found = grouped.insert(grouped.end(), {why, 0, bundle.operations[i].id.sequence});
        ++found->count;
    }
    return grouped;
}

// What the device made before this bundle and the store still lacks (BundleOutcome).
void note_gap(BundleOutcome& outcome, const Bundle& bundle) {
    const BundleHeader& header = bundle.header;
    const std::uint64_t from = outcome.held_through + 1;
    std::uint64_t through = 0;
    if (!bundle.operations.empty() && header.first_sequence > from) through = header.first_sequence - 1;
    else if (header.made_through >= from) through = header.made_through;
    if (through >= from) {
        outcome.missing_from = from;
        outcome.missing_through = through;
    }
}

BundleOutcome merge_read_bundle(Store& facilitator, ReadBundle read, std::string source,
                                Store::Merge how = Store::Merge::for_real) {
    BundleOutcome outcome;
    outcome.source = std::move(source);
    // The very same file again (a stick imported twice): a file that was merged whole
    // once has nothing new to give.
    const auto known = facilitator.imported_file(read.file_hash);
    if (known || read.same_file_as_before) {
        outcome.result = BundleOutcome::Result::already_imported;
        if (known) {
            outcome.device_id = known->device;
            outcome.known_operations = known->operations;
        }
        outcome.held_through = facilitator.held_through(outcome.device_id);
        return outcome;
    }
    if (!read.bundle) return rejected(outcome, read.problem);
    const Bundle& bundle = *read.bundle;
    outcome.device_id = bundle.header.device_id;
    if (facilitator.bundle_imported(bundle.body_hash)) {
        outcome.result = BundleOutcome::Result::already_imported;
        outcome.known_operations = bundle.operations.size();
        outcome.held_through = facilitator.held_through(outcome.device_id);
        note_gap(outcome, bundle);
        return outcome;
    }
    if (auto refusal = refusal_by_store(facilitator, bundle)) return rejected(outcome, std::move(*refusal));
    MergeCounts counts;
    const auto refusals = judge_bundle(facilitator, bundle);
    try {
        counts = facilitator.merge_bundle(bundle, read.file_hash, refusals, how);
    } catch (const BundleError& error) {
        return rejected(outcome, error.what());
    }
    outcome.result = BundleOutcome::Result::merged;
    outcome.new_operations = counts.new_operations;
    outcome.known_operations = counts.known_operations;
    outcome.new_blobs = counts.new_blobs;
    outcome.held_through = counts.held_through;  // from inside the merge: a rehearsal's is rolled back
    outcome.sessions = tally_sessions(facilitator, bundle, counts.added);
    outcome.refused = refused_by_reason(bundle, counts, refusals);
    if (!counts.damaged.empty())
        outcome.refused.push_back({Refusal::damaged_on_device, counts.damaged.size(), counts.damaged.front()});
    note_gap(outcome, bundle);
    for (const auto& hash : bundle.header.damaged_blobs)
        if (!facilitator.has_blob(hash)) ++outcome.damaged_pictures;
    return outcome;
}

std::optional<WorkshopKeys> facilitator_keys(const Store& store) {
    auto keys = store.workshop_keys();
    if (!keys || !keys->is_facilitator()) return std::nullopt;
    return keys;
}

const char* not_the_facilitator =
    "this store is not the facilitator's: bundles are imported on the machine where the workshop was created";

}  // namespace

BundleOutcome import_bundle(Store& facilitator, std::string_view file, std::string source) {
    const auto keys = facilitator_keys(facilitator);
    if (!keys) {
        BundleOutcome outcome;
        outcome.source = std::move(source);
        return rejected(std::move(outcome), not_the_facilitator);
    }
    auto imported_before = [&](const std::string& hash) { return facilitator.imported_file(hash).has_value(); };
    return merge_read_bundle(facilitator, read_for_import(file, *keys, imported_before), std::move(source));
}

BundleOutcome import_verified_bundle(Store& facilitator, Bundle bundle, std::string file_hash, std::string source) {
    const auto keys = facilitator_keys(facilitator);
    if (!keys) {
        BundleOutcome outcome;
        outcome.source = std::move(source);
        return rejected(std::move(outcome), not_the_facilitator);
    }
    if (bundle.header.workshop_id != keys->workshop_id ||
        !is_member(*keys, bundle.header.device_id, bundle.header.device_public_key, bundle.header.membership_proof)) {
        BundleOutcome outcome;
        outcome.source = std::move(source);
        return rejected(std::move(outcome), "this bundle comes from a device that never joined this workshop");
    }
    ReadBundle read;
    read.file_hash = std::move(file_hash);
    read.bundle = std::move(bundle);
    return merge_read_bundle(facilitator, std::move(read), std::move(source));
}

BundleOutcome rehearse_import(Store& facilitator, const std::filesystem::path& file) {
    BundleOutcome outcome;
    outcome.source = file.string();
    const auto keys = facilitator_keys(facilitator);
    if (!keys) return rejected(std::move(outcome), not_the_facilitator);
    ReadBundle read;
    try {
        auto imported_before = [&](const std::string& hash) { return facilitator.imported_file(hash).has_value(); };
        read = read_for_import(read_bundle_file(file, &*keys), *keys, imported_before);
    } catch (const BundleError& error) {
        return rejected(std::move(outcome), error.what());
    }
    return merge_read_bundle(facilitator, std::move(read), file.string(), Store::Merge::rehearsal);
}

MergeReport import_paths(Store& facilitator, const std::vector<std::filesystem::path>& paths,
                         const std::function<void(std::size_t, std::size_t)>& progress) {
    std::vector<std::filesystem::path> files;
    std::vector<std::string> problems;
    for (const auto& path : paths) collect_bundles(path, files, problems);
    MergeReport report;
    for (auto& problem : problems) {
        BundleOutcome outcome;
        outcome.source = "(folder)";
        report.bundles.push_back(rejected(std::move(outcome), std::move(problem)));
    }
    const auto keys = facilitator_keys(facilitator);
    if (!keys) {
        for (const auto& file : files) {
            BundleOutcome outcome;
            outcome.source = file.string();
            report.bundles.push_back(rejected(std::move(outcome), not_the_facilitator));
        }
        return report;
    }
    // A pipeline of two: while bundle i merges (SQLite, this thread), bundle i + 1 is
    // read, opened and verified on another thread. Only one bundle waits in memory.
    const auto files_imported = facilitator.imported_file_hashes();
    const auto imported_before = [&](const std::string& hash) { return files_imported.count(hash) > 0; };
    auto read_ahead = [&](std::size_t i) {
        return std::async(std::launch::async, [&, i] {
            try {
                return read_for_import(read_bundle_file(files[i], &*keys), *keys, imported_before);
            } catch (const BundleError& error) {
                ReadBundle unreadable;
                unreadable.problem = error.what();
                return unreadable;
            } catch (const std::bad_alloc&) {
                ReadBundle unreadable;
                unreadable.problem = "it is too large to open on this machine (not enough memory)";
                return unreadable;
            }
        });
    };
    struct CheckpointOnce {
        Store& store;
        explicit CheckpointOnce(Store& s) : store(s) { store.set_checkpoint_pages(16384); }
        ~CheckpointOnce() {
            try {
                store.set_checkpoint_pages(1000);
                store.checkpoint();
            } catch (const std::exception&) {
                // The log is checkpointed later; nothing is lost by not doing it now.
            }
        }
    } checkpoint_once(facilitator);
    std::future<ReadBundle> next;
    if (!files.empty()) next = read_ahead(0);
    for (std::size_t i = 0; i < files.size(); ++i) {
        ReadBundle read = next.get();
        if (i + 1 < files.size()) next = read_ahead(i + 1);
        try {
            report.bundles.push_back(merge_read_bundle(facilitator, std::move(read), files[i].string()));
        } catch (const UserError& store_problem) {
            // The store itself failed (a full disk, busy too long): this bundle did not
            // land, the ones before it did, and the report says so instead of vanishing.
            BundleOutcome stopped;
            stopped.source = files[i].string();
            report.bundles.push_back(rejected(std::move(stopped), std::string("the import stopped here: ") +
                                                                      store_problem.what()));
            for (std::size_t rest = i + 1; rest < files.size(); ++rest) {
                BundleOutcome unread;
                unread.source = files[rest].string();
                report.bundles.push_back(rejected(std::move(unread), "not read: the import stopped before it"));
            }
            if (next.valid()) next.wait();
            if (progress) progress(files.size(), files.size());
            return report;
        }
        if (progress) progress(i + 1, files.size());
    }
    return report;
}

}  // namespace oogst
