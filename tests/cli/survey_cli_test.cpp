// oogst-cli import-survey (issue 17) with the real binary on a real store: a survey's CSV
// comes in as its own session, again adds nothing, and joins what is published; bad
// files and words are refused with one sentence and exit code 2.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

struct Survey {
    TemporaryFolder folder;
    std::filesystem::path store = folder / "desk";
    std::filesystem::path file = folder / "enquete.csv";

    Survey() {
        EXPECT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030"}, store).exit_code, 0);
        // A BOM, ';', and a quoted line break, as a spreadsheet program saves it.
        std::ofstream(file, std::ios::binary) << "\xef\xbb\xbf"
                                                 "Nr;Titel;Omschrijving;Leeftijd;Sterren\r\n"
                                                 "1;Stadsbos;\"Een bos aan de rand,\r\nwaar kinderen spelen\";12-17;5\r\n"
                                                 "2;Fietsstraat;De Noordstraat als fietsstraat;26-40;4\r\n";
    }
};

TEST(SurveyCli, ImportsOnceAndAgainAddsNothing) {
    Survey survey;
    const auto first = cli({"import-survey", survey.file.string(), "--text-column", "Omschrijving", "--score-column", "E"},
                           survey.store);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out, "Imported enquete.csv (csv) into \"Online bevraging\": 2 new ideas, 0 already there, 2 votes recorded\n");

    const auto again = cli({"import-survey", survey.file.string(), "--text-column", "Omschrijving", "--score-column", "E"},
                           survey.store);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, "Imported enquete.csv (csv) into \"Online bevraging\": 0 new ideas, 2 already there, 0 votes recorded\n");

    const auto dump = cli({"dump"}, survey.store);
    EXPECT_NE(dump.out.find("Online bevraging"), std::string::npos);
    EXPECT_NE(dump.out.find("Stadsbos\\nEen bos aan de rand,\\nwaar kinderen spelen"), std::string::npos) << dump.out;
    EXPECT_NE(dump.out.find("enquete.csv#2"), std::string::npos) << "every idea keeps its file and row";
}

TEST(SurveyCli, BadFilesAndWordsAreRefusedWithASentence) {
    Survey survey;
    const auto missing = cli({"import-survey", (survey.folder / "er-niet.csv").string()}, survey.store);
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("there is no file to read at"), std::string::npos) << missing.err;

    const auto format = cli({"import-survey", survey.file.string(), "--format", "ods"}, survey.store);
    EXPECT_EQ(format.exit_code, 2);
    EXPECT_NE(format.err.find("--format ods is not a survey format (csv, xlsx, decidim, polis)"), std::string::npos);

    const auto column = cli({"import-survey", survey.file.string(), "--text-column", "Idee"}, survey.store);
    EXPECT_EQ(column.exit_code, 2);
    EXPECT_NE(column.err.find("there is no column \"Idee\"; the file has: Nr, Titel, Omschrijving, Leeftijd, Sterren"),
              std::string::npos)
        << column.err;

    const auto polis = cli({"import-survey", survey.file.string(), "--format", "polis"}, survey.store);
    EXPECT_EQ(polis.exit_code, 2);
    EXPECT_NE(polis.err.find("does not have the columns of a polis export"), std::string::npos) << polis.err;
    EXPECT_EQ(cli({"dump"}, survey.store).out.find("Online bevraging"), std::string::npos) << "nothing was imported";
}

}  // namespace
}  // namespace oogst
