// Devices pushing to a real hub on 127.0.0.1: what lands in the facilitator's store,
// what the device keeps, and what is refused.
#include <gtest/gtest.h>

#include <httplib.h>

#include "core/harvest/bundle_export.hpp"
#include "platform/net/hub_client.hpp"
#include "platform/net/hub_protocol.hpp"
#include "tests/platform/net/hub_fixture.hpp"

namespace oogst {
namespace {

using testing::add_notes;
using testing::add_table;
using testing::Facilitator;
using testing::joined_device;
using testing::TemporaryFolder;

TEST(HubPush, APairedDevicePushesAndKeepsAGenuineReceipt) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    const auto session = add_table(device, "Tafel 1: Beveren");
    add_notes(device, session, 20);
    const auto own = device.own_operation_count();
    ASSERT_EQ(own, 21u);

    std::vector<platform::PushProgress> seen;
    const auto result = platform::push_to_hub(device, facilitator.url(), [&](const platform::PushProgress& p) { seen.push_back(p); });
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_FALSE(result.nothing_new);
    EXPECT_EQ(result.operations_sent, own);
    EXPECT_EQ(result.blobs_sent, 4u);
    ASSERT_TRUE(result.receipt);
    EXPECT_EQ(result.receipt->held_through, own);
    EXPECT_EQ(result.receipt->new_operations, own);
    EXPECT_TRUE(receipt_is_genuine(*result.receipt, *device.workshop_keys()));
    EXPECT_EQ(device.acknowledged_through(), own) << "the receipt is saved on the device";

    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.front().stage, platform::PushProgress::Stage::offering);
    EXPECT_EQ(seen.back().stage, platform::PushProgress::Stage::done);
    EXPECT_TRUE(std::any_of(seen.begin(), seen.end(), [](const platform::PushProgress& p) {
        return p.stage == platform::PushProgress::Stage::sending && p.bytes_sent == p.bytes_total && p.bytes_total > 0;
    }));

    facilitator.with_store([&](Store& store) {
        EXPECT_EQ(store.held_through(device.device().id), own);
        EXPECT_EQ(store.state().captures_of(session).size(), 20u);
        EXPECT_NE(store.state().session(session), nullptr);
        return 0;
    });
    const auto pushes = facilitator.hub().recent_pushes();
    ASSERT_EQ(pushes.size(), 1u);
    EXPECT_EQ(pushes[0].status, 200);
    EXPECT_EQ(pushes[0].outcome.result, BundleOutcome::Result::merged);
    EXPECT_EQ(pushes[0].outcome.new_operations, own);
}

// Issue 15, item 3: a second facilitator laptop (a copy of the facilitator's store made
// before the harvest, with the same keys) holds nothing of a tablet whose receipts came
// from the first. The tablet's push to it sends everything, not "nothing new", and the
// two laptops end with the same workshop.
TEST(HubPush, ASecondLaptopGetsEverythingFromATabletTheFirstAcknowledged) {
    Facilitator first;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", first.join_file());
    add_notes(device, add_table(device, "Tafel 2: Rumbeke"), 12);
    const auto own = device.own_operation_count();
    ASSERT_TRUE(platform::push_to_hub(device, first.url()).ok());
    ASSERT_EQ(device.acknowledged_through(), own);

    auto second_store = Store::open(first.reference_folder());
    std::mutex second_mutex;
    platform::HubServer second(second_store, second_mutex, testing::quick_options());
    second.start("127.0.0.1", 0);
    const auto result = platform::push_to_hub(device, second.url());
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_FALSE(result.nothing_new);
    EXPECT_EQ(result.operations_sent, own);
    EXPECT_EQ(device.acknowledged_through(), own);
    {
        std::lock_guard lock(second_mutex);
        EXPECT_EQ(second_store.held_through(device.device().id), own);
        EXPECT_EQ(canonical_json(second_store.state()), first.dump());
    }
    second.stop();
}

TEST(HubPush, ASecondPushSendsNothingAndLaterOnlyWhatIsNew) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    const auto session = add_table(device, "Tafel 2");
    add_notes(device, session, 10);
    ASSERT_TRUE(platform::push_to_hub(device, facilitator.url()).ok());
    const auto dump = facilitator.dump();
    const auto count = facilitator.operation_count();

    const auto again = platform::push_to_hub(device, facilitator.url());
    ASSERT_TRUE(again.ok()) << again.error;
    EXPECT_TRUE(again.nothing_new);
    EXPECT_EQ(again.operations_sent, 0u);
    EXPECT_EQ(again.blobs_sent, 0u);
    EXPECT_EQ(again.bytes_sent, 0u);
    EXPECT_EQ(facilitator.dump(), dump);
    EXPECT_EQ(facilitator.operation_count(), count);

    // Three more notes, one reusing a photo the hub already holds: only the notes travel.
    add_notes(device, session, 2, 11);
    CaptureAdded reuse;
    reuse.id = new_id();
    reuse.session_id = session;
    reuse.capture_kind = CaptureKind::photo;
    for (const auto& [id, capture] : device.state().captures_of(session))
        if (capture->origin && !capture->origin->photo_blob.empty()) reuse.photo_blob = capture->origin->photo_blob;
    ASSERT_FALSE(reuse.photo_blob.empty());
    device.record(reuse);

    const auto later = platform::push_to_hub(device, facilitator.url());
    ASSERT_TRUE(later.ok()) << later.error;
    EXPECT_EQ(later.operations_sent, 3u);
    EXPECT_EQ(later.blobs_sent, 0u) << "the hub holds that photo already";
    EXPECT_EQ(later.receipt->new_operations, 3u);
    EXPECT_EQ(facilitator.operation_count(), count + 3);
    EXPECT_EQ(device.acknowledged_through(), device.own_operation_count());
}

TEST(HubPush, ADeviceUsesTheHubNamedInItsJoinFile) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 3"), 3);
    const auto result = platform::push_to_hub(device, "");
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.hub, facilitator.url());
}

TEST(HubPush, AReceiptNotSignedByTheFacilitatorIsNotSaved) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 4"), 3);
    // The device believes another key signs for the facilitator: as if a stranger posed as the hub.
    auto keys = *device.workshop_keys();
    keys.facilitator_key = std::string(32, '\x11');
    device.save_workshop_keys(keys);

    const auto result = platform::push_to_hub(device, facilitator.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::not_genuine);
    EXPECT_FALSE(result.receipt);
    EXPECT_EQ(device.acknowledged_through(), 0u);
}

TEST(HubPush, AnUnreachableHubIsSaidInOneSentence) {
    TemporaryFolder folder;
    Facilitator facilitator;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 5"), 1);
    const auto port = facilitator.hub().port();
    facilitator.hub().stop();
    const auto result = platform::push_to_hub(device, "http://127.0.0.1:" + std::to_string(port), {}, 2);
    EXPECT_EQ(result.problem, platform::PushResult::Problem::unreachable);
    EXPECT_NE(result.error.find("cannot be reached"), std::string::npos) << result.error;
    EXPECT_EQ(result.error.find('\n'), std::string::npos);
}

TEST(HubPush, AStoreThatJoinedNothingIsToldSo) {
    TemporaryFolder folder;
    auto device = Store::open_or_create(folder / "tablet");
    const auto result = platform::push_to_hub(device, "http://127.0.0.1:9");
    EXPECT_EQ(result.problem, platform::PushResult::Problem::not_joined);
}

TEST(HubPush, ADeviceOfAnotherWorkshopIsRefused) {
    Facilitator ours, theirs;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", theirs.join_file());
    add_notes(device, add_table(device, "Tafel 6"), 2);
    const auto dump = ours.dump();
    const auto result = platform::push_to_hub(device, ours.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::other_workshop) << result.error;
    EXPECT_EQ(ours.dump(), dump);
}

TEST(HubPush, AHubWithoutAFacilitatorWorkshopDoesNotStart) {
    TemporaryFolder folder;
    auto empty = Store::open_or_create(folder / "empty");
    std::mutex mutex;
    platform::HubServer hub(empty, mutex);
    EXPECT_THROW(hub.start("127.0.0.1", 0), UserError);

    Facilitator facilitator;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    platform::HubServer device_hub(device, mutex);
    EXPECT_THROW(device_hub.start("127.0.0.1", 0), UserError);
}

}  // namespace
}  // namespace oogst
