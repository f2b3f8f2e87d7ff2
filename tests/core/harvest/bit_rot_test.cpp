// Bit rot on a tablet (issue 15, item 4): one photo in its store no longer matches its
// checksum. The bundle leaves that photo out and says so, the facilitator takes in
// everything else (the capture arrives without its photo), and nothing is refused whole.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <optional>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/harvest_stores.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

// Zeroes a stored picture's bytes through a second connection, as a failing disk would.
void damage_blob(const std::filesystem::path& store, const std::string& hash) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((store / Store::file_name).c_str(), &db), SQLITE_OK);
    sqlite3_stmt* update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE blobs SET bytes = zeroblob(length(bytes)) WHERE hash = ?", -1,
                       &update, nullptr);
    sqlite3_bind_text(update, 1, hash.c_str(), -1, SQLITE_TRANSIENT);
    EXPECT_EQ(sqlite3_step(update), SQLITE_DONE);
    EXPECT_EQ(sqlite3_changes(db), 1);
    sqlite3_finalize(update);
    sqlite3_close(db);
}

TEST(BitRot, ADamagedPhotoIsLeftOutAndEverythingElseArrives) {
    TemporaryFolder folder;
    auto facilitator = make_facilitator(folder / "facilitator", 21, 1);
    const JoinFile join = make_join_file(facilitator, "", {});
    auto tablet = make_device(folder / "tablet", join);
    const std::string session = joined_session_ids(join).front();

    CaptureAdded photo;
    photo.id = new_id();
    photo.session_id = session;
    photo.capture_kind = CaptureKind::photo;
    photo.photo_blob = tablet.put_blob("\xff\xd8 a photo of the market square", "image/jpeg");
    tablet.record(photo);
    CaptureAdded note;
    note.id = new_id();
    note.session_id = session;
    note.text = "Meer bomen";
    tablet.record(note);
    damage_blob(folder / "tablet", photo.photo_blob);

    const ExportedBundle exported = export_bundle_with_summary(tablet, ExportChoice{});
    EXPECT_EQ(exported.header.damaged_blobs, std::vector<std::string>{photo.photo_blob});
    EXPECT_EQ(exported.header.blob_count, 0u);

    const BundleOutcome outcome = import_bundle(facilitator, exported.bytes, "stick");
    ASSERT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
    EXPECT_EQ(outcome.damaged_pictures, 1u);
    EXPECT_NE(facilitator.state().capture(note.id), nullptr);
    ASSERT_NE(facilitator.state().capture(photo.id), nullptr) << "the capture arrives, without its photo";
    EXPECT_FALSE(facilitator.has_blob(photo.photo_blob));
    EXPECT_EQ(facilitator.held_through(tablet.device().id), tablet.own_operation_count());

    // A picture gone from the device's store altogether is named the same way.
    CaptureAdded stray = photo;
    stray.id = new_id();
    stray.photo_blob = content_hash("never stored anywhere");
    tablet.record(stray);
    ExportChoice after;
    after.after_sequence = tablet.own_operation_count() - 1;
    const ExportedBundle second = export_bundle_with_summary(tablet, after);
    EXPECT_EQ(second.header.damaged_blobs, std::vector<std::string>{stray.photo_blob}) << "missing counts as damaged";
}

// One operation's payload damaged on the tablet: the tablet keeps capturing, its bundle
// leaves that operation out and names its number, and the facilitator takes in the rest
// and keeps the number aside, so the tablet's sequence has no gap.
TEST(BitRot, ADamagedOperationIsNamedAndTheRestArrives) {
    TemporaryFolder folder;
    auto facilitator = make_facilitator(folder / "facilitator", 22, 1);
    const JoinFile join = make_join_file(facilitator, "", {});
    const std::string session = joined_session_ids(join).front();
    std::string first, second;
    {
        auto tablet = make_device(folder / "tablet", join);
        for (std::string* id : {&first, &second}) {
            CaptureAdded note;
            note.id = new_id();
            note.session_id = session;
            note.text = "idee";
            tablet.record(note);
            *id = note.id;
        }
    }
    {
        // The tablet's own first operation: its payload cut short on the disk.
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open((folder / "tablet" / Store::file_name).c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db,
                               "UPDATE operations SET payload = substr(payload, 1, 3) WHERE sequence = 1 AND device = "
                               "(SELECT id FROM device)",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
    auto tablet = Store::open(folder / "tablet");
    ASSERT_EQ(tablet.damaged_operations().size(), 1u);
    CaptureAdded third;
    third.id = new_id();
    third.session_id = session;
    third.text = "na de schade";
    tablet.record(third);

    const ExportedBundle exported = export_bundle_with_summary(tablet, ExportChoice{});
    EXPECT_EQ(exported.header.damaged_sequences, std::vector<std::uint64_t>{1});
    const BundleOutcome outcome = import_bundle(facilitator, exported.bytes, "stick");
    ASSERT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
    ASSERT_EQ(outcome.refused.size(), 1u);
    EXPECT_EQ(outcome.refused.front().why, Refusal::damaged_on_device);
    EXPECT_EQ(facilitator.state().capture(first), nullptr);
    EXPECT_NE(facilitator.state().capture(second), nullptr);
    EXPECT_NE(facilitator.state().capture(third.id), nullptr);
    EXPECT_FALSE(outcome.has_gap());
    EXPECT_EQ(facilitator.held_through(tablet.device().id), tablet.own_operation_count())
        << "the damaged number counts as handed in: nothing to ask the tablet for";
}

}  // namespace
}  // namespace oogst::testing
