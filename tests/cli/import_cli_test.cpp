// `oogst-cli import` against hostile files, through the real binary as a facilitator
// runs it on a USB stick: a workshop made with `workshop new`, a device that joined
// with `workshop join` and exported with `bundle export`, then the bundle cut short,
// flipped, relabelled, or another workshop's. Each: exit 2, exactly one line on stderr,
// and the facilitator's store files and dump unchanged. The genuine bundle then imports
// (exit 0), and again ("already imported", exit 0, nothing changes).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "tests/cli/cli_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::ProgramResult;
using testing::TemporaryFolder;

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void spill(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The store's database and write-ahead log, byte for byte.
std::string store_bytes(const std::filesystem::path& store) {
    return slurp(store / "oogst.db") + "|wal|" + slurp(store / "oogst.db-wal");
}

bool exactly_one_line(const std::string& text) {
    return text.size() > 1 && text.find('\n') == text.size() - 1;
}

// A facilitator's workshop and one device's exported bundle, made with the CLI.
struct Harvest {
    TemporaryFolder folder;
    std::filesystem::path facilitator = folder / "facilitator", device = folder / "device";
    std::filesystem::path join = folder / "workshop.oogst-join", bundle = folder / "tafel-1.oogst";

    explicit Harvest(const std::string& name) {
        expect_ok(cli({"workshop", "new", "--name", name}, facilitator));
        expect_ok(cli({"session", "new", "--table", "Tafel 1", "--ambassador", "An"}, facilitator));
        expect_ok(cli({"workshop", "join-code", "--out", join.string()}, facilitator));
        expect_ok(cli({"init"}, device));
        expect_ok(cli({"workshop", "join", join.string()}, device));
        expect_ok(cli({"add", "--text", "Meer groen op de Grote Markt", "--prompt", "stad-2030"}, device));
        expect_ok(cli({"add", "--text", "Een fietsstraat naar school", "--prompt", "ideeen"}, device));
        expect_ok(cli({"bundle", "export", "--out", bundle.string()}, device));
    }
    static void expect_ok(const ProgramResult& result) { ASSERT_EQ(result.exit_code, 0) << result.err << result.out; }
};

void patch(std::string& bytes, std::size_t at, std::uint64_t value, int width) {
    for (int i = 0; i < width; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

TEST(CliImport, HostileFilesExitTwoWithOneLineAndChangeNothing) {
    Harvest ours("Roeselare 2030"), theirs("Toekomstlab");
    if (::testing::Test::HasFatalFailure()) return;
    const std::string genuine = slurp(ours.bundle);
    ASSERT_GT(genuine.size(), 100u);
    ASSERT_EQ(genuine.substr(0, 8), "OOGSTSLD") << "bundle export seals by default";

    std::vector<std::pair<std::string, std::string>> hostile;
    hostile.emplace_back("cut in half", genuine.substr(0, genuine.size() / 2));
    hostile.emplace_back("cut inside the wrapper", genuine.substr(0, 20));
    hostile.emplace_back("last byte missing", genuine.substr(0, genuine.size() - 1));
    std::string flipped = genuine;
    flipped[flipped.size() / 2] ^= 0x10;
    hostile.emplace_back("one bit flipped", flipped);
    hostile.emplace_back("another workshop's bundle", slurp(theirs.bundle));
    std::string version = genuine;
    patch(version, 8, 7, 4);
    hostile.emplace_back("format version 7", version);
    std::string huge = genuine;
    // After magic, version and the workshop id (a u32 length and its text).
    const std::size_t length_at = 16 + static_cast<unsigned char>(genuine[12]);
    patch(huge, length_at, 1ull << 40, 8);
    hostile.emplace_back("length claiming a terabyte", huge);
    hostile.emplace_back("a text file", "Dit is geen bundel, maar een boodschappenlijst.\n");
    hostile.emplace_back("an empty file", "");

    const auto dump_before = cli({"dump", "--format", "json"}, ours.facilitator);
    ASSERT_EQ(dump_before.exit_code, 0) << dump_before.err;
    const auto bytes_before = store_bytes(ours.facilitator);
    for (const auto& [name, bytes] : hostile) {
        SCOPED_TRACE(name);
        const auto file = ours.folder / "stick" / "bundel.oogst";
        std::filesystem::create_directories(file.parent_path());
        spill(file, bytes);
        const auto result = cli({"import", file.string()}, ours.facilitator);
        EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
        EXPECT_TRUE(exactly_one_line(result.err)) << "stderr: '" << result.err << "'";
        EXPECT_EQ(result.err.find("terminate"), std::string::npos) << result.err;
        EXPECT_EQ(store_bytes(ours.facilitator), bytes_before) << "the store's files changed";
        EXPECT_EQ(cli({"dump", "--format", "json"}, ours.facilitator).out, dump_before.out);
    }
    // The other workshop's bundle says so.
    spill(ours.folder / "theirs.oogst", slurp(theirs.bundle));
    const auto other = cli({"import", (ours.folder / "theirs.oogst").string()}, ours.facilitator);
    EXPECT_NE(other.err.find("workshop"), std::string::npos) << other.err;

    // The genuine one lands, once.
    auto result = cli({"import", ours.bundle.string()}, ours.facilitator);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto dump_after = cli({"dump", "--format", "json"}, ours.facilitator).out;
    EXPECT_NE(dump_after, dump_before.out);
    EXPECT_NE(dump_after.find("Een fietsstraat naar school"), std::string::npos);
    const auto bytes_after = store_bytes(ours.facilitator);
    result = cli({"import", ours.bundle.string()}, ours.facilitator);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("already"), std::string::npos) << result.out;
    EXPECT_EQ(cli({"dump", "--format", "json"}, ours.facilitator).out, dump_after);
    EXPECT_EQ(store_bytes(ours.facilitator), bytes_after) << "a repeated import wrote to the store";
}

TEST(CliImport, AMissingFileExitsTwoWithOneLine) {
    TemporaryFolder folder;
    ASSERT_EQ(cli({"workshop", "new", "--name", "Focusgroep"}, folder / "f").exit_code, 0);
    const auto result = cli({"import", (folder / "nergens.oogst").string()}, folder / "f");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(exactly_one_line(result.err)) << result.err;
}

}  // namespace
}  // namespace oogst
