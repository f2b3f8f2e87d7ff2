// The harvest between real stores on disk: joining, exporting, importing, receipts.
// Hostile bundles, random merges and fuzzing have their own files.
#include <gtest/gtest.h>

#include <fstream>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;
using Result = BundleOutcome::Result;

// A facilitator who created a workshop with one planned session, and a way to make
// devices that joined it.
struct Harvest {
    TemporaryFolder folder;
    Store facilitator = Store::open_or_create(folder.path() / "facilitator");
    std::string session_id = new_id();
    std::string join_bytes;

    Harvest() {
        const WorkshopSet workshop{new_id(), "Roeselare 2030", "droomsessie", "Roeselare"};
        auto keys = make_workshop_keys(workshop.id);
        keys.facilitator_key = facilitator.device().public_key;
        facilitator.record(workshop);
        facilitator.save_workshop_keys(keys);
        facilitator.record(SessionSet{session_id, "droomsessie", "Tafel 1", "An", "Zaal", 0, 6});
        join_bytes = encode_join_file(make_join_file(facilitator, "http://127.0.0.1:8620", {{"droomsessie", "yaml"}}));
    }

    Store device(const std::string& name) {
        auto store = Store::open_or_create(folder.path() / name);
        join_workshop(store, decode_join_file(join_bytes));
        return store;
    }
};

std::string add_note(Store& device, const std::string& session, const std::string& text) {
    CaptureAdded added;
    added.id = new_id();
    added.session_id = session;
    added.text = text;
    device.record(added);
    return added.id;
}

TEST(Harvest, JoiningGivesTheDeviceTheWorkshopItsPlanningAndTemplatesButNoSecret) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    ASSERT_TRUE(device.state().has_workshop());
    EXPECT_EQ(device.state().workshop().name, "Roeselare 2030");
    ASSERT_NE(device.state().session(harvest.session_id), nullptr);
    EXPECT_EQ(device.state().session(harvest.session_id)->table_name, "Tafel 1");
    const auto keys = device.workshop_keys();
    ASSERT_TRUE(keys);
    EXPECT_FALSE(keys->is_facilitator());
    EXPECT_EQ(keys->hub, "http://127.0.0.1:8620");
    EXPECT_EQ(device.workshop_templates().at("droomsessie"), "yaml");
    // Joining twice changes nothing.
    join_workshop(device, decode_join_file(harvest.join_bytes));
    EXPECT_EQ(device.operation_count(), 2u);
    EXPECT_EQ(device.own_operation_count(), 0u);
}

TEST(Harvest, AJoinedStoreRefusesAnotherWorkshopAndAFacilitatorCannotJoinItsOwn) {
    Harvest harvest, other;
    auto device = harvest.device("tablet");
    EXPECT_THROW(join_workshop(device, decode_join_file(other.join_bytes)), UserError);
    EXPECT_THROW(join_workshop(harvest.facilitator, decode_join_file(harvest.join_bytes)), UserError);
}

// Issue 15, item 3: a join file is checked whole before anything of it is believed or
// stored. Every single flipped bit, anywhere in the file, is refused with one sentence,
// and the device can then join with the right file.
TEST(Harvest, AJoinFileWithAnyBitFlippedIsRefusedAndTheRightOneStillJoins) {
    Harvest harvest;
    auto device = Store::open_or_create(harvest.folder.path() / "tablet");
    for (std::size_t at = 0; at < harvest.join_bytes.size(); at += 7) {
        std::string damaged = harvest.join_bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ (1 << (at % 8)));
        try {
            join_workshop(device, decode_join_file(damaged));
            ADD_FAILURE() << "a join file with byte " << at << " changed was taken";
        } catch (const FormatError& error) {
            const std::string sentence = error.what();
            EXPECT_TRUE(sentence.find("damaged") != std::string::npos || sentence.find("not an Oogst join file") != std::string::npos ||
                        sentence.find("another version") != std::string::npos)
                << at << ": " << sentence;
        }
    }
    EXPECT_FALSE(device.state().has_workshop());
    EXPECT_FALSE(device.workshop_keys().has_value());
    EXPECT_EQ(device.operation_count(), 0u);
    join_workshop(device, decode_join_file(harvest.join_bytes));
    EXPECT_TRUE(device.state().has_workshop());
}

TEST(Harvest, ASealedBundleCarriesEveryCaptureToTheFacilitatorExactlyOnce) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    for (int i = 0; i < 5; ++i) add_note(device, harvest.session_id, "idee " + std::to_string(i));
    const auto bytes = export_bundle(device, {});
    EXPECT_TRUE(read_cover(bytes).sealed);
    // A device cannot open what it sealed, nor can anyone without the secret key.
    EXPECT_THROW(read_bundle(bytes, nullptr), BundleError);
    const auto device_keys = *device.workshop_keys();
    EXPECT_THROW(read_bundle(bytes, &device_keys), BundleError);

    const auto first = import_bundle(harvest.facilitator, bytes, "stick");
    ASSERT_EQ(first.result, Result::merged) << first.reason;
    EXPECT_EQ(first.new_operations, 5u);
    EXPECT_EQ(first.held_through, 5u);
    ASSERT_EQ(first.sessions.size(), 1u);
    EXPECT_EQ(first.sessions[0].table_name, "Tafel 1");
    EXPECT_EQ(first.sessions[0].new_captures, 5u);
    EXPECT_EQ(harvest.facilitator.state().captures_of(harvest.session_id).size(), 5u);

    const auto again = import_bundle(harvest.facilitator, bytes, "stick");
    EXPECT_EQ(again.result, Result::already_imported);
    // A fresh export of the same work (another seal, so other bytes) adds nothing either.
    const auto fresh = import_bundle(harvest.facilitator, export_bundle(device, {}), "stick 2");
    ASSERT_EQ(fresh.result, Result::merged) << fresh.reason;
    EXPECT_EQ(fresh.new_operations, 0u);
    EXPECT_EQ(fresh.known_operations, 5u);
    EXPECT_EQ(harvest.facilitator.operation_count(), 2u + 5u);
}

TEST(Harvest, PhotosTravelWithTheirCaptureAndAMissingOneIsRefused) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    const std::string photo = "\x89PNG pretend photo bytes";
    CaptureAdded added;
    added.id = new_id();
    added.session_id = harvest.session_id;
    added.capture_kind = CaptureKind::photo;
    added.photo_blob = device.put_blob(photo, "image/png");
    device.record(added);

    ExportChoice without_photo;
    without_photo.blobs_held = {added.photo_blob};  // as if the facilitator had it: it has not
    const auto refused = import_bundle(harvest.facilitator, export_bundle(device, without_photo), "push");
    EXPECT_EQ(refused.result, Result::rejected);
    EXPECT_NE(refused.reason.find("picture"), std::string::npos) << refused.reason;
    EXPECT_EQ(harvest.facilitator.operation_count(), 2u);

    const auto merged = import_bundle(harvest.facilitator, export_bundle(device, {}), "stick");
    ASSERT_EQ(merged.result, Result::merged) << merged.reason;
    EXPECT_EQ(merged.new_blobs, 1u);
    EXPECT_EQ(harvest.facilitator.blob(added.photo_blob), photo);
}

TEST(Harvest, AReceiptLetsTheNextExportCarryOnlyWhatIsNew) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    add_note(device, harvest.session_id, "eerste");
    add_note(device, harvest.session_id, "tweede");
    const auto outcome = import_bundle(harvest.facilitator, export_bundle(device, only_unacknowledged(device)), "push");
    ASSERT_EQ(outcome.result, Result::merged) << outcome.reason;

    Receipt receipt{harvest.facilitator.workshop_keys()->workshop_id, device.device().id, outcome.held_through,
                    outcome.new_operations, outcome.known_operations, 1};
    receipt.signature = harvest.facilitator.sign(receipt.signed_part());
    const auto keys = *device.workshop_keys();
    ASSERT_TRUE(receipt_is_genuine(decode_receipt(encode_receipt(receipt)), keys));
    // A receipt signed by anyone else (a stranger posing as the hub) is not genuine.
    Receipt forged = receipt;
    forged.signature = device.sign(forged.signed_part());
    EXPECT_FALSE(receipt_is_genuine(forged, keys));
    forged = receipt;
    forged.held_through = 99;
    EXPECT_FALSE(receipt_is_genuine(forged, keys));

    device.save_receipt(receipt, keys.hub);
    EXPECT_EQ(device.acknowledged_through(), 2u);
    add_note(device, harvest.session_id, "derde");
    const auto next = export_bundle_with_summary(device, only_unacknowledged(device));
    EXPECT_EQ(next.header.operation_count, 1u);
    EXPECT_EQ(next.header.first_sequence, 3u);
    const auto later = import_bundle(harvest.facilitator, next.bytes, "push 2");
    ASSERT_EQ(later.result, Result::merged) << later.reason;
    EXPECT_EQ(later.held_through, 3u);
}

TEST(Harvest, AGapIsVisibleInWhatTheFacilitatorHolds) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    for (int i = 0; i < 4; ++i) add_note(device, harvest.session_id, "n" + std::to_string(i));
    ExportChoice tail;
    tail.after_sequence = 2;
    ASSERT_EQ(import_bundle(harvest.facilitator, export_bundle(device, tail), "tail").result, Result::merged);
    EXPECT_EQ(harvest.facilitator.held_through(device.device().id), 0u);
    ASSERT_EQ(import_bundle(harvest.facilitator, export_bundle(device, {}), "all").result, Result::merged);
    EXPECT_EQ(harvest.facilitator.held_through(device.device().id), 4u);
}

TEST(Harvest, AnotherKeyForAKnownDeviceAndTheFacilitatorsOwnIdAreRefused) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    add_note(device, harvest.session_id, "echt");
    ASSERT_EQ(import_bundle(harvest.facilitator, export_bundle(device, {}), "stick").result, Result::merged);

    // An impostor that joined too, signing as the first device with its own key.
    auto impostor = harvest.device("impostor");
    Bundle forged;
    forged.header.workshop_id = device.workshop_keys()->workshop_id;
    forged.header.device_id = device.device().id;
    forged.header.device_public_key = impostor.device().public_key;
    forged.header.membership_proof =
        membership_proof(*impostor.workshop_keys(), forged.header.device_id, forged.header.device_public_key);
    Operation op{{device.device().id, 2}, {1, 0}, OperationKind::capture_text_edited,
                 wire::encode(CaptureTextEdited{"x", "vals"})};
    forged.operations.push_back(op);
    const auto keys = *impostor.workshop_keys();
    auto outcome = import_bundle(harvest.facilitator, write_bundle(forged, impostor.device_secret_key(), &keys), "forged");
    EXPECT_EQ(outcome.result, Result::rejected);
    // A device's id is the hash of its key: another key cannot speak for it.
    EXPECT_NE(outcome.reason.find("not the one whose key signed it"), std::string::npos) << outcome.reason;

    forged.header.device_id = harvest.facilitator.device().id;
    forged.header.membership_proof =
        membership_proof(keys, forged.header.device_id, forged.header.device_public_key);
    forged.operations[0].id.device = forged.header.device_id;
    outcome = import_bundle(harvest.facilitator, write_bundle(forged, impostor.device_secret_key(), &keys), "forged");
    EXPECT_EQ(outcome.result, Result::rejected);
    EXPECT_EQ(harvest.facilitator.operation_count(), 3u);
}

TEST(Harvest, AStampFarInTheFutureIsRefusedSoItCannotOverruleLaterEdits) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    const auto keys = *device.workshop_keys();
    Bundle bundle;
    bundle.header = {keys.workshop_id, device.device().id, device.device().public_key,
                     membership_proof(keys, device.device().id, device.device().public_key)};
    bundle.operations.push_back({{device.device().id, 1},
                                 {INT64_MAX, UINT32_MAX},
                                 OperationKind::workshop_set,
                                 wire::encode(WorkshopSet{keys.workshop_id, "Overgenomen", "droomsessie", ""})});
    const auto outcome =
        import_bundle(harvest.facilitator, write_bundle(bundle, device.device_secret_key(), &keys), "future");
    EXPECT_EQ(outcome.result, Result::rejected);
    EXPECT_NE(outcome.reason.find("a year ahead"), std::string::npos) << outcome.reason;
    EXPECT_EQ(harvest.facilitator.state().workshop().name, "Roeselare 2030");
}

TEST(Harvest, TheClockNeverWrapsAroundItsLogicalCount) {
    HybridClock clock;
    clock.observe({1000, UINT32_MAX});
    const auto next = clock.tick(999);
    EXPECT_GT(next, (Stamp{1000, UINT32_MAX}));
}

TEST(Harvest, AnAlteredOperationUnderAKnownSequenceIsRefusedWhole) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    add_note(device, harvest.session_id, "origineel");
    ASSERT_EQ(import_bundle(harvest.facilitator, export_bundle(device, {}), "stick").result, Result::merged);
    const auto before = canonical_json(harvest.facilitator.state());

    // The device's own key signs a bundle whose operation 1 differs from the one merged.
    Bundle altered;
    const auto keys = *device.workshop_keys();
    altered.header = {keys.workshop_id, device.device().id, device.device().public_key,
                      membership_proof(keys, device.device().id, device.device().public_key)};
    auto ops = device.own_operations_after(0);
    ops[0].payload = wire::encode(CaptureTextEdited{"x", "anders"});
    ops[0].kind = OperationKind::capture_text_edited;
    altered.operations = ops;
    const auto outcome =
        import_bundle(harvest.facilitator, write_bundle(altered, device.device_secret_key(), &keys), "altered");
    EXPECT_EQ(outcome.result, Result::rejected);
    EXPECT_NE(outcome.reason.find("differs"), std::string::npos) << outcome.reason;
    EXPECT_EQ(canonical_json(harvest.facilitator.state()), before);
}

TEST(Harvest, ADeviceStoreCannotImportAndAStoreWithoutAWorkshopCannotExport) {
    Harvest harvest;
    auto device = harvest.device("tablet");
    add_note(device, harvest.session_id, "idee");
    const auto bytes = export_bundle(device, {});
    auto other = harvest.device("other tablet");
    EXPECT_EQ(import_bundle(other, bytes, "stick").result, Result::rejected);
    auto lonely = Store::open_or_create(harvest.folder.path() / "lonely");
    EXPECT_THROW(export_bundle(lonely, {}), UserError);
}

TEST(Harvest, ImportPathsFindsEveryBundleInAFolderTree) {
    Harvest harvest;
    auto a = harvest.device("a");
    auto b = harvest.device("b");
    add_note(a, harvest.session_id, "van a");
    add_note(b, harvest.session_id, "van b");
    const auto stick = harvest.folder.path() / "stick";
    std::filesystem::create_directories(stick / "klas 5B");
    auto write = [](const std::filesystem::path& file, const std::string& bytes) {
        std::ofstream(file, std::ios::binary) << bytes;
    };
    write(stick / "a.oogst", export_bundle(a, {}));
    write(stick / "klas 5B" / "b.oogst", export_bundle(b, {}));
    write(stick / "notes.txt", "not a bundle");
    write(stick / "broken.oogst", "OOGSTBDY but nothing else");
    std::vector<std::size_t> progress;
    const auto report = import_paths(harvest.facilitator, {stick}, [&](std::size_t done, std::size_t total) {
        progress.push_back(done);
        EXPECT_EQ(total, 3u);
    });
    ASSERT_EQ(report.bundles.size(), 3u);
    EXPECT_EQ(report.rejected(), 1u);
    EXPECT_EQ(report.new_operations(), 2u);
    EXPECT_EQ(progress, (std::vector<std::size_t>{1, 2, 3}));
    EXPECT_EQ(harvest.facilitator.state().captures_of(harvest.session_id).size(), 2u);
}

}  // namespace
}  // namespace oogst

namespace oogst {
namespace {

// A facilitator whose disk fills up halfway through a stick: the bundles merged before
// stay merged, the one that did not fit and those after it are named, the store is whole.
TEST(HarvestOnAFullDisk, TheReportNamesWhereTheImportStoppedAndKeepsWhatLanded) {
    if (geteuid() != 0) GTEST_SKIP() << "mounting a test disk needs root";
    Harvest harvest;
    testing::TemporaryFolder disk;
    ASSERT_EQ(mount("tmpfs", disk.path().c_str(), "tmpfs", 0, "size=2m"), 0) << strerror(errno);
    struct Unmount {
        std::filesystem::path path;
        ~Unmount() { umount2(path.c_str(), MNT_DETACH); }
    } unmount{disk.path()};
    // The facilitator's store moves onto the small disk.
    harvest.facilitator.checkpoint();
    std::filesystem::copy(harvest.facilitator.folder(), disk / "facilitator");
    auto facilitator = Store::open(disk / "facilitator");

    const auto stick = harvest.folder.path() / "stick";
    std::filesystem::create_directories(stick);
    std::string noise(300 * 1024, '\0');
    for (std::size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<char>((i * 2654435761u) >> 13);
    for (int d = 0; d < 8; ++d) {
        auto device = harvest.device("tablet-" + std::to_string(d));
        CaptureAdded photo;
        photo.id = new_id();
        photo.session_id = harvest.session_id;
        photo.capture_kind = CaptureKind::photo;
        noise[0] = static_cast<char>(d);  // another photo on every tablet
        photo.photo_blob = device.put_blob(noise, "image/jpeg");
        device.record(photo);
        std::ofstream(stick / ("tablet-" + std::to_string(d) + ".oogst"), std::ios::binary) << export_bundle(device, {});
    }
    const auto report = import_paths(facilitator, {stick});
    ASSERT_EQ(report.bundles.size(), 8u);
    std::size_t merged = 0, stopped_at = report.bundles.size();
    for (std::size_t i = 0; i < report.bundles.size(); ++i) {
        const auto& outcome = report.bundles[i];
        if (outcome.result == Result::merged) ++merged;
        if (outcome.reason.find("the import stopped here") != std::string::npos) stopped_at = i;
    }
    ASSERT_LT(stopped_at, report.bundles.size()) << "the disk never filled up: make the photos larger";
    EXPECT_NE(report.bundles[stopped_at].reason.find("full"), std::string::npos) << report.bundles[stopped_at].reason;
    EXPECT_EQ(merged, stopped_at);
    for (std::size_t i = stopped_at + 1; i < report.bundles.size(); ++i)
        EXPECT_NE(report.bundles[i].reason.find("not read"), std::string::npos);
    EXPECT_EQ(facilitator.state().captures_of(harvest.session_id).size(), merged);
    EXPECT_EQ(facilitator.integrity_check(), "ok");
}

}  // namespace
}  // namespace oogst
