// This device's settings (language, keyboard layout): kept across a restart on a real
// store, never in a bundle, and added to stores made before they existed.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/store/store.hpp"
#include "tests/core/store/store_test_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::run_sql;
using testing::TemporaryFolder;

int user_version(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
    sqlite3_step(statement);
    const int version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return version;
}

TEST(DeviceSettings, ANewStoreHasNoneAndKeepsWhatIsSavedAcrossReopening) {
    TemporaryFolder folder;
    {
        auto store = Store::open_or_create(folder.path());
        const DeviceSettings fresh = store.device_settings();
        EXPECT_FALSE(fresh.language);
        EXPECT_EQ(fresh.keyboard_layout, "");
        store.save_device_language(Language::fr);
        store.save_device_keyboard_layout("qwerty-nl");
        store.save_device_language(Language::en);  // the later choice replaces the earlier
    }
    const auto reopened = Store::open(folder.path());
    const DeviceSettings settings = reopened.device_settings();
    EXPECT_EQ(settings.language, Language::en);
    EXPECT_EQ(settings.keyboard_layout, "qwerty-nl");
    EXPECT_EQ(reopened.operation_count(), 0u) << "settings are not operations: they never travel in a bundle";
}

TEST(DeviceSettings, ALanguageThisVersionDoesNotKnowCountsAsNeverChosen) {
    TemporaryFolder folder;
    { Store::open_or_create(folder.path()).save_device_keyboard_layout("azerty-be"); }
    run_sql(folder / Store::file_name, "INSERT INTO device_settings (key, value) VALUES ('language', 'de')");
    const DeviceSettings settings = Store::open(folder.path()).device_settings();
    EXPECT_FALSE(settings.language);
    EXPECT_EQ(settings.keyboard_layout, "azerty-be");
}

TEST(DeviceSettings, AStoreFromBeforeSettingsGainsTheirTable) {
    TemporaryFolder folder;
    { Store::open_or_create(folder.path()).record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0}); }
    run_sql(folder / Store::file_name, "DROP TABLE device_settings; PRAGMA user_version = 4");

    auto store = Store::open(folder.path());
    EXPECT_EQ(user_version(folder / Store::file_name), Store::schema_version);
    EXPECT_FALSE(store.device_settings().language);
    store.save_device_language(Language::fr);
    EXPECT_EQ(store.device_settings().language, Language::fr);
    EXPECT_NE(store.state().session("s1"), nullptr);
}

// An upgrade that meets the table already there (a version set back by hand, an upgrade
// run twice) keeps it and what it holds.
TEST(DeviceSettings, TheUpgradeIsIdempotent) {
    TemporaryFolder folder;
    { Store::open_or_create(folder.path()).save_device_language(Language::fr); }
    run_sql(folder / Store::file_name, "PRAGMA user_version = 4");
    { EXPECT_EQ(Store::open(folder.path()).device_settings().language, Language::fr); }
    run_sql(folder / Store::file_name, "PRAGMA user_version = 4");
    EXPECT_EQ(Store::open(folder.path()).device_settings().language, Language::fr);
    EXPECT_EQ(user_version(folder / Store::file_name), Store::schema_version);
}

}  // namespace
}  // namespace oogst
