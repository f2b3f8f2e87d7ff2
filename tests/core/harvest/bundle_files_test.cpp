// Bundles as files on a stick: names every stick's file system takes, never over an
// earlier export, and found below a stick's folders but not in its hidden ones.
#include <gtest/gtest.h>

#include <fstream>

#include "core/harvest/bundle_files.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

namespace fs = std::filesystem;

TEST(BundleFiles, FileNamesArePlainOnEveryStick) {
    EXPECT_EQ(file_name_part("Tafel 3: De Kring"), "tafel-3-de-kring");
    EXPECT_EQ(file_name_part("  Roeselare 2030 / Droom?  "), "roeselare-2030-droom");
    EXPECT_EQ(file_name_part("Café l’Été"), "café-l-été");
    EXPECT_EQ(file_name_part("Tafel–3 “De Kring” · ÉÉN"), "tafel-3-de-kring-één");
    EXPECT_EQ(file_name_part(""), "");
    EXPECT_LE(file_name_part(std::string(200, 'a')).size(), 60u);
}

TEST(BundleFiles, AnEarlierExportIsNeverOverwritten) {
    TemporaryFolder stick;
    EXPECT_EQ(free_file_name(stick.path(), "w-t-2026-11-22", ".oogst"), stick / "w-t-2026-11-22.oogst");
    std::ofstream(stick / "w-t-2026-11-22.oogst") << "x";
    EXPECT_EQ(free_file_name(stick.path(), "w-t-2026-11-22", ".oogst"), stick / "w-t-2026-11-22-2.oogst");
}

TEST(BundleFiles, BundlesAreFoundBelowAStickButNotInHiddenFolders) {
    TemporaryFolder stick;
    fs::create_directories(stick / "avond-1" / "tafel-3");
    fs::create_directories(stick / ".Trashes");
    std::ofstream(stick / "a.oogst") << "x";
    std::ofstream(stick / "avond-1" / "tafel-3" / "b.oogst") << "x";
    std::ofstream(stick / ".Trashes" / "c.oogst") << "x";
    std::ofstream(stick / "notes.txt") << "x";
    const auto found = find_files_below(stick.path(), ".oogst", {4, 100}).files;
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], stick / "a.oogst");
    EXPECT_EQ(found[1], stick / "avond-1" / "tafel-3" / "b.oogst");
    EXPECT_EQ(find_files_below(stick.path(), ".oogst", {0, 100}).files.size(), 1u);
}

TEST(BundleFiles, ABundleIsNamedForItsWorkshopAndTableAndNeverOverAnother) {
    TemporaryFolder stick;
    HarvestStanding standing;
    standing.workshop_name = "Roeselare 2030";
    standing.table = "Tafel 3: De Kring";
    const std::int64_t noon = 1795000000000;  // a day in 2026, at midday UTC
    const fs::path first = bundle_file_in(stick.path(), standing, "1a2b3c4d5e", noon);
    EXPECT_EQ(first.parent_path(), stick.path());
    EXPECT_EQ(first.filename().string().rfind("roeselare-2030-tafel-3-de-kring-2026-", 0), 0u) << first;
    EXPECT_EQ(first.extension(), ".oogst");
    std::ofstream(first) << "x";
    const fs::path second = bundle_file_in(stick.path(), standing, "1a2b3c4d5e", noon);
    EXPECT_NE(second, first);
    EXPECT_EQ(second.stem().string(), first.stem().string() + "-2");
    standing.table.clear();
    EXPECT_NE(bundle_file_in(stick.path(), standing, "1a2b3c4d5e", noon).filename().string().find("-1a2b3c4d-"),
              std::string::npos) << "without a table, the device names it";
}

TEST(BundleFiles, AFolderThatCannotBeReadToTheEndIsSaid) {
    TemporaryFolder stick;
    for (int i = 0; i < 5; ++i) std::ofstream(stick / ("b" + std::to_string(i) + ".oogst")) << "x";
    const FoundFiles found = find_files_below(stick.path(), ".oogst", {.max_visited = 3});
    EXPECT_LE(found.files.size(), 3u);
    EXPECT_FALSE(found.problem.empty());
    EXPECT_TRUE(find_files_below(stick.path(), ".oogst").problem.empty());
}

}  // namespace
}  // namespace oogst::testing
