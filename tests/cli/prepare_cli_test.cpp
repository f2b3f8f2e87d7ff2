// Preparing a workshop with the real oogst-cli: the workshop's days and languages,
// sessions changed, copied, removed and merged, a spreadsheet's table list imported
// (or refused whole, naming the bad row), and the device list after a real hand-in.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::ProgramResult;
using testing::TemporaryFolder;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void write(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

class PrepareCli : public ::testing::Test {
protected:
    void SetUp() override {
        const auto made = cli({"workshop", "new", "--name", "Roeselare 2030", "--place", "Roeselare", "--dates",
                               "2026-12-04, 2026-12-11", "--languages", "nl, fr"},
                              store);
        ASSERT_EQ(made.exit_code, 0) << made.err;
    }
    std::string dump() { return cli({"dump"}, store).out; }
    // The first 8 characters of the id of the session listed with name.
    std::string id_of(const std::string& name) {
        const auto listed = cli({"session", "list"}, store).out;
        const auto at = listed.find("  " + name);
        EXPECT_NE(at, std::string::npos) << listed;
        return at == std::string::npos ? "" : listed.substr(listed.rfind('\n', at) + 3, 8);
    }
    // A bad command: exit 2, one line saying why, and the store as it was.
    std::string refused(std::vector<std::string> arguments) {
        const std::string before = dump();
        const ProgramResult result = cli(std::move(arguments), store);
        EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
        EXPECT_TRUE(one_line(result.err)) << result.err;
        EXPECT_EQ(dump(), before) << "the store is left as it was";
        return result.err;
    }

    TemporaryFolder folder;
    std::filesystem::path store = folder / "facilitator";
};

TEST_F(PrepareCli, TheWorkshopKeepsItsDaysAndLanguages) {
    EXPECT_TRUE(has(dump(), R"("dates":["2026-12-04","2026-12-11"],"languages":["nl","fr"])")) << dump();
    ASSERT_EQ(cli({"workshop", "edit", "--place", "Stadhuis Roeselare"}, store).exit_code, 0);
    EXPECT_TRUE(has(dump(), R"("place":"Stadhuis Roeselare")"));
    EXPECT_TRUE(has(refused({"workshop", "edit", "--dates", "2026-12-04, volgende week"}), "\"volgende\" is not a date"));
    TemporaryFolder other;
    const auto bad = cli({"workshop", "new", "--name", "X", "--languages", "de"}, other / "store");
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_TRUE(has(bad.err, "unknown language \"de\"")) << bad.err;
}

TEST_F(PrepareCli, SessionsAreChangedCopiedAndRemoved) {
    ASSERT_EQ(cli({"session", "new", "--table", "Tafel 1", "--ambassador", "An"}, store).exit_code, 0);
    auto edited = cli({"session", "edit", "--session", "Tafel 1", "--place", "Bib", "--start", "19:30", "--participants",
                       "8", "--table", "Tafel 1: Centrum"},
                      store);
    ASSERT_EQ(edited.exit_code, 0) << edited.err;
    auto listed = cli({"session", "list"}, store).out;
    EXPECT_TRUE(has(listed, "Tafel 1: Centrum · Bib · An · 19:30 · droomsessie · 8 participants: 0 captures")) << listed;
    ASSERT_EQ(cli({"session", "copy", "--session", id_of("Tafel 1: Centrum")}, store).exit_code, 0);
    EXPECT_TRUE(has(cli({"session", "list"}, store).out, "Tafel 1: Centrum (2) · Bib · An"));
    EXPECT_TRUE(has(refused({"session", "edit", "--session", "Tafel 1: Centrum (2)", "--table", "tafel 1: centrum"}),
                    "already a session called \"Tafel 1: Centrum\""));
    ASSERT_EQ(cli({"session", "delete", "--session", "Tafel 1: Centrum (2)"}, store).exit_code, 0);
    EXPECT_FALSE(has(cli({"session", "list"}, store).out, "(2)"));
    ASSERT_EQ(cli({"session", "new", "--table", "Kiosk"}, store).exit_code, 0);
    auto kiosk = cli({"session", "edit", "--session", "Kiosk", "--method", "kinderkiosk", "--table", "Mijn droomstad",
                      "--school", "De Regenboog: 5A, 5B"},
                     store);
    ASSERT_EQ(kiosk.exit_code, 0) << kiosk.err;
    EXPECT_TRUE(has(dump(), R"("schools":[{"name":"De Regenboog","classes":["5A","5B"]}])")) << dump();
    refused({"session", "edit", "--session", "bestaat-niet", "--place", "X"});
    refused({"session", "edit", "--session", "Mijn droomstad", "--participants", "40"});
}

TEST_F(PrepareCli, FourTabletsWithOneNameAreToldApartAndMerged) {
    for (int t = 0; t < 4; ++t) {
        ASSERT_EQ(cli({"session", "new", "--table", "Tafel " + std::to_string(t)}, store).exit_code, 0);
        ASSERT_EQ(cli({"add", "--text", "idee " + std::to_string(t)}, store).exit_code, 0);
    }
    // As four tablets that chose the same name would bring them in.
    std::vector<std::string> ids;
    for (int t = 0; t < 4; ++t) ids.push_back(id_of("Tafel " + std::to_string(t)));
    for (int t = 0; t < 4; ++t)
        ASSERT_EQ(cli({"session", "edit", "--session", ids[t], "--table", "Tafel 1: Centrum"}, store).exit_code,
                  t == 0 ? 0 : 2)
            << "the facilitator's own plan keeps names apart";
    EXPECT_TRUE(has(refused({"session", "merge", "--from", "Tafel 9", "--into", "Tafel 1: Centrum"}), "no session \"Tafel 9\""));
    for (int t = 1; t < 4; ++t) {
        const auto merged = cli({"session", "merge", "--from", ids[t], "--into", ids[0]}, store);
        ASSERT_EQ(merged.exit_code, 0) << merged.err;
    }
    const auto listed = cli({"session", "list"}, store).out;
    EXPECT_TRUE(has(listed, "1 sessions")) << listed;
    EXPECT_TRUE(has(listed, "Tafel 1: Centrum · Roeselare · ")) << listed;
    EXPECT_TRUE(has(listed, "droomsessie: 4 captures")) << listed;
    EXPECT_TRUE(has(dump(), "\"merged_into\":\"")) << dump();
    EXPECT_TRUE(has(refused({"session", "merge", "--from", ids[0], "--into", ids[1]}), "cannot be merged into itself"));
}

TEST_F(PrepareCli, ATableListIsImportedWholeOrNotAtAll) {
    const auto good = folder / "tafels.csv";
    write(good, "\xef\xbb\xbftafel;plaats;ambassadeur;begin\r\n\"Tafel 1: Centrum\";Bib;An;19:30\r\n"
                "Tafel 2: Beveren;\"OC Beveren,\nzaal 2\";Jo;2026-12-11 20:00\r\n");
    const auto imported = cli({"session", "import-csv", good.string()}, store);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_TRUE(has(imported.out, "2 tables added from tafels.csv")) << imported.out;
    const auto listed = cli({"session", "list"}, store).out;
    EXPECT_TRUE(has(listed, "Tafel 1: Centrum · Bib · An · 19:30")) << listed;
    // The cell's line break is a space in the stored place, which is one line (issue 15).
    EXPECT_TRUE(has(listed, "Tafel 2: Beveren · OC Beveren, zaal 2 · Jo · 2026-12-11 20:00")) << listed;

    const auto bad = folder / "kapot.csv";
    write(bad, "Tafel 3;Bib;Lies;19:30\nTafel 4;Bib;Lies;half acht\nTafel 1: Centrum;;;\n");
    const auto err = refused({"session", "import-csv", bad.string()});
    EXPECT_TRUE(has(err, "row 2: \"half acht\" is not a start time")) << err;
    EXPECT_TRUE(has(err, "(and 1 more row)")) << err;
    EXPECT_TRUE(has(err, "nothing was imported")) << err;
    EXPECT_FALSE(has(cli({"session", "list"}, store).out, "Tafel 3"));
    refused({"session", "import-csv", (folder / "bestaat-niet.csv").string()});
}

TEST_F(PrepareCli, TheDeviceListShowsWhoHandedInAndWhichTablesAreMissing) {
    for (const char* name : {"Tafel 1: Centrum", "Tafel 2: Beveren"})
        ASSERT_EQ(cli({"session", "new", "--table", name}, store).exit_code, 0);
    const auto join = folder / "roeselare.oogst-join", stick = folder / "stick", tablet = folder / "tablet";
    ASSERT_EQ(cli({"workshop", "join-code", "--out", join.string()}, store).exit_code, 0);
    auto before = cli({"devices"}, store);
    ASSERT_EQ(before.exit_code, 0) << before.err;
    EXPECT_TRUE(has(before.out, "0 devices have handed in")) << before.out;
    EXPECT_TRUE(has(before.out, "2 sessions with nothing handed in yet")) << before.out;
    EXPECT_TRUE(has(before.out, "not known here")) << before.out;

    ASSERT_EQ(cli({"workshop", "join", join.string()}, tablet).exit_code, 0);
    const std::string first = id_of("Tafel 1: Centrum");
    const auto sessions = cli({"workshop", "show"}, tablet).out;
    const auto at = sessions.find("Tafel 1: Centrum");
    const std::string session = sessions.substr(sessions.find('[', at) + 1, 32);
    ASSERT_EQ(session.substr(0, 8), first);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(cli({"add", "--text", "idee " + std::to_string(i), "--session", session}, tablet).exit_code, 0);
    std::filesystem::create_directories(stick);
    ASSERT_EQ(cli({"bundle", "export", "--out", stick.string()}, tablet).exit_code, 0);
    ASSERT_EQ(cli({"import", stick.string()}, store).exit_code, 0);

    const auto after = cli({"devices"}, store);
    ASSERT_EQ(after.exit_code, 0) << after.err;
    EXPECT_TRUE(has(after.out, "1 device has handed in")) << after.out;
    EXPECT_TRUE(has(after.out, "3 operations held; serves Tafel 1: Centrum")) << after.out;
    EXPECT_TRUE(has(after.out, "1 session with nothing handed in yet\n  \"Tafel 2: Beveren\"")) << after.out;
}

}  // namespace
}  // namespace oogst
