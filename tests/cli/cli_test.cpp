// oogst-cli as a script or a facilitator uses it: the real binary, a real store folder,
// the exit codes and one-line reasons of the command-line contract.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::ProgramResult;
using testing::TemporaryFolder;

TEST(Cli, AFacilitatorSetsUpAWorkshopAndAddsNotes) {
    TemporaryFolder folder;
    const auto store = folder / "store";
    auto result = cli({"init"}, store);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Store set up"), std::string::npos);

    result = cli({"workshop", "new", "--name", "Roeselare 2030", "--place", "Roeselare"}, store);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = cli({"session", "new", "--table", "Tafel 1: Beveren", "--ambassador", "An"}, store);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    result = cli({"add", "--text", "Een stad met één hart", "--prompt", "stad-2030"}, store);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Tafel 1: Beveren"), std::string::npos) << "notes go to the latest session";

    result = cli({"workshop", "show"}, store);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Roeselare 2030"), std::string::npos);
    EXPECT_NE(result.out.find("Tafel 1: Beveren (An): 1 captures"), std::string::npos) << result.out;

    result = cli({"dump", "--format", "json"}, store);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find(R"("text":"Een stad met één hart")"), std::string::npos) << result.out;
}

TEST(Cli, AddWithoutSessionMakesOne) {
    TemporaryFolder folder;
    ASSERT_EQ(cli({"workshop", "new", "--name", "Focusgroep"}, folder.path()).exit_code, 0);
    const auto result = cli({"add", "--text", "Meer bankjes"}, folder.path());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(cli({"workshop", "show"}, folder.path()).out.find("sessions: 1"), std::string::npos);
}

TEST(Cli, DemoIsDeterministicForASeed) {
    TemporaryFolder a, b;
    ASSERT_EQ(cli({"demo", "--tables", "3", "--captures", "20", "--seed", "7"}, a.path()).exit_code, 0);
    ASSERT_EQ(cli({"demo", "--tables", "3", "--captures", "20", "--seed", "7"}, b.path()).exit_code, 0);
    const auto first = cli({"dump"}, a.path()), second = cli({"dump"}, b.path());
    ASSERT_EQ(first.exit_code, 0);
    EXPECT_GT(first.out.size(), 1000u);
    EXPECT_EQ(first.out, second.out);
    EXPECT_NE(first.out.find("Tafel 2: Beveren"), std::string::npos);
}

TEST(Cli, BadInputExitsTwoWithOneLine) {
    TemporaryFolder folder;
    const auto store = folder / "store";

    auto result = cli({"workshop", "show"}, store);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("oogst-cli init"), std::string::npos) << result.err;

    ASSERT_EQ(cli({"init"}, store).exit_code, 0);
    result = cli({"add", "--text", "x"}, store);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("no workshop yet"), std::string::npos) << result.err;

    ASSERT_EQ(cli({"workshop", "new", "--name", "A"}, store).exit_code, 0);
    result = cli({"workshop", "new", "--name", "B"}, store);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("already belongs"), std::string::npos) << result.err;

    result = cli({"add", "--text", ""}, store);
    EXPECT_EQ(result.exit_code, 2);
    result = cli({"add", "--text", "x", "--session", "bestaat-niet"}, store);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    result = cli({"dump", "--format", "xml"}, store);
    EXPECT_EQ(result.exit_code, 2);
    result = cli({"demo", "--tables", "0"}, store);
    EXPECT_EQ(result.exit_code, 2);
    result = cli({"workshop", "frobnicate"}, store);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
}

// Points oogst-cli at another assets folder ($OOGST_ASSETS) for as long as it lives.
class AssetsFolder {
public:
    explicit AssetsFolder(const std::filesystem::path& folder) { setenv("OOGST_ASSETS", folder.c_str(), 1); }
    ~AssetsFolder() { unsetenv("OOGST_ASSETS"); }
};

TEST(Cli, TemplatesListsEveryMethod) {
    TemporaryFolder folder;
    const auto result = cli({"templates"}, folder.path());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const char* id : {"droomsessie", "delight-thinking", "toekomstlab", "missie-visie-waarden", "swot-plus",
                           "focusgroep", "maatschappelijke-waarde-canvas", "speelveld", "kinderkiosk", "stadsdebat"})
        EXPECT_NE(result.out.find(std::string("  ") + id + " "), std::string::npos) << id << "\n" << result.out;
    EXPECT_NE(result.out.find("Droomsessie (3 boards)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Kinderkiosk (1 board)"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("Not loaded"), std::string::npos) << result.out;
}

TEST(Cli, SessionMethodMustBeATemplate) {
    TemporaryFolder folder;
    ASSERT_EQ(cli({"workshop", "new", "--name", "Memorandum"}, folder.path()).exit_code, 0);
    auto result = cli({"session", "new", "--table", "MT", "--method", "missie-visie-waarden"}, folder.path());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(cli({"dump"}, folder.path()).out.find(R"("method":"missie-visie-waarden")"), std::string::npos);

    result = cli({"session", "new", "--table", "MT", "--method", "swot"}, folder.path());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("unknown method \"swot\""), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("swot-plus"), std::string::npos) << "the known methods are named: " << result.err;
    EXPECT_NE(result.err.find("kinderkiosk"), std::string::npos) << result.err;
    EXPECT_NE(cli({"workshop", "show"}, folder.path()).out.find("sessions: 1"), std::string::npos)
        << "nothing is stored for a refused session";

    result = cli({"workshop", "new", "--name", "X", "--method", "droomsesie"}, folder / "other");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("unknown method \"droomsesie\""), std::string::npos) << result.err;
}

TEST(Cli, BrokenTemplateIsNamedAndTheOthersStillWork) {
    TemporaryFolder assets, store;
    std::filesystem::create_directories(assets / "templates");
    std::filesystem::copy_file(std::filesystem::path(OOGST_SOURCE_ASSETS) / "templates" / "droomsessie.yaml",
                               assets / "templates" / "droomsessie.yaml");
    std::ifstream good(std::filesystem::path(OOGST_SOURCE_ASSETS) / "templates" / "swot-plus.yaml");
    std::string swot{std::istreambuf_iterator<char>(good), {}};
    swot.replace(swot.find("round_minutes: 10"), 17, "round_minutes: soon");
    std::ofstream(assets / "templates" / "swot-plus.yaml") << swot;
    AssetsFolder use(assets.path());

    auto result = cli({"templates"}, store.path());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("1 method template(s) could not be read"), std::string::npos) << result.err;
    EXPECT_NE(result.out.find("droomsessie"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("swot-plus.yaml, line "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("round_minutes"), std::string::npos) << result.out;

    ASSERT_EQ(cli({"workshop", "new", "--name", "Memorandum"}, store.path()).exit_code, 0);
    result = cli({"session", "new", "--method", "swot-plus"}, store.path());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("could not be read: 'oogst-cli templates' shows why"), std::string::npos) << result.err;
    result = cli({"session", "new", "--method", "droomsessie"}, store.path());
    EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST(Cli, DamagedStoreExitsTwoAndIsLeftAsItWas) {
    TemporaryFolder folder;
    std::ofstream(folder / "oogst.db") << "geen database";
    const auto result = cli({"dump"}, folder.path());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("damaged"), std::string::npos) << result.err;
    std::ifstream in(folder / "oogst.db");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "geen database");
    EXPECT_FALSE(std::filesystem::exists(folder / "oogst.db-wal"));
}

TEST(Cli, FolderThatIsNotAStore) {
    TemporaryFolder folder;
    std::ofstream(folder / "vakantiefoto.jpg") << "x";
    const auto result = cli({"dump"}, folder.path());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("is not an Oogst store"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace oogst
