// The store on a real SQLite file: durability, reopening, identity checks, and the
// one-line reasons for folders that are not stores, damaged files and bad disks.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <fstream>

#include "core/errors.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/core/store/store_test_support.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tools/demo/demo_workshop.hpp"

namespace oogst {
namespace {

using testing::note;
using testing::run_sql;
using testing::TemporaryFolder;

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Expects a UserError whose message contains the given words.
template <class F>
void expect_user_error(F&& action, const std::string& words) {
    try {
        action();
        ADD_FAILURE() << "expected an error containing \"" << words << "\"";
    } catch (const UserError& error) {
        EXPECT_NE(std::string(error.what()).find(words), std::string::npos) << error.what();
    }
}

TEST(Store, RecordsSurviveReopeningAndRebuildTheSameState) {
    TemporaryFolder folder;
    std::string json;
    std::string device;
    {
        auto store = Store::open_or_create(folder.path());
        device = store.device().id;
        store.record(WorkshopSet{"w1", "Roeselare 2030", "droomsessie", "Roeselare"});
        store.record(SessionSet{"s1", "droomsessie", "Tafel 1", "An", "Stadhuis", 0, 0});
        const auto first = store.record(note("s1", "Meer groen"));
        const auto second = store.record(note("s1", "Een speelstraat"));
        EXPECT_EQ(first.device, device);
        EXPECT_EQ(second.sequence, first.sequence + 1);
        EXPECT_EQ(store.state().captures_of("s1").size(), 2u);
        json = canonical_json(store.state());
    }
    auto reopened = Store::open(folder.path());
    EXPECT_EQ(reopened.device().id, device) << "a device keeps its identity";
    EXPECT_EQ(reopened.device().public_key.size(), 32u);
    EXPECT_EQ(canonical_json(reopened.state()), json);
    EXPECT_EQ(reopened.operation_count(), 4u);
    EXPECT_EQ(reopened.integrity_check(), "ok");
}

// Issue 15, item 5: the store holds the workshop's secret key, the pairing token and the
// kiosk's PIN hash, so only its owner may read it: folder 0700, files 0600, also for a
// store that was looser (made before the rule, or copied) once it is opened.
TEST(Store, OnlyItsOwnerMayReadTheStore) {
    TemporaryFolder folder;
    const auto place = folder / "store";
    const auto mode = [](const std::filesystem::path& path) {
        return static_cast<unsigned>(std::filesystem::status(path).permissions() & std::filesystem::perms::mask);
    };
    const auto expect_private = [&](const char* when) {
        EXPECT_EQ(mode(place), 0700u) << when;
        std::size_t files = 0;
        for (const auto& entry : std::filesystem::directory_iterator(place)) {
            EXPECT_EQ(mode(entry.path()), 0600u) << entry.path().filename() << " " << when;
            ++files;
        }
        EXPECT_GE(files, 1u);
    };
    {
        Store store = Store::open_or_create(place);
        store.record(WorkshopSet{"w", "Roeselare", "droomsessie", "", {}, {}});
        expect_private("made");
    }
    std::filesystem::permissions(place, std::filesystem::perms(0755));
    for (const auto& entry : std::filesystem::directory_iterator(place))
        std::filesystem::permissions(entry.path(), std::filesystem::perms(0644));
    {
        Store store = Store::open(place);
        expect_private("opened after a copy made it readable to all");
    }
}

// Issue 15, item 6: the write-ahead log. A backup made while the store is open holds
// what the log holds too; a store copied without its log (a backup that took only
// oogst.db) or with the log cut short (a damaged stick) opens with what it holds; and
// the log stays short however much is written.
struct OpenWithRecentWork {
    TemporaryFolder folder;
    std::filesystem::path place = folder / "store";
    Store store = Store::open_or_create(place);

    OpenWithRecentWork() {
        store.record(WorkshopSet{"w", "Roeselare", "droomsessie", "", {}, {}});
        store.record(SessionSet{"t", "droomsessie", "Tafel 1", "", "", 0, 6});
        for (int i = 0; i < 40; ++i) {
            CaptureAdded note;
            note.id = "n" + std::to_string(i);
            note.session_id = "t";
            note.text = "idee " + std::to_string(i);
            store.record(note);
        }
    }
};

TEST(StoreLog, ABackupWhileOpenHoldsEverythingCommitted) {
    OpenWithRecentWork open;
    ASSERT_TRUE(std::filesystem::exists(open.place / "oogst.db-wal")) << "the recent work is in the log";
    const auto copy = open.folder / "backup";
    open.store.back_up(copy);
    const Store backup = Store::open(copy);
    EXPECT_EQ(backup.operation_count(), open.store.operation_count());
    EXPECT_EQ(canonical_json(backup.state()), canonical_json(open.store.state()));
    EXPECT_EQ(backup.device().id, open.store.device().id) << "the whole store: its device identity too";
    EXPECT_EQ(static_cast<unsigned>(std::filesystem::status(copy / "oogst.db").permissions() & std::filesystem::perms::mask),
              0600u);
    // Never over a store, nor into its own folder.
    EXPECT_THROW(open.store.back_up(copy), UserError);
    EXPECT_THROW(open.store.back_up(open.place), UserError);
}

TEST(StoreLog, AStoreWithoutItsLogOrWithItCutShortOpensWithWhatItHolds) {
    OpenWithRecentWork open;
    const auto log = open.place / "oogst.db-wal";
    ASSERT_GT(std::filesystem::file_size(log), 8192u);
    const auto without = open.folder / "without-log";
    std::filesystem::create_directories(without);
    std::filesystem::copy_file(open.place / "oogst.db", without / "oogst.db");
    const auto cut = open.folder / "cut-log";
    std::filesystem::create_directories(cut);
    std::filesystem::copy_file(open.place / "oogst.db", cut / "oogst.db");
    {
        std::ifstream in(log, std::ios::binary);
        std::string start(std::filesystem::file_size(log) / 2 + 13, '\0');  // cut inside a frame
        in.read(start.data(), static_cast<std::streamsize>(start.size()));
        std::ofstream(cut / "oogst.db-wal", std::ios::binary) << start;
    }
    for (const auto& copy : {without, cut}) {
        Store opened = Store::open(copy);  // not "damaged"
        EXPECT_LE(opened.operation_count(), open.store.operation_count()) << copy;
        // And it takes new work.
        CaptureAdded note;
        note.id = "later";
        note.session_id = "t";
        note.text = "later";
        opened.record(note);
        EXPECT_NE(opened.state().capture("later"), nullptr);
    }
}

TEST(StoreLog, TheLogStaysShortHoweverMuchIsWritten) {
    OpenWithRecentWork open;
    std::string words(2000, 'x');
    for (int i = 0; i < 3000; ++i) {
        CaptureAdded note;
        note.id = "long" + std::to_string(i);
        note.session_id = "t";
        note.text = words;
        open.store.record(note);
    }
    // SQLite checkpoints the log back into the database every 1,000 pages (4 MB), and
    // starts writing it from its beginning again: 6 MB written, the log no longer than that.
    EXPECT_LT(std::filesystem::file_size(open.place / "oogst.db-wal"), std::uintmax_t{5} << 20);
}

TEST(Store, UsesWalWithFullSyncAndStrictTables) {
    TemporaryFolder folder;
    { auto store = Store::open_or_create(folder.path()); }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((folder.path() / Store::file_name).c_str(), &db), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)), "wal");
    sqlite3_finalize(statement);
    // STRICT refuses a text where an integer belongs.
    EXPECT_NE(sqlite3_exec(db, "INSERT INTO operations VALUES ('d', 'not a number', 0, 0, 1, x'00')", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
}

TEST(Store, BlobsAreStoredOnceUnderTheirContentHash) {
    TemporaryFolder folder;
    auto store = Store::open_or_create(folder.path());
    const auto hash = store.put_blob("PNG bytes", "image/png");
    EXPECT_EQ(hash, content_hash("PNG bytes"));
    EXPECT_EQ(store.put_blob("PNG bytes", "image/png"), hash);
    EXPECT_EQ(store.blob(hash), std::optional<std::string>("PNG bytes"));
    EXPECT_EQ(store.blob(content_hash("other")), std::nullopt);
}

TEST(Store, BatchIsAllOrNothing) {
    TemporaryFolder folder;
    auto store = Store::open_or_create(folder.path());
    store.record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
    EXPECT_THROW(store.batch([&] {
        store.record(note("s1", "een"));
        store.record(note("s1", "twee"));
        throw std::runtime_error("stroom weg");
    }),
                 std::runtime_error);
    EXPECT_EQ(store.state().captures_of("s1").size(), 0u);
    EXPECT_EQ(store.operation_count(), 1u);
    store.batch([&] { store.record(note("s1", "drie")); });
    EXPECT_EQ(store.state().captures_of("s1").size(), 1u);
    EXPECT_EQ(Store::open(folder.path()).state().captures_of("s1").size(), 1u);
}

TEST(Store, DemoIsTheSameForTheSameSeed) {
    TemporaryFolder a, b, c;
    auto first = Store::open_or_create(a.path());
    auto second = Store::open_or_create(b.path());
    auto other = Store::open_or_create(c.path());
    const auto summary = fill_demo_workshop(first, {3, 12, 7});
    fill_demo_workshop(second, {3, 12, 7});
    fill_demo_workshop(other, {3, 12, 8});
    EXPECT_EQ(summary.sessions, 3);
    EXPECT_EQ(summary.captures, 36);
    EXPECT_GT(summary.votes, 0);
    EXPECT_EQ(canonical_json(first.state()), canonical_json(second.state()));
    EXPECT_NE(canonical_json(first.state()), canonical_json(other.state()));
}

TEST(StoreErrors, MissingFolderSaysHowToMakeAStore) {
    TemporaryFolder folder;
    expect_user_error([&] { Store::open(folder / "nergens"); }, "oogst-cli init");
}

TEST(StoreErrors, FolderWithoutStoreIsNotAStore) {
    TemporaryFolder folder;
    expect_user_error([&] { Store::open(folder.path()); }, "is not an Oogst store");
}

TEST(StoreErrors, GarbageFileIsDamagedAndLeftAlone) {
    TemporaryFolder folder;
    const auto file = folder / Store::file_name;
    std::ofstream(file) << "dit is geen database, maar een boodschappenlijst\n";
    const auto before = read_file(file);
    expect_user_error([&] { Store::open(folder.path()); }, "damaged or is not an Oogst store");
    EXPECT_EQ(read_file(file), before);
}

TEST(StoreErrors, AnotherProgramsDatabaseIsRefusedUntouched) {
    TemporaryFolder folder;
    const auto file = folder / Store::file_name;
    run_sql(file, "CREATE TABLE contacts (name TEXT)");
    const auto before = read_file(file);
    expect_user_error([&] { Store::open(folder.path()); }, "is not an Oogst store");
    EXPECT_EQ(read_file(file), before);
}

TEST(StoreErrors, StoreFromANewerOogstIsRefused) {
    TemporaryFolder folder;
    { auto store = Store::open_or_create(folder.path()); }
    run_sql(folder / Store::file_name, "PRAGMA user_version = 99");
    expect_user_error([&] { Store::open(folder.path()); }, "newer version of Oogst");
}

// Issue 15, item 4: one damaged operation (bit rot in its payload) must not stop a
// device from capturing. The store opens without it, names it, and takes new work.
TEST(StoreErrors, AnUnreadableOperationIsNamedAndTheStoreKeepsWorking) {
    TemporaryFolder folder;
    {
        auto store = Store::open_or_create(folder.path());
        store.record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
        store.record(SessionSet{"s2", "droomsessie", "Tafel 2", "", "", 0, 0});
    }
    run_sql(folder / Store::file_name, "UPDATE operations SET payload = x'0102' WHERE sequence = 1");
    auto store = Store::open(folder.path());
    ASSERT_EQ(store.damaged_operations().size(), 1u);
    EXPECT_EQ(store.damaged_operations().front().sequence, 1u);
    EXPECT_EQ(store.state().session("s1"), nullptr);
    EXPECT_NE(store.state().session("s2"), nullptr);
    store.record(SessionSet{"s3", "droomsessie", "Tafel 3", "", "", 0, 0});
    EXPECT_NE(store.state().session("s3"), nullptr) << "a new note, a new table: the device keeps working";
}

TEST(StoreErrors, AFileWhereTheFolderShouldBe) {
    TemporaryFolder folder;
    std::ofstream(folder / "store") << "x";
    expect_user_error([&] { Store::open_or_create(folder / "store"); }, "is a file, not a folder");
}

// The disk tests mount a small tmpfs: a real file system that really fills up or is
// really read-only. Mounting needs root, which tools/test and CI have.
class SmallDisk : public ::testing::Test {
protected:
    void SetUp() override {
        if (geteuid() != 0) GTEST_SKIP() << "mounting a test disk needs root";
        ASSERT_EQ(mount("tmpfs", folder_.path().c_str(), "tmpfs", 0, "size=1m"), 0) << strerror(errno);
        mounted_ = true;
    }
    void TearDown() override {
        if (mounted_) umount2(folder_.path().c_str(), MNT_DETACH);
    }
    std::filesystem::path disk() const { return folder_.path(); }

private:
    TemporaryFolder folder_;
    bool mounted_ = false;
};

TEST_F(SmallDisk, FullDiskGivesAClearErrorAndLosesNothingAcknowledged) {
    std::vector<std::string> acknowledged;
    {
        auto store = Store::open_or_create(disk() / "store");
        store.record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
        const std::string filler(8000, 'x');
        bool full = false;
        for (int i = 0; i < 1000 && !full; ++i) {
            const std::string text = std::to_string(i) + filler;
            try {
                store.record(note("s1", text));
                acknowledged.push_back(text);
            } catch (const UserError& error) {
                EXPECT_NE(std::string(error.what()).find("full"), std::string::npos) << error.what();
                full = true;
            }
        }
        ASSERT_TRUE(full) << "the 1 MiB disk never filled up";
    }
    auto reopened = Store::open(disk() / "store");
    EXPECT_EQ(reopened.integrity_check(), "ok");
    const auto captures = reopened.state().captures_of("s1");
    ASSERT_EQ(captures.size(), acknowledged.size());
    for (std::size_t i = 0; i < captures.size(); ++i) EXPECT_EQ(captures[i].second->text.value(), acknowledged[i]);
}

TEST_F(SmallDisk, ReadOnlyDiskIsRefusedOnOpen) {
    { Store::open_or_create(disk() / "store").record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0}); }
    ASSERT_EQ(mount("tmpfs", disk().c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=1m"), 0) << strerror(errno);
    expect_user_error([&] { Store::open(disk() / "store"); }, "cannot write to");
    expect_user_error([&] { Store::open_or_create(disk() / "another"); }, "cannot create the folder");
}

}  // namespace
}  // namespace oogst
