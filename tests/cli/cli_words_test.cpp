// The command line's own words (issue 12, section 5): an unknown subcommand is named,
// --version answers, usage lines say "oogst-cli", sessions can be listed, and an
// import that merges some bundles and refuses others says so per file with exit code 2.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;


TEST(CliWords, AnUnknownSubcommandIsNamed) {
    auto result = testing::run_program(OOGST_CLI, {"frobnicate"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("no subcommand \"frobnicate\" of oogst-cli"), std::string::npos) << result.err;
    result = testing::run_program(OOGST_CLI, {"bundle", "frobnicate"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("no subcommand \"frobnicate\" of oogst-cli bundle"), std::string::npos) << result.err;
    result = testing::run_program(OOGST_CLI, {"bundle"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("oogst-cli bundle --help"), std::string::npos) << result.err;
}

TEST(CliWords, VersionAndUsageSayOogstCli) {
    auto result = testing::run_program(OOGST_CLI, {"--version"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.out.rfind("oogst-cli ", 0), 0u) << result.out;
    EXPECT_TRUE(one_line(result.out)) << result.out;
    result = testing::run_program(OOGST_CLI, {"import", "--help"});
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_NE(result.out.find("Usage: oogst-cli import"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Exit code: 0 when every bundle merged"), std::string::npos) << result.out;
}

TEST(CliWords, SessionListShowsEverySession) {
    TemporaryFolder folder;
    const auto store = folder / "store";
    ASSERT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030", "--place", "Roeselare"}, store).exit_code, 0);
    auto result = cli({"session", "list"}, store);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Roeselare 2030: 0 sessions"), std::string::npos) << result.out;
    ASSERT_EQ(cli({"session", "new", "--table", "Tafel 1: Centrum", "--ambassador", "An"}, store).exit_code, 0);
    ASSERT_EQ(cli({"session", "new", "--table", "Tafel 2: Beveren"}, store).exit_code, 0);
    ASSERT_EQ(cli({"add", "--text", "Meer bomen"}, store).exit_code, 0);
    result = cli({"session", "list"}, store);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    // Each with its short id, place, ambassador, start and method, and its captures.
    EXPECT_NE(result.out.find("  Tafel 1: Centrum · Roeselare · An · "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find(" · droomsessie: 0 captures\n"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("  Tafel 2: Beveren · Roeselare · "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find(" · droomsessie: 1 capture\n"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Roeselare 2030: 2 sessions"), std::string::npos) << result.out;
}

TEST(CliWords, AnImportThatMergesSomeAndRefusesOneSaysSoPerFile) {
    TemporaryFolder folder;
    const auto facilitator = folder / "facilitator", tablet = folder / "tablet", stick = folder / "stick";
    std::filesystem::create_directories(stick);
    ASSERT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030"}, facilitator).exit_code, 0);
    ASSERT_EQ(cli({"workshop", "join-code", "--out", (folder / "join.oogst-join").string()}, facilitator).exit_code, 0);
    ASSERT_EQ(cli({"workshop", "join", (folder / "join.oogst-join").string()}, tablet).exit_code, 0);
    ASSERT_EQ(cli({"demo", "--tables", "1", "--captures", "5"}, tablet).exit_code, 0);
    ASSERT_EQ(cli({"bundle", "export", "--out", (stick / "a-tafel.oogst").string()}, tablet).exit_code, 0);
    std::ofstream(stick / "b-kapot.oogst") << "dit is geen bundel";

    const auto result = cli({"import", stick.string()}, facilitator);
    EXPECT_EQ(result.exit_code, 2) << "one refused: exit 2 although the other merged";
    EXPECT_NE(result.out.find("a-tafel.oogst: merged"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("b-kapot.oogst: REJECTED"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Imported 2 bundle(s)"), std::string::npos) << result.out;
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("b-kapot.oogst"), std::string::npos) << result.err;
    const auto dump = cli({"dump"}, facilitator);
    EXPECT_NE(dump.out.find("\"captures\""), std::string::npos);
    const auto again = cli({"import", (stick / "a-tafel.oogst").string()}, facilitator);
    EXPECT_EQ(again.exit_code, 0) << "the merged one stayed merged: imported before";
    EXPECT_NE(again.out.find("already imported"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace oogst
