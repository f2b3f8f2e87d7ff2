// oogst-cli export (issue 17) with the real binary on a demo workshop: every format is
// written where --out says (polis-export and datapackage as folders), the Decidim CSV
// maps a key named by --taxonomy, and a bad format, a taxonomy that names no key, an
// unknown locale or an --out already there are refused with one sentence and nothing
// written.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

struct DemoDesk {
    TemporaryFolder folder;
    std::filesystem::path store = folder / "desk";

    DemoDesk() {
        EXPECT_EQ(cli({"demo", "--tables", "6", "--captures", "30", "--kiosk", "12", "--seed", "2030"}, store).exit_code, 0);
        EXPECT_EQ(cli({"key", "new", "--name", "Groen", "--describe", "bomen park groen natuur"}, store).exit_code, 0);
        EXPECT_EQ(cli({"cluster", "--accept"}, store).exit_code, 0);
    }
};

TEST(ExportCli, EveryFormatIsWrittenWhereOutSays) {
    DemoDesk desk;
    for (const char* format : {"decidim-json", "decidim-csv", "decidim-results", "decidim-meetings", "polis", "csv",
                               "xlsx", "json"}) {
        const auto out = desk.folder / "uit" / (std::string("export-") + format);
        const auto made = cli({"export", "--format", format, "--out", out.string()}, desk.store);
        ASSERT_EQ(made.exit_code, 0) << format << ": " << made.err;
        EXPECT_TRUE(std::filesystem::is_regular_file(out)) << format;
        EXPECT_NE(made.out.find("Wrote"), std::string::npos);
    }
    EXPECT_EQ(read(desk.folder / "uit" / "export-polis").rfind("comment_text\r\n", 0), 0u);
    EXPECT_EQ(read(desk.folder / "uit" / "export-xlsx").rfind("PK", 0), 0u);

    const auto polis = desk.folder / "polis";
    ASSERT_EQ(cli({"export", "--format", "polis-export", "--out", polis.string()}, desk.store).exit_code, 0);
    EXPECT_TRUE(std::filesystem::exists(polis / "comments.csv"));
    EXPECT_TRUE(std::filesystem::exists(polis / "votes.csv"));
    const auto package = desk.folder / "open-data";
    ASSERT_EQ(cli({"export", "--format", "datapackage", "--out", package.string()}, desk.store).exit_code, 0);
    for (const char* file : {"datapackage.json", "captures.csv", "keys.csv", "sessions.csv"})
        EXPECT_TRUE(std::filesystem::exists(package / file)) << file;
}

TEST(ExportCli, TheDecidimCsvMapsTheKeyTheFacilitatorNamed) {
    DemoDesk desk;
    const auto out = desk.folder / "voorstellen.csv";
    const auto made = cli({"export", "--format", "decidim-csv", "--locale", "nl", "--taxonomy", "Groen=12", "--scope",
                           "4", "--proposals", "all", "--out", out.string()},
                          desk.store);
    ASSERT_EQ(made.exit_code, 0) << made.err;
    const std::string csv = read(out);
    EXPECT_EQ(csv.rfind("title/nl;body/nl;taxonomies/ids;scope/id;", 0), 0u) << csv.substr(0, 80);
    EXPECT_NE(csv.find(";12;4;"), std::string::npos) << "a capture filed under Groen carries its taxonomy";

    const auto older = desk.folder / "oud.csv";
    ASSERT_EQ(cli({"export", "--format", "decidim-csv", "--category", "--taxonomy", "Groen=12", "--out", older.string()},
                  desk.store).exit_code, 0);
    EXPECT_NE(read(older).find(";category/id;"), std::string::npos);
}

TEST(ExportCli, BadWordsAreRefusedInOneSentenceAndNothingIsWritten) {
    DemoDesk desk;
    const auto out = desk.folder / "export.csv";
    for (const std::vector<std::string>& words :
         {std::vector<std::string>{"export", "--format", "excel", "--out", out.string()},
          {"export", "--format", "decidim-csv", "--taxonomy", "Bestaat niet=3", "--out", out.string()},
          {"export", "--format", "decidim-csv", "--taxonomy", "Groen", "--out", out.string()},
          {"export", "--format", "decidim-csv", "--locale", "xx", "--out", out.string()},
          {"export", "--format", "decidim-csv", "--proposals", "sommige", "--out", out.string()},
          {"export", "--format", "csv", "--out", (desk.store / "export.csv").string()}}) {
        const auto refused = cli(words, desk.store);
        EXPECT_NE(refused.exit_code, 0) << words[2] << " " << words[3];
        EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
        EXPECT_FALSE(std::filesystem::exists(out)) << refused.err;
    }
    EXPECT_FALSE(std::filesystem::exists(desk.store / "export.csv"));

    ASSERT_EQ(cli({"export", "--format", "csv", "--out", out.string()}, desk.store).exit_code, 0);
    const auto again = cli({"export", "--format", "csv", "--out", out.string()}, desk.store);
    EXPECT_NE(again.exit_code, 0);
    EXPECT_NE(again.err.find("--replace"), std::string::npos);
    EXPECT_EQ(cli({"export", "--format", "csv", "--replace", "--out", out.string()}, desk.store).exit_code, 0);
}

}  // namespace
}  // namespace oogst
