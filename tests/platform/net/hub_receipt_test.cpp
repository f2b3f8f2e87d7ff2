// A hub that is not the facilitator's cannot make a tablet believe its notes are safe:
// "nothing new to send" needs the facilitator's signed receipt as much as a push does.
#include <gtest/gtest.h>

#include "platform/net/hub_client.hpp"
#include "platform/net/hub_protocol.hpp"
#include "tests/platform/net/fake_hub.hpp"
#include "tests/platform/net/hub_fixture.hpp"

namespace oogst {
namespace {

using testing::add_notes;
using testing::add_table;
using testing::FakeHub;
using testing::Facilitator;
using testing::joined_device;
using testing::TemporaryFolder;

// A hub that claims to hold everything, with the given receipt bytes as its proof.
void claim_everything(FakeHub& hub, std::string receipt) {
    hub.server().Post(platform::hub_offer_path, [receipt](const httplib::Request&, httplib::Response& res) {
        res.set_content(platform::encode_offer_answer(platform::OfferAnswer{1000, {}, receipt}), platform::hub_content_type);
    });
    hub.server().Post(platform::hub_push_path, [](const httplib::Request&, httplib::Response& res) {
        res.status = 500;  // a device that was fooled never gets here
    });
    hub.start();
}

TEST(HubReceipt, AnUnsignedNothingNewIsNotBelieved) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 1"), 5);
    FakeHub stranger;
    claim_everything(stranger, "");

    const auto result = platform::push_to_hub(device, stranger.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::not_genuine) << result.error;
    EXPECT_FALSE(result.nothing_new);
    EXPECT_FALSE(result.receipt);
    EXPECT_EQ(device.acknowledged_through(), 0u);
}

// A genuine receipt, but an old one: it does not cover what the device made since.
TEST(HubReceipt, AnOldGenuineReceiptDoesNotCoverNewNotes) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    const auto session = add_table(device, "Tafel 2");
    add_notes(device, session, 5);
    const auto first = platform::push_to_hub(device, facilitator.url());
    ASSERT_TRUE(first.ok()) << first.error;
    const auto held = device.acknowledged_through();
    add_notes(device, session, 3, 10);

    FakeHub stranger;
    claim_everything(stranger, encode_receipt(*first.receipt));
    const auto result = platform::push_to_hub(device, stranger.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::not_genuine) << result.error;
    EXPECT_FALSE(result.nothing_new);
    EXPECT_EQ(device.acknowledged_through(), held);

    // The facilitator's own hub still takes the new notes.
    const auto later = platform::push_to_hub(device, facilitator.url());
    ASSERT_TRUE(later.ok()) << later.error;
    EXPECT_EQ(later.operations_sent, 3u);
}

// With everything already acknowledged there is nothing to send, whoever answers.
TEST(HubReceipt, ADeviceWithNothingUnacknowledgedHasNothingNew) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 3"), 2);
    ASSERT_TRUE(platform::push_to_hub(device, facilitator.url()).ok());
    FakeHub stranger;
    claim_everything(stranger, "");
    const auto result = platform::push_to_hub(device, stranger.url());
    EXPECT_TRUE(result.ok()) << result.error;
    EXPECT_TRUE(result.nothing_new);
}

}  // namespace
}  // namespace oogst
