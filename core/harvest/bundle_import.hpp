#pragma once
// Importing bundles on the facilitator's machine. Each bundle is verified whole before
// anything is written and then merged in one SQLite transaction: it lands entirely or
// not at all. Importing the same bundles in any order, any number of times, gives the
// same store contents (the fold is a set union; see workshop_state.hpp).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/harvest/member_rights.hpp"

namespace oogst {

class Store;
struct WorkshopKeys;

// What one bundle brought to one session.
struct SessionTally {
    std::string session_id;
    std::string table_name;  // as the merged state names it, when known
    std::uint64_t new_operations = 0;
    std::uint64_t new_captures = 0;
};

// Operations of one bundle the rules refused (member_rights.hpp), by reason: set aside.
struct RefusedChanges {
    Refusal why = Refusal::revoked;
    std::uint64_t count = 0;
    std::uint64_t first_sequence = 0;  // the first of them, to find it on the device
};

struct BundleOutcome {
    enum class Result { merged, already_imported, rejected };
    std::string source;  // the file's path, or "push from <device>"
    Result result = Result::rejected;
    std::string reason;  // for rejected: one sentence
    std::string device_id;
    std::uint64_t new_operations = 0, known_operations = 0;
    std::uint64_t new_blobs = 0;
    std::uint64_t held_through = 0;  // afterwards: this device's operations held without a gap
    std::vector<SessionTally> sessions;  // sessions with new operations, by table name
    std::vector<RefusedChanges> refused;  // set aside, not counted: by reason, in the order first met
    // Work the device made before this bundle that is not here (its changes
    // missing_from..missing_through): the device believes it handed them in (a receipt
    // from a restored backup, another laptop) or a bundle was lost. Exporting everything
    // on the device brings them. 0, 0: nothing missing.
    std::uint64_t missing_from = 0, missing_through = 0;
    // Pictures the device found damaged on its disk and left out (not held here either):
    // their captures arrived without them.
    std::uint64_t damaged_pictures = 0;

    std::uint64_t refused_operations() const;
    bool has_gap() const { return missing_through >= missing_from && missing_from > 0; }
};

// "this device's changes 31-40 are missing here: …": the gap in one sentence.
std::string gap_sentence(const BundleOutcome& outcome);

struct MergeReport {
    std::vector<BundleOutcome> bundles;
    std::uint64_t new_operations() const;
    std::uint64_t known_operations() const;
    std::size_t rejected() const;
    std::uint64_t refused_operations() const;
    std::size_t with_gaps() const;
};

// Imports one bundle's bytes. Never throws for a bad bundle: the outcome says why it was
// rejected, and the store is unchanged. Store problems (a full disk) still throw.
BundleOutcome import_bundle(Store& facilitator, std::string_view file, std::string source);

// For a caller that has read and verified the bundle already, outside any lock (the
// hub): merges it without reading it again. file_hash is content_hash of the bytes as
// they arrived (the ledger's key). The checks that need the store (a known device's key,
// pictures already here, the ledger) still run.
struct Bundle;
BundleOutcome import_verified_bundle(Store& facilitator, Bundle bundle, std::string file_hash, std::string source);

// A bundle file's bytes, its first ~4 KB judged first (check_bundle_front): a file that
// is no bundle, another workshop's (when keys are given), or whose header does not match
// its size is refused (BundleError) before gigabytes of it are read into memory.
std::string read_bundle_file(const std::filesystem::path& file, const WorkshopKeys* keys);

// The checks of a verified bundle that need the store, the same for import and 'bundle
// verify': the device's key as before, not this machine itself, every picture at hand.
// The reason it would be rejected, or nothing.
std::optional<std::string> refusal_by_store(const Store& facilitator, const Bundle& bundle);
// Each operation judged by the rules of member_rights.hpp, as the import will; empty
// when every one is allowed. Folds the state for a member's bundle.
std::vector<std::optional<Refusal>> judge_bundle(const Store& facilitator, const Bundle& bundle);

// What importing one bundle file would do ('bundle verify'): read, judged and merged
// exactly as the import does, but in a transaction that is rolled back, so the outcome
// is the import's own (gaps, refusals, damaged changes, an altered operation) and the
// store is left as it was. It is judged against the store as it is now.
BundleOutcome rehearse_import(Store& facilitator, const std::filesystem::path& file);

// Imports files and folders (a USB stick: every *.oogst below it, in name order).
// progress(done, total) is called after each bundle.
MergeReport import_paths(Store& facilitator, const std::vector<std::filesystem::path>& paths,
                         const std::function<void(std::size_t done, std::size_t total)>& progress = {});

}  // namespace oogst
