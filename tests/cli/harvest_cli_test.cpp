// The harvest on the command line, as a facilitator and two tablets would run it: the
// real binary, real store folders, a folder standing in for the USB stick.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "tests/cli/cli_support.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::ProgramResult;
using testing::TemporaryFolder;


std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

struct HarvestOnTheCommandLine : ::testing::Test {
    TemporaryFolder folder;
    std::filesystem::path facilitator = folder / "facilitator", stick = folder / "stick";
    std::filesystem::path join_file = stick / "roeselare.oogst-join";

    void SetUp() override {
        std::filesystem::create_directories(stick);
        ASSERT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030"}, facilitator).exit_code, 0);
        const auto code = cli({"workshop", "join-code", "--out", join_file.string(), "--hub", "http://10.0.0.5:8620",
                               "--qr", (stick / "qr.png").string()},
                              facilitator);
        ASSERT_EQ(code.exit_code, 0) << code.err;
        EXPECT_NE(code.out.find("Join code: "), std::string::npos) << code.out;
        EXPECT_NE(code.out.find("oogst://join?hub=http://10.0.0.5:8620&code="), std::string::npos) << code.out;
        EXPECT_TRUE(std::filesystem::file_size(stick / "qr.png") > 100);
    }

    std::filesystem::path tablet(const std::string& name, int seed) {
        const auto store = folder / name;
        auto joined = cli({"workshop", "join", join_file.string()}, store);
        EXPECT_EQ(joined.exit_code, 0) << joined.err;
        EXPECT_NE(joined.out.find("joined \"Roeselare 2030\""), std::string::npos) << joined.out;
        EXPECT_EQ(cli({"demo", "--tables", "1", "--captures", "12", "--seed", std::to_string(seed)}, store).exit_code, 0);
        return store;
    }
};

TEST_F(HarvestOnTheCommandLine, TwoTabletsOnAStickArriveExactlyOnceWhateverIsImportedTwice) {
    const auto one = tablet("tablet-1", 1), two = tablet("tablet-2", 2);
    for (const auto& store : {one, two}) {
        const auto exported = cli({"bundle", "export", "--out", stick.string()}, store);
        ASSERT_EQ(exported.exit_code, 0) << exported.err;
        EXPECT_NE(exported.out.find("sealed for the facilitator"), std::string::npos) << exported.out;
    }
    // A tablet cannot read a sealed bundle, not even its own.
    std::vector<std::filesystem::path> bundles;
    for (const auto& entry : std::filesystem::directory_iterator(stick))
        if (entry.path().extension() == ".oogst") bundles.push_back(entry.path());
    ASSERT_EQ(bundles.size(), 2u);
    const auto inspected = cli({"bundle", "inspect", bundles[0].string()}, one);
    ASSERT_EQ(inspected.exit_code, 0) << inspected.err;
    EXPECT_NE(inspected.out.find("only the facilitator's machine"), std::string::npos) << inspected.out;
    const auto verified = cli({"bundle", "verify", bundles[0].string()}, facilitator);
    ASSERT_EQ(verified.exit_code, 0) << verified.err;
    EXPECT_NE(verified.out.find("valid"), std::string::npos);

    const auto first = cli({"import", stick.string()}, facilitator);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(count(first.out, ": merged"), 2u) << first.out;
    EXPECT_NE(first.out.find("12 new capture(s)"), std::string::npos) << first.out;
    const auto dump = cli({"dump", "--format", "json"}, facilitator).out;

    const auto again = cli({"import", stick.string(), bundles[1].string()}, facilitator);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(count(again.out, "already imported"), 3u) << again.out;
    EXPECT_NE(again.out.find("0 new operation(s)"), std::string::npos) << again.out;
    EXPECT_EQ(cli({"dump", "--format", "json"}, facilitator).out, dump);
    EXPECT_EQ(count(dump, "\"author\":"), 24u) << "every capture of both tablets, once";
}

// Issue 15, item 1: no command writes over its own store, nor over a file it did not
// make unless told to. Pointed at the facilitator's database, join-code would destroy
// the workshop's secret key and with it every sealed bundle.
TEST_F(HarvestOnTheCommandLine, NoCommandWritesOverItsStoreOrAnExistingFileUnasked) {
    const auto one = tablet("tablet-1", 1);
    const std::filesystem::path database = facilitator / "oogst.db";
    ASSERT_TRUE(std::filesystem::exists(database));
    const auto before = std::filesystem::file_size(database);
    for (const auto& words : std::vector<std::vector<std::string>>{
             {"workshop", "join-code", "--out", database.string()},
             {"workshop", "join-code", "--out", database.string(), "--replace"},
             {"workshop", "join-code", "--out", (folder / "elders.oogst-join").string(), "--qr", database.string()},
             {"workshop", "join-code", "--out", (facilitator / "nieuw.oogst-join").string()}}) {
        const ProgramResult refused = cli(words, facilitator);
        EXPECT_EQ(refused.exit_code, 2) << words[3];
        EXPECT_TRUE(one_line(refused.err)) << refused.err;
        EXPECT_NE(refused.err.find("inside the workshop's store folder"), std::string::npos) << refused.err;
    }
    const ProgramResult bundle_over_store = cli({"bundle", "export", "--out", (one / "oogst.db").string()}, one);
    EXPECT_EQ(bundle_over_store.exit_code, 2);
    EXPECT_NE(bundle_over_store.err.find("inside the workshop's store folder"), std::string::npos);
    const ProgramResult bundle_into_store = cli({"bundle", "export", "--out", one.string()}, one);
    EXPECT_EQ(bundle_into_store.exit_code, 2) << "not even as a new file in the store's folder";

    // The stores are whole: the facilitator still reads a sealed bundle of the tablet.
    EXPECT_EQ(std::filesystem::file_size(database), before);
    EXPECT_FALSE(std::filesystem::exists(folder / "elders.oogst-join")) << "nothing is written when one target is refused";
    ASSERT_EQ(cli({"bundle", "export", "--out", (stick / "een.oogst").string()}, one).exit_code, 0);
    EXPECT_EQ(cli({"bundle", "verify", (stick / "een.oogst").string()}, facilitator).exit_code, 0);

    // A file already there is written over only when asked.
    const ProgramResult again = cli({"bundle", "export", "--out", (stick / "een.oogst").string()}, one);
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_NE(again.err.find("already exists; choose another --out, or add --replace"), std::string::npos) << again.err;
    EXPECT_EQ(cli({"bundle", "export", "--out", (stick / "een.oogst").string(), "--replace"}, one).exit_code, 0);
    const ProgramResult join_again = cli({"workshop", "join-code", "--out", join_file.string()}, facilitator);
    EXPECT_EQ(join_again.exit_code, 2);
    EXPECT_EQ(cli({"workshop", "join-code", "--out", join_file.string(), "--replace"}, facilitator).exit_code, 0);
    // A folder (a stick) is never "already there": each bundle gets a name of its own.
    EXPECT_EQ(cli({"bundle", "export", "--all", "--out", stick.string()}, one).exit_code, 0);
}

// Issue 15, item 6: a backup a facilitator can keep, and open as a store of its own.
TEST_F(HarvestOnTheCommandLine, ABackupIsAStoreOfItsOwnAndNeverGoesOverOne) {
    const auto one = tablet("tablet-1", 1);
    ASSERT_EQ(cli({"bundle", "export", "--out", stick.string()}, one).exit_code, 0);
    ASSERT_EQ(cli({"import", stick.string()}, facilitator).exit_code, 0);
    const auto copy = folder / "backup";
    const ProgramResult made = cli({"backup", "--out", copy.string()}, facilitator);
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_NE(made.out.find("Backup of "), std::string::npos) << made.out;
    EXPECT_EQ(cli({"dump", "--format", "json"}, copy).out, cli({"dump", "--format", "json"}, facilitator).out);
    const ProgramResult again = cli({"backup", "--out", copy.string()}, facilitator);
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_NE(again.err.find("already holds a store"), std::string::npos) << again.err;
    EXPECT_EQ(cli({"backup", "--out", (facilitator / "kopie").string()}, facilitator).exit_code, 2);
}

TEST_F(HarvestOnTheCommandLine, AfterImportOnlyNewWorkLeavesWithTheNextExport) {
    const auto one = tablet("tablet-1", 1);
    ASSERT_EQ(cli({"bundle", "export", "--out", (stick / "a.oogst").string()}, one).exit_code, 0);
    // Without a receipt the tablet cannot know the facilitator has it: it sends all again.
    const auto second = cli({"bundle", "export", "--out", (stick / "b.oogst").string()}, one);
    ASSERT_EQ(second.exit_code, 0);
    const auto all = cli({"bundle", "export", "--all", "--plain", "--out", (stick / "c.oogst").string()}, one);
    EXPECT_NE(all.out.find("NOT sealed"), std::string::npos) << all.out;
    const auto imported = cli({"import", stick.string()}, facilitator);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find(", 0 rejected"), std::string::npos) << imported.out;
    EXPECT_EQ(count(imported.out, ": merged"), 3u) << imported.out;
}

// A stick-only evening on the command line: 'import' leaves a receipt per device in the
// folder it read, 'bundle receipts' takes in the tablet's own, 'bundle status' says what
// is still missing, and a forged receipt is refused with one line and changes nothing.
TEST_F(HarvestOnTheCommandLine, ReceiptsOnTheStickTellTheTabletItsWorkArrived) {
    const auto one = tablet("tablet-1", 1);
    auto status = cli({"bundle", "status", "--format", "json"}, one);
    ASSERT_EQ(status.exit_code, 0) << status.err;
    EXPECT_NE(status.out.find("\"last_receipt_ms\": null}"), std::string::npos) << status.out;
    EXPECT_EQ(status.out.find("\"unacknowledged_operations\": 0,"), std::string::npos) << status.out;

    ASSERT_EQ(cli({"bundle", "export", "--out", stick.string()}, one).exit_code, 0);
    const auto imported = cli({"import", stick.string()}, facilitator);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find("Receipts for 1 device(s) written to " + stick.string()), std::string::npos)
        << imported.out;

    // A forged copy beside the genuine one: refused by name, exit 2, the genuine one taken.
    std::filesystem::path genuine;
    for (const auto& entry : std::filesystem::directory_iterator(stick))
        if (entry.path().extension() == ".oogst-receipt") genuine = entry.path();
    ASSERT_FALSE(genuine.empty());
    std::string bytes;
    {
        std::ifstream in(genuine, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto forged_folder = folder / "forged";
    std::filesystem::create_directories(forged_folder);
    bytes[bytes.size() - 5] ^= 0x40;  // inside the signature
    std::ofstream(forged_folder / "receipt-vals.oogst-receipt", std::ios::binary) << bytes;
    const auto refused = cli({"bundle", "receipts", forged_folder.string()}, one);
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_TRUE(one_line(refused.err)) << refused.err;
    EXPECT_NE(refused.err.find("not signed by this workshop's facilitator"), std::string::npos) << refused.err;
    EXPECT_NE(refused.out.find("Not yet with the facilitator"), std::string::npos) << refused.out;
    status = cli({"bundle", "status", "--format", "json"}, one);
    EXPECT_NE(status.out.find("\"last_receipt_ms\": null}"), std::string::npos) << "nothing changed: " << status.out;

    const auto taken = cli({"bundle", "receipts", stick.string()}, one);
    ASSERT_EQ(taken.exit_code, 0) << taken.err;
    EXPECT_NE(taken.out.find("Took in 1 receipt(s)"), std::string::npos) << taken.out;
    EXPECT_NE(taken.out.find("Everything is with the facilitator"), std::string::npos) << taken.out;
    status = cli({"bundle", "status", "--format", "json"}, one);
    EXPECT_NE(status.out.find("{\"unacknowledged_operations\": 0, \"last_receipt_ms\": "), std::string::npos)
        << status.out;
    EXPECT_EQ(status.out.find("null"), std::string::npos) << status.out;

    // Only what is new: nothing, so no bundle, only the tablet's standing note.
    const auto again = cli({"bundle", "export", "--out", stick.string()}, one);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("Nothing new to hand in"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("Left a standing note"), std::string::npos) << again.out;
}

// Issue 15, item 3: the facilitator's store is put back from a backup made before a
// stick was imported, and the tablet, holding a receipt for everything, has nothing new.
// Its standing note on the next stick shows the facilitator the gap; the receipt for it
// makes the tablet hand that work in again.
TEST_F(HarvestOnTheCommandLine, ATabletWithNothingNewShowsAStorePutBackFromABackupWhatItLost) {
    const auto one = tablet("tablet-1", 1);
    const auto backup = folder / "backup";
    ASSERT_EQ(cli({"backup", "--out", backup.string()}, facilitator).exit_code, 0);
    ASSERT_EQ(cli({"bundle", "export", "--out", stick.string()}, one).exit_code, 0);
    ASSERT_EQ(cli({"import", stick.string()}, facilitator).exit_code, 0);
    ASSERT_EQ(cli({"bundle", "receipts", stick.string()}, one).exit_code, 0);

    // The laptop is lost; the backup becomes the facilitator's store. A new stick.
    const auto second_stick = folder / "stick-2";
    std::filesystem::create_directories(second_stick);
    const auto standing = cli({"bundle", "export", "--out", second_stick.string()}, one);
    ASSERT_EQ(standing.exit_code, 0) << standing.err;
    EXPECT_NE(standing.out.find("Left a standing note"), std::string::npos) << standing.out;
    std::size_t notes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(second_stick))
        notes += entry.path().filename().string().find("-standing-") != std::string::npos;
    EXPECT_EQ(notes, 1u);
    // A second press replaces the note instead of adding one.
    ASSERT_EQ(cli({"bundle", "export", "--out", second_stick.string()}, one).exit_code, 0);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(second_stick), {}), 1);

    const auto gap = cli({"import", second_stick.string()}, backup);
    EXPECT_EQ(gap.exit_code, 2) << gap.out << gap.err;
    EXPECT_NE(gap.out.find("MISSING"), std::string::npos) << gap.out;
    EXPECT_EQ(count(cli({"dump", "--format", "json"}, backup).out, "\"author\":"), 0u);

    // The tablet sees the stick again: the newer receipt says less, so the work goes out.
    const auto healed = cli({"bundle", "export", "--out", second_stick.string()}, one);
    ASSERT_EQ(healed.exit_code, 0) << healed.err;
    EXPECT_NE(healed.out.find("Bundle written to"), std::string::npos) << healed.out;
    const auto merged = cli({"import", second_stick.string()}, backup);
    EXPECT_EQ(merged.exit_code, 0) << merged.out << merged.err;
    EXPECT_EQ(merged.out.find("MISSING"), std::string::npos) << merged.out;
    EXPECT_EQ(count(cli({"dump", "--format", "json"}, backup).out, "\"author\":"), 12u);
}

// Issue 15, item 2: a tablet that makes what is the facilitator's (here a key) gets its
// own work in and the overstep set aside, named on the import's line and in its exit
// code; the facilitator sees it with 'device show', revokes the device with its work
// set aside, and takes it back.
TEST_F(HarvestOnTheCommandLine, AMembersOverstepIsSetAsideNamedAndTheDeviceCanBeRevoked) {
    const auto rogue = tablet("rogue", 3);
    ASSERT_EQ(cli({"key", "new", "--name", "Sleutel van de tablet"}, rogue).exit_code, 0);
    ASSERT_EQ(cli({"bundle", "export", "--out", stick.string()}, rogue).exit_code, 0);

    const auto imported = cli({"import", stick.string()}, facilitator);
    EXPECT_EQ(imported.exit_code, 2) << imported.out;
    EXPECT_NE(imported.out.find(": merged"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("REFUSED 1 change(s)"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("1 change(s) refused and set aside"), std::string::npos) << imported.out;
    EXPECT_TRUE(one_line(imported.err)) << imported.err;
    EXPECT_NE(imported.err.find("only the facilitator may change"), std::string::npos) << imported.err;
    auto dump = cli({"dump", "--format", "json"}, facilitator).out;
    EXPECT_EQ(dump.find("Sleutel van de tablet"), std::string::npos);
    EXPECT_EQ(count(dump, "\"author\":"), 12u) << "the tablet's own notes are in";

    const auto devices = cli({"devices"}, facilitator);
    ASSERT_EQ(devices.exit_code, 0) << devices.err;
    const auto at = devices.out.find(", 1 set aside");
    ASSERT_NE(at, std::string::npos) << devices.out;
    const std::string short_id = devices.out.substr(devices.out.rfind('\n', at) + 3, 8);
    const auto shown = cli({"device", "show", short_id}, facilitator);
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_NE(shown.out.find(": member"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("set aside: 1 change(s)"), std::string::npos) << shown.out;

    const auto revoked = cli({"device", "revoke", short_id, "--set-aside"}, facilitator);
    ASSERT_EQ(revoked.exit_code, 0) << revoked.err;
    EXPECT_NE(revoked.out.find("is revoked"), std::string::npos) << revoked.out;
    EXPECT_EQ(count(cli({"dump", "--format", "json"}, facilitator).out, "\"author\":"), 0u);
    EXPECT_NE(cli({"devices"}, facilitator).out.find("REVOKED"), std::string::npos);

    const auto back = cli({"device", "readmit", short_id}, facilitator);
    ASSERT_EQ(back.exit_code, 0) << back.err;
    EXPECT_EQ(cli({"dump", "--format", "json"}, facilitator).out, dump) << "all of it back, the key still aside";
    EXPECT_EQ(cli({"device", "revoke", "zz"}, facilitator).exit_code, 2);
    EXPECT_EQ(cli({"device", "revoke", short_id}, rogue).exit_code, 2) << "only on the facilitator's machine";
}

// Issue 15, item 9: 'bundle verify' foretells the import. For a sound bundle, a member's
// overstep, a bundle after a gap and a bundle whose change differs from the one imported
// before (the tablet's store was put back and made other notes under the same numbers),
// verify exits as the import then does, prints the same lines under the bundle's and the
// same error, and leaves the store as it was.
TEST_F(HarvestOnTheCommandLine, VerifySaysWhatTheImportWouldAndChangesNothing) {
    const auto backup = folder / "backup";  // the facilitator's store before any import
    ASSERT_EQ(cli({"backup", "--out", backup.string()}, facilitator).exit_code, 0);
    const auto details = [](const std::string& out) {
        std::string lines, line;
        std::istringstream in(out);
        while (std::getline(in, line))
            if (line.rfind("    ", 0) == 0) lines += line + "\n";
        return lines;
    };
    const auto foretold = [&](const std::filesystem::path& store, const std::filesystem::path& bundle, int exit_code,
                              const std::string& said) {
        SCOPED_TRACE(bundle.filename().string());
        const auto before = cli({"dump", "--format", "json"}, store).out;
        const auto verified = cli({"bundle", "verify", bundle.string()}, store);
        EXPECT_EQ(cli({"dump", "--format", "json"}, store).out, before) << "verify changed the store";
        const auto imported = cli({"import", bundle.string()}, store);
        EXPECT_EQ(verified.exit_code, exit_code) << verified.out << verified.err;
        EXPECT_EQ(imported.exit_code, exit_code) << imported.out << imported.err;
        EXPECT_EQ(details(verified.out), details(imported.out)) << verified.out << imported.out;
        EXPECT_EQ(verified.err, imported.err);
        EXPECT_NE((verified.out + verified.err).find(said), std::string::npos) << verified.out << verified.err;
    };
    const auto export_to = [&](const std::filesystem::path& store, const std::string& name) {
        const auto file = stick / name;
        const auto exported = cli({"bundle", "export", "--out", file.string()}, store);
        EXPECT_EQ(exported.exit_code, 0) << exported.err;
        return file;
    };

    // Sound. The tablet's store is copied as it was before its notes, to be put back.
    const auto one = folder / "tablet-1";
    ASSERT_EQ(cli({"workshop", "join", join_file.string()}, one).exit_code, 0);
    std::filesystem::copy(one, folder / "tablet-1-before", std::filesystem::copy_options::recursive);
    ASSERT_EQ(cli({"demo", "--tables", "1", "--captures", "12", "--seed", "1"}, one).exit_code, 0);
    foretold(facilitator, export_to(one, "sound.oogst"), 0, "12 new capture(s)");

    // A member's overstep: a key is the facilitator's.
    const auto rogue = tablet("rogue", 3);
    ASSERT_EQ(cli({"key", "new", "--name", "Sleutel van de tablet"}, rogue).exit_code, 0);
    foretold(facilitator, export_to(rogue, "overstep.oogst"), 2, "REFUSED 1 change(s)");

    // After a gap: the tablet's first work went to the facilitator, not to the backup.
    ASSERT_EQ(cli({"bundle", "receipts", stick.string()}, one).exit_code, 0);
    ASSERT_EQ(cli({"demo", "--tables", "1", "--captures", "3", "--seed", "9"}, one).exit_code, 0);
    foretold(backup, export_to(one, "after-gap.oogst"), 2, "MISSING");

    // Other notes under numbers the facilitator holds already: refused whole.
    std::filesystem::remove_all(one);
    std::filesystem::rename(folder / "tablet-1-before", one);
    ASSERT_EQ(cli({"demo", "--tables", "1", "--captures", "12", "--seed", "5"}, one).exit_code, 0);
    foretold(facilitator, export_to(one, "altered.oogst"), 2, "differs from the one imported before");
}

TEST_F(HarvestOnTheCommandLine, BadBundlesExitTwoWithOneLineAndLeaveTheStoreAsItWas) {
    const auto one = tablet("tablet-1", 1);
    const auto bundle = stick / "a.oogst";
    ASSERT_EQ(cli({"bundle", "export", "--out", bundle.string()}, one).exit_code, 0);
    const auto before = cli({"dump", "--format", "json"}, facilitator).out;

    std::ofstream(stick / "not-a-bundle.oogst") << "hello";
    auto result = cli({"import", (stick / "not-a-bundle.oogst").string()}, facilitator);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_NE(result.err.find("not an Oogst bundle"), std::string::npos) << result.err;

    // A tablet's store cannot import; a store of another workshop refuses the bundle.
    result = cli({"import", bundle.string()}, one);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    const auto other = folder / "other";
    ASSERT_EQ(cli({"workshop", "new", "--name", "Kortrijk"}, other).exit_code, 0);
    result = cli({"import", bundle.string()}, other);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("another workshop"), std::string::npos) << result.err;

    result = cli({"import", (folder / "nothing-here").string()}, facilitator);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    EXPECT_EQ(cli({"dump", "--format", "json"}, facilitator).out, before);

    // Joining twice over, or a damaged join file.
    std::ofstream(stick / "bad.oogst-join") << "OOGSTJON garbage";
    result = cli({"workshop", "join", (stick / "bad.oogst-join").string()}, folder / "tablet-3");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
    result = cli({"workshop", "join", join_file.string()}, other);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(one_line(result.err)) << result.err;
}

}  // namespace
}  // namespace oogst
