// Input hygiene on the command line (issue 15, item 9): words that become stored text
// are refused when they are not UTF-8 or hold control characters, naming the option and
// storing nothing; and a store that cannot be written to still answers dump, workshop
// show and bundle inspect.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

namespace fs = std::filesystem;
using testing::ProgramResult;
using testing::TemporaryFolder;

void expect_refused(const ProgramResult& result, const std::string& option, const std::string& why) {
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_NE(result.err.find(option + ":"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find(why), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find('\x1b'), std::string::npos) << "the refusal echoes the escape character raw";
    EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << "one line: " << result.err;
}

std::string dump(const fs::path& store) {
    const auto result = cli({"dump", "--format", "json"}, store);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

TEST(CliTextHygiene, WordsThatAreNotUtf8OrHoldControlCharactersAreRefusedAndNothingIsStored) {
    TemporaryFolder folder;
    const auto store = folder / "store";
    ASSERT_EQ(cli({"init"}, store).exit_code, 0);
    expect_refused(cli({"workshop", "new", "--name", "Roeselare\x1b[2J"}, store), "--name", "control character");
    expect_refused(cli({"workshop", "new", "--name", "Roeselare 2030", "--place", "Li\xe8ge"}, store), "--place",
                   "UTF-8");
    EXPECT_NE(cli({"workshop", "show"}, store).exit_code, 0) << "a refused workshop was made anyway";

    ASSERT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030"}, store).exit_code, 0);
    const std::string before = dump(store);
    expect_refused(cli({"session", "new", "--table", "Tafel\t3"}, store), "--table", "control character");
    expect_refused(cli({"add", "--text", "rood\x1b[31m"}, store), "--text", "control character");
    expect_refused(cli({"add", "--text", "Een park", "--author", "Tafel\n3"}, store), "--author", "control character");
    expect_refused(cli({"add", "--text", "caf\xc3"}, store), "--text", "UTF-8");
    expect_refused(cli({"key", "new", "--name", "Groen\xc2\x9b"}, store), "--name", "control character");
    EXPECT_EQ(dump(store), before) << "a refused command stored something";

    // A note may run over lines; its text keeps them.
    const auto note = cli({"add", "--text", "Een park\nmet bomen\tlangs het water"}, store);
    ASSERT_EQ(note.exit_code, 0) << note.err;
    EXPECT_NE(dump(store).find(R"(Een park\nmet bomen\tlangs het water)"), std::string::npos);
}

// ---- A store that cannot be written to ----

// Files and modes below folder, to show that reading wrote nothing.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        std::ostringstream described;
        described << static_cast<unsigned>(fs::status(entry.path()).permissions()) << " ";
        if (entry.is_regular_file()) described << std::ifstream(entry.path(), std::ios::binary).rdbuf();
        files[fs::relative(entry.path(), folder).string()] = described.str();
    }
    return files;
}

// As root, modes stop nobody: the commands then run as the unprivileged user nobody
// (setpriv), for whom a folder of mode 0555 with files of 0444 is truly read-only.
ProgramResult as_reader(std::vector<std::string> arguments, const fs::path& store) {
    arguments.push_back("--store");
    arguments.push_back(store.string());
    if (geteuid() != 0) return testing::run_program(OOGST_CLI, arguments);
    arguments.insert(arguments.begin(), {"--reuid=65534", "--regid=65534", "--clear-groups", "--", OOGST_CLI});
    return testing::run_program("/usr/bin/setpriv", arguments);
}

TEST(CliTextHygiene, AReadOnlyStoreStillAnswersDumpShowAndInspect) {
    if (geteuid() == 0 && !fs::exists("/usr/bin/setpriv"))
        GTEST_SKIP() << "running as root without setpriv: file modes cannot make a store read-only here";
    TemporaryFolder folder;
    const auto facilitator = folder / "facilitator", tablet = folder / "tablet", stick = folder / "stick";
    fs::create_directories(stick);
    ASSERT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030"}, facilitator).exit_code, 0);
    ASSERT_EQ(cli({"add", "--text", "Een speelstraat in elke wijk"}, facilitator).exit_code, 0);
    const auto join_file = stick / "roeselare.oogst-join";
    ASSERT_EQ(cli({"workshop", "join-code", "--out", join_file.string()}, facilitator).exit_code, 0);
    ASSERT_EQ(cli({"workshop", "join", join_file.string()}, tablet).exit_code, 0);
    ASSERT_EQ(cli({"add", "--text", "Meer bomen"}, tablet).exit_code, 0);
    ASSERT_EQ(cli({"bundle", "export", "--out", stick.string()}, tablet).exit_code, 0);
    fs::path bundle;
    for (const auto& entry : fs::directory_iterator(stick))
        if (entry.path().extension() == ".oogst") bundle = entry.path();
    ASSERT_FALSE(bundle.empty());

    // The store as a read-only stick holds it: no write permission anywhere.
    const auto read_only = folder / "read-only";
    fs::copy(facilitator, read_only, fs::copy_options::recursive);
    for (const auto& entry : fs::recursive_directory_iterator(read_only))
        fs::permissions(entry.path(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    constexpr auto folder_mode = fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                 fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec;
    fs::permissions(read_only, folder_mode);
    // nobody must reach it: the temporary folder and the stick are opened up for reading.
    fs::permissions(folder.path(), folder_mode);
    fs::permissions(stick, folder_mode);
    fs::permissions(bundle, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const auto before = snapshot(read_only);

    const auto dumped = as_reader({"dump", "--format", "json"}, read_only);
    EXPECT_EQ(dumped.exit_code, 0) << dumped.err;
    EXPECT_NE(dumped.out.find("Een speelstraat in elke wijk"), std::string::npos) << dumped.out;
    const auto shown = as_reader({"workshop", "show"}, read_only);
    EXPECT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_NE(shown.out.find("Roeselare 2030"), std::string::npos) << shown.out;
    const auto inspected = as_reader({"bundle", "inspect", bundle.string()}, read_only);
    EXPECT_EQ(inspected.exit_code, 0) << inspected.err;
    EXPECT_NE(inspected.out.find("capture_added"), std::string::npos) << inspected.out;
    EXPECT_EQ(snapshot(read_only), before) << "reading the store wrote to it";

    // Work that writes is refused with a sentence, not half done.
    const auto added = as_reader({"add", "--text", "Nog een idee"}, read_only);
    EXPECT_EQ(added.exit_code, 2) << added.err;
    EXPECT_NE(added.err.find("write"), std::string::npos) << added.err;

    fs::permissions(read_only, fs::perms::owner_all);  // so the temporary folder can go
    for (const auto& entry : fs::recursive_directory_iterator(read_only))
        fs::permissions(entry.path(), fs::perms::owner_all);
}

}  // namespace
}  // namespace oogst
