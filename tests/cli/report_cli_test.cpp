// oogst-cli report (issue 14) with the real binary on a real store: each publication is
// written where --out says, as the kind and format ask, readable by poppler's tools; a
// gallery is a folder; and a bad word, a table that does not exist, an --out inside the
// store or over an existing file are refused with a sentence and nothing written.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

struct Desk {
    TemporaryFolder folder;
    std::filesystem::path store = folder / "desk";

    Desk() {
        EXPECT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030", "--languages", "fr"}, store).exit_code, 0);
        EXPECT_EQ(cli({"add", "--text", "Meer bomen in de straat"}, store).exit_code, 0);
        EXPECT_EQ(cli({"key", "new", "--name", "Ademen", "--describe", "bomen"}, store).exit_code, 0);
    }
};

TEST(ReportCli, EachPublicationIsWrittenWhereOutSays) {
    Desk desk;
    const auto note = desk.folder / "uit" / "nota.pdf";
    const auto made = cli({"report", "--kind", "note", "--out", note.string()}, desk.store);
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_NE(made.out.find("Wrote"), std::string::npos);
    const auto text = testing::run_program("/usr/bin/pdftotext", {note.string(), "-"});
    EXPECT_NE(text.out.find("Note d’orientation"), std::string::npos) << "the workshop's first language: French";
    EXPECT_NE(text.out.find("Ademen"), std::string::npos);

    const auto paper = desk.folder / "krant.pdf";
    ASSERT_EQ(cli({"report", "--kind", "newspaper", "--paper", "a3", "--lang", "nl", "--out", paper.string()}, desk.store).exit_code, 0);
    EXPECT_NE(testing::run_program("/usr/bin/pdfinfo", {paper.string()}).out.find("841.89 x 1190.55"), std::string::npos);

    const auto markdown = desk.folder / "memorandum.md";
    ASSERT_EQ(cli({"report", "--kind", "memorandum", "--format", "md", "--out", markdown.string()}, desk.store).exit_code, 0);
    EXPECT_EQ(read(markdown).rfind("# Mémorandum", 0), 0u) << read(markdown).substr(0, 80);

    const auto gallery = desk.folder / "tentoonstelling";
    ASSERT_EQ(cli({"report", "--kind", "gallery", "--out", gallery.string()}, desk.store).exit_code, 0);
    EXPECT_TRUE(std::filesystem::exists(gallery / "index.html"));
}

TEST(ReportCli, BadWordsAndPlacesAreRefusedAndNothingIsWritten) {
    Desk desk;
    const auto out = desk.folder / "nota.pdf";
    for (const std::vector<std::string>& words :
         {std::vector<std::string>{"report", "--kind", "poster", "--out", out.string()},
          {"report", "--kind", "note", "--format", "docx", "--out", out.string()},
          {"report", "--kind", "note", "--lang", "de", "--out", out.string()},
          {"report", "--kind", "note", "--paper", "a5", "--out", out.string()},
          {"report", "--kind", "table", "--table", "Tafel 99", "--out", out.string()}}) {
        const auto refused = cli(words, desk.store);
        EXPECT_NE(refused.exit_code, 0) << words[2];
        EXPECT_FALSE(refused.err.empty());
        EXPECT_FALSE(std::filesystem::exists(out)) << words[2];
    }

    // Inside the store's folder: never, not even with --replace.
    const auto database = desk.store / "oogst.db";
    const std::string before = read(database);
    const auto inside = cli({"report", "--kind", "note", "--out", database.string(), "--replace"}, desk.store);
    EXPECT_NE(inside.exit_code, 0);
    EXPECT_NE(inside.err.find("store"), std::string::npos) << inside.err;
    EXPECT_EQ(read(database), before);

    // Over a file already there: only when asked.
    std::ofstream(out) << "the council's copy";
    const auto over = cli({"report", "--kind", "note", "--out", out.string()}, desk.store);
    EXPECT_NE(over.exit_code, 0);
    EXPECT_NE(over.err.find("--replace"), std::string::npos) << over.err;
    EXPECT_EQ(read(out), "the council's copy");
    EXPECT_EQ(cli({"report", "--kind", "note", "--out", out.string(), "--replace"}, desk.store).exit_code, 0);
    EXPECT_EQ(read(out).rfind("%PDF-", 0), 0u);
}

}  // namespace
}  // namespace oogst
