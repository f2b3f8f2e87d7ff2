#include "bundle_import.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "bundle.hpp"
#include "operation_check.hpp"
#include "store.hpp"

namespace oogst {
namespace {

BundleOutcome rejected(BundleOutcome outcome, std::string reason) {
    outcome.result = BundleOutcome::Result::rejected;
    outcome.reason = std::move(reason);
    return outcome;
}

// New operations per session. A capture's later changes count for the session of the
// capture, found in this bundle or in the merged state.
std::vector<SessionTally> tally_sessions(const Store& store, const std::vector<Operation>& added) {
    std::map<std::string, SessionTally> by_session;
    std::unordered_map<std::string, std::string> session_of_capture;
    std::vector<std::pair<std::string, std::size_t>> later;  // capture id, count
    for (const auto& op : added) {
        const auto facts = check_operation(op);
        if (facts.adds_capture) session_of_capture[facts.capture_id] = facts.session_id;
        std::string session = facts.session_id;
        if (session.empty() && !facts.capture_id.empty()) {
            auto found = session_of_capture.find(facts.capture_id);
            if (found != session_of_capture.end()) {
                session = found->second;
            } else if (const auto& records = store.state().capture_records(); records.count(facts.capture_id)) {
                const auto& record = records.at(facts.capture_id);
                if (record.origin) session = record.origin->session_id;
            }
        }
        auto& tally = by_session[session];
        tally.session_id = session;
        ++tally.new_operations;
        if (facts.adds_capture) ++tally.new_captures;
    }
    std::vector<SessionTally> tallies;
    for (auto& [id, tally] : by_session) {
        if (const auto* session = store.state().session(id)) tally.table_name = session->table_name;
        tallies.push_back(std::move(tally));
    }
    std::sort(tallies.begin(), tallies.end(),
              [](const auto& a, const auto& b) { return std::tie(a.table_name, a.session_id) < std::tie(b.table_name, b.session_id); });
    return tallies;
}

void collect_bundles(const std::filesystem::path& path, std::vector<std::filesystem::path>& found) {
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
        found.push_back(path);  // a missing or odd file is reported by the import itself
        return;
    }
    std::vector<std::filesystem::path> inside;
    const auto options = std::filesystem::directory_options::skip_permission_denied;
    for (auto it = std::filesystem::recursive_directory_iterator(path, options, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_regular_file(error) && it->path().extension() == bundle_extension &&
            it->path().filename().string().front() != '.')
            inside.push_back(it->path());
    }
    std::sort(inside.begin(), inside.end());
    found.insert(found.end(), inside.begin(), inside.end());
}

std::string read_file(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw BundleError(std::filesystem::exists(file, error) ? "this is not a file" : "there is no such file");
    const auto size = std::filesystem::file_size(file, error);
    if (error) throw BundleError("it cannot be read: " + error.message());
    if (size > max_bundle_bytes) throw BundleError("it is larger than Oogst accepts (2 GB)");
    std::ifstream in(file, std::ios::binary);
    std::string bytes(size, '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) throw BundleError("it cannot be read");
    return bytes;
}

}  // namespace

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

std::size_t MergeReport::rejected() const {
    return static_cast<std::size_t>(std::count_if(bundles.begin(), bundles.end(), [](const auto& b) {
        return b.result == BundleOutcome::Result::rejected;
    }));
}

BundleOutcome import_bundle(Store& facilitator, std::string_view file, std::string source) {
    BundleOutcome outcome;
    outcome.source = std::move(source);
    const auto keys = facilitator.workshop_keys();
    if (!keys || !keys->is_facilitator())
        return rejected(outcome, "this store is not the facilitator's: bundles are imported on the machine where "
                                 "the workshop was created");
    Bundle bundle;
    try {
        bundle = read_bundle(file, &*keys);
    } catch (const UserError& error) {
        return rejected(outcome, error.what());
    }
    outcome.device_id = bundle.header.device_id;
    if (facilitator.bundle_imported(bundle.body_hash)) {
        outcome.result = BundleOutcome::Result::already_imported;
        outcome.known_operations = bundle.operations.size();
        outcome.held_through = facilitator.held_through(outcome.device_id);
        return outcome;
    }
    if (const auto key = facilitator.known_device_key(outcome.device_id); key && *key != bundle.header.device_public_key)
        return rejected(outcome, "this bundle is signed with another key than earlier bundles of the same device: it "
                                 "may not come from that device");
    if (outcome.device_id == facilitator.device().id)
        return rejected(outcome, "this bundle claims to come from this facilitator machine itself");
    std::unordered_set<std::string> carried;
    for (const auto& blob : bundle.blobs) carried.insert(blob.hash);
    for (const auto& op : bundle.operations) {
        if (op.kind != OperationKind::capture_added) continue;
        for (const auto& hash : check_operation(op).blobs) {
            if (!carried.count(hash) && !facilitator.has_blob(hash))
                return rejected(outcome, "a picture that operation " + std::to_string(op.id.sequence) +
                                             " refers to is neither in the bundle nor already imported");
        }
    }
    MergeCounts counts;
    try {
        counts = facilitator.merge_bundle(bundle);
    } catch (const BundleError& error) {
        return rejected(outcome, error.what());
    }
    outcome.result = BundleOutcome::Result::merged;
    outcome.new_operations = counts.new_operations;
    outcome.known_operations = counts.known_operations;
    outcome.new_blobs = counts.new_blobs;
    outcome.held_through = facilitator.held_through(outcome.device_id);
    outcome.sessions = tally_sessions(facilitator, counts.added);
    return outcome;
}

MergeReport import_paths(Store& facilitator, const std::vector<std::filesystem::path>& paths,
                         const std::function<void(std::size_t, std::size_t)>& progress) {
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) collect_bundles(path, files);
    MergeReport report;
    for (std::size_t i = 0; i < files.size(); ++i) {
        try {
            report.bundles.push_back(import_bundle(facilitator, read_file(files[i]), files[i].string()));
        } catch (const BundleError& error) {
            BundleOutcome outcome;
            outcome.source = files[i].string();
            report.bundles.push_back(rejected(std::move(outcome), error.what()));
        }
        if (progress) progress(i + 1, files.size());
    }
    return report;
}

}  // namespace oogst
