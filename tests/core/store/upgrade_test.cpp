// Upgrades (issue 15): stores and bundles written by an earlier Oogst, kept as fixtures
// in tests/data/upgrade (made by make_fixture.sh with that version's oogst-cli; its README
// names the commit), open, import and fold with today's code to the very state that
// version's own 'dump' printed: nothing is lost on upgrade.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"
#include "core/store/store.hpp"
#include "tests/support/harvest_stores.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

namespace fs = std::filesystem;
using testing::whole_file;

// One earlier version's fixtures, copied so the originals stay as that version left them.
struct Fixture {
    fs::path data;
    testing::TemporaryFolder folder;
    explicit Fixture(const std::string& name) : data(fs::path(OOGST_UPGRADE_DATA) / name) {
        fs::copy(data, folder.path(), fs::copy_options::recursive);
    }
    fs::path operator/(const std::string& name) const { return folder / name; }
    std::string expected(const std::string& name) const { return whole_file(data / name); }
};

std::int64_t user_version(const fs::path& store_folder) {
    sqlite3* db = nullptr;
    sqlite3_open_v2((store_folder / Store::file_name).c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &query, nullptr);
    const std::int64_t version = sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int64(query, 0) : -1;
    sqlite3_finalize(query);
    sqlite3_close(db);
    return version;
}

// A dump as today's 'dump' would write the same state. The one change of the format
// since these versions: a capture's consent was one number of flags and is three
// consents since issue 12 (commit f1a00bc), the flags folding to what they meant. The
// fixtures' captures carry none (0), which is all three refused, or, the schema 1 demo's
// notes, 1: "may appear in reports and the newspaper" (consent::publish in that
// version's payloads.hpp), which is published only. Any other value would need its
// meaning written here, so it fails instead of being guessed.
nlohmann::json as_today(const std::string& dump) {
    auto state = nlohmann::json::parse(dump);
    for (auto& capture : state["captures"]) {
        auto& consent = capture["consent"];
        if (!consent.is_number()) continue;
        const int flags = consent.get<int>();
        if (flags != 0 && flags != 1) throw std::runtime_error("a fixture's consent flags need their meaning here");
        consent = {{"exhibit", false}, {"publish", flags == 1}, {"name", false}};
    }
    return state;
}

// The state as that version dumped it, compared with today's fold of the same store.
void expect_same_state(const WorkshopState& today, const std::string& then_dumped, const std::string& what) {
    const auto then = as_today(then_dumped);
    const auto now = nlohmann::json::parse(canonical_json(today));
    EXPECT_EQ(now, then) << what << ": today\n" << now.dump(1) << "\nthen\n" << then.dump(1);
    EXPECT_EQ(now["captures"].size(), then["captures"].size()) << what;
}

class Upgrade : public ::testing::TestWithParam<std::string> {};

TEST_P(Upgrade, StoresOpenAndFoldToTheStateTheirVersionDumped) {
    Fixture fixture(GetParam());
    for (const std::string store_name : {"facilitator", "device"}) {
        ASSERT_LT(user_version(fixture / store_name), Store::schema_version) << "not an earlier store: " << store_name;
        auto store = Store::open(fixture / store_name);
        EXPECT_EQ(store.integrity_check(), "ok") << store_name;
        expect_same_state(store.state(), fixture.expected(store_name + ".json"), store_name);
        EXPECT_EQ(user_version(fixture / store_name), Store::schema_version) << store_name;
    }
}

TEST_P(Upgrade, ABundleOfThatVersionImportsToTheStateThatVersionReached) {
    Fixture fixture(GetParam());
    auto facilitator = Store::open(fixture / "facilitator");
    // The first bundle was imported by that version: its ledger still knows the file.
    const auto again = import_paths(facilitator, {fixture / "first.oogst"});
    ASSERT_EQ(again.bundles.size(), 1u);
    EXPECT_EQ(again.bundles[0].result, BundleOutcome::Result::already_imported) << again.bundles[0].reason;
    const auto report = import_paths(facilitator, {fixture / "second.oogst"});
    ASSERT_EQ(report.bundles.size(), 1u);
    ASSERT_EQ(report.bundles[0].result, BundleOutcome::Result::merged) << report.bundles[0].reason;
    expect_same_state(facilitator.state(), fixture.expected("facilitator-after-second.json"),
                      "after the second bundle");
    EXPECT_EQ(facilitator.integrity_check(), "ok");
}

// Every picture a capture shows (a photo, a drawing's preview) is in the upgraded store
// and still what its hash says. Fixtures made --with-pictures must hold some.
std::size_t expect_pictures_whole(const Store& store, const std::string& what) {
    std::size_t pictures = 0;
    const auto state = nlohmann::json::parse(canonical_json(store.state()));
    for (const auto& capture : state["captures"])
        for (const char* field : {"photo", "preview"}) {
            if (!capture.contains(field)) continue;
            const std::string hash = capture[field];
            const auto bytes = store.blob(hash);
            EXPECT_TRUE(bytes) << what << ": picture " << hash << " is missing";
            if (bytes) {
                EXPECT_EQ(content_hash(*bytes), hash) << what;
            }
            ++pictures;
        }
    return pictures;
}

TEST_P(Upgrade, EveryPictureIsThereAndWhole) {
    Fixture fixture(GetParam());
    std::size_t pictures = 0;
    for (const std::string store_name : {"facilitator", "device"})
        pictures += expect_pictures_whole(Store::open(fixture / store_name), store_name);
    auto facilitator = Store::open(fixture / "facilitator");
    ASSERT_EQ(import_paths(facilitator, {fixture / "second.oogst"}).bundles.at(0).result, BundleOutcome::Result::merged);
    pictures += expect_pictures_whole(facilitator, "after the second bundle");
    if (GetParam().find("pictures") != std::string::npos) {
        EXPECT_GT(pictures, 0u) << "a fixture made --with-pictures";
    }
}

// A note the device adds after the upgrade, in its first session; gives its id.
std::string note_after_the_upgrade(Store& device) {
    CaptureAdded note;
    note.id = new_id();
    note.session_id = device.state().sessions().front()->id;
    note.text = "na de upgrade";
    device.record(note);
    return note.id;
}

TEST_P(Upgrade, TheUpgradedDeviceHandsInWhatTheUpgradedFacilitatorTakes) {
    Fixture fixture(GetParam());
    auto device = Store::open(fixture / "device");
    const std::string note = note_after_the_upgrade(device);
    auto facilitator = Store::open(fixture / "facilitator");
    const auto outcome = import_bundle(facilitator, export_bundle(device, ExportChoice{}), "upgraded device");
    ASSERT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
    EXPECT_EQ(facilitator.held_through(device.device().id), device.own_operation_count());
    EXPECT_TRUE(facilitator.state().capture(note));
}

INSTANTIATE_TEST_SUITE_P(EarlierVersions, Upgrade, ::testing::Values("schema2-ec4540a", "schema3-076012e", "schema5-cdfd28f-pictures"));

// Schema 1, the first store, from before the harvest existed (no join files, bundles or
// devices): a facilitator who planned the workshop and typed notes with that version
// opens it today, finds everything, and leads the harvest from it.
TEST(UpgradeFromBeforeTheHarvest, TheFirstStoreOpensFoldsAndLeadsAHarvest) {
    Fixture fixture("schema1-35a7daf");
    ASSERT_EQ(user_version(fixture / "facilitator"), 1);
    auto facilitator = Store::open(fixture / "facilitator");
    EXPECT_EQ(facilitator.integrity_check(), "ok");
    expect_same_state(facilitator.state(), fixture.expected("facilitator.json"), "facilitator");
    EXPECT_EQ(user_version(fixture / "facilitator"), Store::schema_version);
    // That version gave the device a random id; since version 2 it is its key's hash, and
    // the store's own operations carry it (else no join file or bundle of it is taken).
    EXPECT_EQ(facilitator.device().id, device_id_for_key(facilitator.device().public_key));
    EXPECT_EQ(facilitator.own_operation_count(), facilitator.operation_count());

    // It becomes the facilitator's: a join file, a tablet that joins and hands in.
    const JoinFile join = make_join_file(facilitator, "", {});
    auto device = Store::open_or_create(fixture / "tablet");
    join_workshop(device, join);
    const std::string note = note_after_the_upgrade(device);
    const auto before = facilitator.state().capture_records().size();
    const auto outcome = import_bundle(facilitator, export_bundle(device, ExportChoice{}), "a tablet");
    ASSERT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
    EXPECT_TRUE(facilitator.state().capture(note));
    EXPECT_EQ(facilitator.state().capture_records().size(), before + 1);
    EXPECT_EQ(facilitator.integrity_check(), "ok");
}


// Appends operations to a copied store of schema 1 as that version wrote them (same
// table, same payload bytes), after its last one; gives the device's id and the first
// new sequence.
std::pair<std::string, std::int64_t> append_as_that_version(
    const fs::path& store_folder, const std::vector<std::pair<OperationKind, std::string>>& operations) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open((store_folder / Store::file_name).c_str(), &db), SQLITE_OK);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, "SELECT device, MAX(sequence), MAX(wall_ms) FROM operations", -1, &query, nullptr);
    EXPECT_EQ(sqlite3_step(query), SQLITE_ROW);
    const std::string device = reinterpret_cast<const char*>(sqlite3_column_text(query, 0));
    const std::int64_t last = sqlite3_column_int64(query, 1), wall = sqlite3_column_int64(query, 2);
    sqlite3_finalize(query);
    std::int64_t sequence = last;
    for (const auto& [kind, payload] : operations) {
        ++sequence;
        sqlite3_stmt* row = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO operations VALUES (?, ?, ?, 0, ?, ?)", -1, &row, nullptr);
        sqlite3_bind_text(row, 1, device.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(row, 2, sequence);
        sqlite3_bind_int64(row, 3, wall + sequence - last);
        sqlite3_bind_int64(row, 4, static_cast<int>(kind));
        sqlite3_bind_blob(row, 5, payload.data(), static_cast<int>(payload.size()), SQLITE_TRANSIENT);
        EXPECT_EQ(sqlite3_step(row), SQLITE_DONE) << sqlite3_errmsg(db);
        sqlite3_finalize(row);
    }
    sqlite3_close(db);
    return {device, last + 1};
}

// An undo of that version names the deletion it cancels by the device's old id; renamed
// with the device, it still cancels it. (The fixture's demo made no undo.)
TEST(UpgradeFromBeforeTheHarvest, AnUndoOfThatVersionStillCancelsItsDeletion) {
    Fixture fixture("schema1-35a7daf");
    const std::string capture = nlohmann::json::parse(fixture.expected("facilitator.json"))["captures"][0]["id"];
    const auto [device, deletion] = append_as_that_version(fixture / "facilitator",
                                                           {{OperationKind::capture_deleted, wire::encode(CaptureDeleted{capture})}});
    append_as_that_version(fixture / "facilitator",
                           {{OperationKind::capture_restored,
                             wire::encode(CaptureRestored{capture, device, static_cast<std::uint64_t>(deletion)})}});
    auto store = Store::open(fixture / "facilitator");
    ASSERT_NE(store.state().capture(capture), nullptr);
    EXPECT_TRUE(store.state().capture(capture)->live()) << "the undo lost its deletion in the rename";
    EXPECT_EQ(store.integrity_check(), "ok");
}

// An undo whose bytes rotted does not stop the store from opening: it is left as it is,
// and the fold names it damaged, as for any other operation.
TEST(UpgradeFromBeforeTheHarvest, AnUnreadableUndoDoesNotStopTheUpgrade) {
    Fixture fixture("schema1-35a7daf");
    append_as_that_version(fixture / "facilitator", {{OperationKind::capture_restored, std::string("\x01\x02")}});
    auto store = Store::open(fixture / "facilitator");
    EXPECT_EQ(store.device().id, device_id_for_key(store.device().public_key));
    EXPECT_EQ(store.own_operation_count(), store.operation_count());
    EXPECT_EQ(store.damaged_operations().size(), 1u);
    EXPECT_EQ(store.integrity_check(), "ok");
    expect_same_state(store.state(), fixture.expected("facilitator.json"), "facilitator");
}

}  // namespace
}  // namespace oogst
