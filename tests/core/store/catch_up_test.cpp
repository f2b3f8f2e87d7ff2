// A store that catches up: what another connection to the same file stores (a harvest
// job, the hub, the command line beside the app) reaches this one's state by folding
// only what arrived since, never by reopening and refolding everything.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/core/store/store_test_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::note;
using testing::TemporaryFolder;

std::string state_from_disk(const std::filesystem::path& folder) {
    return canonical_json(Store::open(folder).state());
}

TEST(CatchUp, WhatAnotherConnectionStoredArrivesWithCatchUp) {
    TemporaryFolder folder;
    auto frame = Store::open_or_create(folder.path());
    frame.record(SessionSet{"s1", "droomsessie", "Tafel 1", "An", "", 0, 0});
    auto job = Store::open(folder.path());
    job.batch([&] {
        for (int i = 0; i < 3; ++i) job.record(note("s1", "idee " + std::to_string(i)));
    });
    job.record(SessionTableSet{"s1", "Tafel 1: Centrum", 6});

    EXPECT_EQ(frame.state().capture_counts().count("s1"), 0u) << "not yet: nothing was read";
    const auto before = frame.revision();
    const auto applied_before = frame.state().operations_applied();
    EXPECT_TRUE(frame.catch_up());
    EXPECT_EQ(frame.state().capture_counts().at("s1"), 3u);
    EXPECT_EQ(frame.state().session("s1")->table_name, "Tafel 1: Centrum");
    EXPECT_EQ(frame.state().operations_applied(), applied_before + 4) << "only the four new ones were folded";
    EXPECT_NE(frame.revision(), before);
    EXPECT_EQ(canonical_json(frame.state()), state_from_disk(folder.path()));

    const auto after = frame.revision();
    EXPECT_FALSE(frame.catch_up()) << "nothing new";
    EXPECT_EQ(frame.revision(), after);
}

TEST(CatchUp, AnOwnWriteAfterAnothersFoldsBothInOrder) {
    TemporaryFolder folder;
    auto frame = Store::open_or_create(folder.path());
    frame.record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
    auto other = Store::open(folder.path());
    other.record(note("s1", "van de andere"));
    // No catch_up: this connection's own write comes after the other's, so the state
    // must not skip the other's operation.
    frame.record(note("s1", "van deze"));
    EXPECT_EQ(frame.state().capture_counts().at("s1"), 2u);
    EXPECT_EQ(canonical_json(frame.state()), state_from_disk(folder.path()));
    EXPECT_FALSE(frame.catch_up());
}

TEST(CatchUp, AStampAfterEverythingCaughtUpWith) {
    TemporaryFolder folder;
    auto frame = Store::open_or_create(folder.path());
    frame.record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
    auto other = Store::open(folder.path());
    const auto id = note("s1", "eerst");
    other.record(id);
    other.record(CaptureTextEdited{id.id, "later, op de andere"});
    ASSERT_TRUE(frame.catch_up());
    // This connection's edit comes after the other's in write order (its clock saw the
    // other's stamps), so it wins, whatever the two clocks said.
    frame.record(CaptureTextEdited{id.id, "laatst, op deze"});
    EXPECT_EQ(frame.state().capture(id.id)->text.value(), "laatst, op deze");
    EXPECT_EQ(canonical_json(frame.state()), state_from_disk(folder.path()));
}

TEST(CatchUp, RevisionsOfTwoStoresNeverMeet) {
    TemporaryFolder one, two;
    auto a = Store::open_or_create(one.path());
    auto b = Store::open_or_create(two.path());
    EXPECT_NE(a.revision(), b.revision());
    a.record(note("s", "x"));
    b.record(note("s", "x"));
    EXPECT_NE(a.revision(), b.revision());
}

TEST(CatchUp, TheSessionNamesOfAnUnfoldedStoreCatchUpToo) {
    TemporaryFolder folder;
    Store::open_or_create(folder.path()).record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
    auto reporting = Store::open(folder.path(), Store::Fold::when_needed);
    EXPECT_EQ(reporting.session_table_name("s1"), "Tafel 1");
    Store::open(folder.path()).record(SessionTableSet{"s1", "Tafel 1: Beveren", 4});
    EXPECT_TRUE(reporting.catch_up());
    EXPECT_EQ(reporting.session_table_name("s1"), "Tafel 1: Beveren");
    EXPECT_FALSE(reporting.state_is_folded()) << "catching up folds no more than what was folded";
}

TEST(CatchUp, AStoreFromBeforeArrivalsGivesEachOperationOne) {
    TemporaryFolder folder;
    {
        auto store = Store::open_or_create(folder.path());
        store.record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
        store.record(note("s1", "voor de upgrade"));
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((folder / Store::file_name).c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "DROP TABLE arrivals; PRAGMA user_version = 3", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    auto frame = Store::open(folder.path());
    EXPECT_EQ(frame.state().capture_counts().at("s1"), 1u);
    Store::open(folder.path()).record(note("s1", "na de upgrade"));
    EXPECT_TRUE(frame.catch_up());
    EXPECT_EQ(frame.state().capture_counts().at("s1"), 2u);
    EXPECT_EQ(canonical_json(frame.state()), state_from_disk(folder.path()));
}

}  // namespace
}  // namespace oogst
