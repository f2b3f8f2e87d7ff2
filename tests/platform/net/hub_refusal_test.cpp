// What the hub refuses, and that a refusal leaves the facilitator's store as it was:
// devices that never joined, a push cut off half-way, bodies larger than the limit.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/member_devices.hpp"
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

// Everything a refusal must leave alone.
struct Snapshot {
    std::string dump;
    std::uint64_t operations = 0, held = 0;
    bool key_known = false;

    static Snapshot of(Facilitator& facilitator, const std::string& device_id) {
        return facilitator.with_store([&](Store& store) {
            return Snapshot{canonical_json(store.state()), store.operation_count(), store.held_through(device_id),
                            store.known_device_key(device_id).has_value()};
        });
    }
    bool operator==(const Snapshot&) const = default;
};

httplib::Client raw_client(const Facilitator& facilitator) {
    httplib::Client client(facilitator.url());
    client.set_read_timeout(10);
    return client;
}

// A store that holds the workshop's public keys but a pairing token of its own making:
// someone who guessed the workshop's address and id but never saw the join file.
Store stranger_with_wrong_token(const std::filesystem::path& folder, const JoinFile& join) {
    auto stranger = Store::open_or_create(folder);
    auto keys = join.keys;
    keys.pairing_token = std::string(32, '\x42');
    stranger.save_workshop_keys(keys);
    add_notes(stranger, add_table(stranger, "Niet uitgenodigd"), 5);
    return stranger;
}

TEST(HubRefusal, ADeviceWithAWrongTokenIsRefusedAndNothingChanges) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto stranger = stranger_with_wrong_token(folder / "stranger", facilitator.join_file());
    const auto before = Snapshot::of(facilitator, stranger.device().id);

    const auto result = platform::push_to_hub(stranger, facilitator.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::not_member) << result.error;
    EXPECT_NE(result.error.find("has not joined this workshop"), std::string::npos) << result.error;
    EXPECT_EQ(stranger.acknowledged_through(), 0u);

    // Skipping the offer and posting a bundle straight away is refused the same way.
    auto client = raw_client(facilitator);
    const auto bundle = export_bundle(stranger, ExportChoice{});
    const auto pushed = client.Post(platform::hub_push_path, testing::push_headers_of(stranger, bundle), bundle, platform::hub_content_type);
    ASSERT_TRUE(pushed) << httplib::to_string(pushed.error());
    EXPECT_EQ(pushed->status, 403);
    EXPECT_EQ(Snapshot::of(facilitator, stranger.device().id), before);
    // The facilitator sees both tries: the refused offer and the refused bundle.
    const auto pushes = facilitator.hub().recent_pushes();
    ASSERT_EQ(pushes.size(), 2u);
    for (const auto& push : pushes) {
        EXPECT_EQ(push.status, 403);
        EXPECT_EQ(push.outcome.result, BundleOutcome::Result::rejected);
        EXPECT_EQ(push.outcome.device_id, stranger.device().id);
        EXPECT_EQ(push.outcome.reason, "this device has not joined this workshop");
    }
}

TEST(HubRefusal, ADeviceWithKeysOfItsOwnIsRefused) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto stranger = Store::open_or_create(folder / "stranger");
    const auto workshop_id = facilitator.join_file().keys.workshop_id;
    auto own_keys = make_workshop_keys(workshop_id);
    own_keys.secret_key.clear();  // a device's keys, but made by the stranger
    stranger.save_workshop_keys(own_keys);
    add_notes(stranger, add_table(stranger, "Eigen sleutels"), 5);
    const auto before = Snapshot::of(facilitator, stranger.device().id);

    const auto result = platform::push_to_hub(stranger, facilitator.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::not_member) << result.error;

    auto client = raw_client(facilitator);
    const auto bundle = export_bundle(stranger, ExportChoice{});
    for (const auto& headers : {httplib::Headers{}, testing::push_headers_of(stranger, bundle)}) {
        const auto pushed = client.Post(platform::hub_push_path, headers, bundle, platform::hub_content_type);
        ASSERT_TRUE(pushed);
        EXPECT_EQ(pushed->status, 403) << pushed->body;
        EXPECT_EQ(pushed->body.find('\n'), std::string::npos) << "one sentence";
    }
    EXPECT_EQ(Snapshot::of(facilitator, stranger.device().id), before);
}

TEST(HubRefusal, AnOfferWithoutProofIsRefused) {
    Facilitator facilitator;
    auto client = raw_client(facilitator);
    platform::Offer offer{facilitator.join_file().keys.workshop_id, "0123456789abcdef0123456789abcdef",
                std::string(32, 'k'), std::string(32, 'p'), 3, {}};
    const auto answer = client.Post(platform::hub_offer_path, platform::encode_offer(offer), platform::hub_content_type);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 403);
    // Without the headers that name a member, the body is not even read.
    const auto junk = client.Post(platform::hub_offer_path, std::string("OOGSTOFR\x01\0\0\0\xff\xff\xff\xff", 16), platform::hub_content_type);
    ASSERT_TRUE(junk);
    EXPECT_EQ(junk->status, 403);
}

// Sends the request line, the headers announcing the whole body, and only part of it,
// then hangs up: a tablet carried out of the Wi-Fi's reach mid-push.
void send_cut_off(int port, const httplib::Headers& headers, const std::string& body, std::size_t sent) {
    const int socket_fd = socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(socket_fd, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(connect(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    const std::string head = std::string("POST ") + platform::hub_push_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                             "Content-Type: application/octet-stream\r\nContent-Length: " +
                             std::to_string(body.size()) + "\r\n";
    std::string message_head = head;
    for (const auto& [name, value] : headers) message_head += name + ": " + value + "\r\n";
    message_head += "\r\n";
    const auto message = message_head + body.substr(0, sent);
    ASSERT_EQ(send(socket_fd, message.data(), message.size(), MSG_NOSIGNAL), static_cast<ssize_t>(message.size()));
    close(socket_fd);
}

TEST(HubRefusal, APushCutOffHalfWayLeavesNothingBehind) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 7"), 40);
    const auto bundle = export_bundle(device, only_unacknowledged(device));
    const auto before = Snapshot::of(facilitator, device.device().id);

    for (const auto sent : {bundle.size() / 2, std::size_t{0}, bundle.size() - 1}) {
        send_cut_off(facilitator.hub().port(), testing::push_headers_of(device, bundle), bundle, sent);
        std::this_thread::sleep_for(std::chrono::milliseconds{200});
        EXPECT_EQ(Snapshot::of(facilitator, device.device().id), before) << "after " << sent << " bytes";
    }
    EXPECT_EQ(facilitator.hub().push_count(), 0u);

    // The same bytes, whole, land: the hub is still serving and the bundle was fine.
    const auto whole =
        raw_client(facilitator).Post(platform::hub_push_path, testing::push_headers_of(device, bundle), bundle, platform::hub_content_type);
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->status, 200) << whole->body;
    EXPECT_EQ(facilitator.with_store([&](Store& store) { return store.held_through(device.device().id); }),
              device.own_operation_count());
}

TEST(HubRefusal, ABodyLargerThanTheLimitIsRefused) {
    auto options = testing::quick_options();
    options.max_request_bytes = 64 * 1024;
    Facilitator facilitator(options);
    TemporaryFolder folder;
    auto device = joined_device(folder / "kiosk", facilitator.join_file());
    add_notes(device, add_table(device, "Kiosk"), 6, 0, 100 * 1024);
    const auto before = Snapshot::of(facilitator, device.device().id);

    const auto result = platform::push_to_hub(device, facilitator.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::too_large) << result.error;
    EXPECT_NE(result.error.find("USB"), std::string::npos) << result.error;
    EXPECT_EQ(device.acknowledged_through(), 0u);

    const auto raw = raw_client(facilitator).Post(platform::hub_push_path, testing::push_headers_of(device, std::string(200 * 1024, 'x')),
                                                  std::string(200 * 1024, 'x'), platform::hub_content_type);
    ASSERT_TRUE(raw) << httplib::to_string(raw.error());
    EXPECT_EQ(raw->status, 413);
    EXPECT_EQ(Snapshot::of(facilitator, device.device().id), before);
}

TEST(HubRefusal, DamagedBytesAreRefusedWithOneSentence) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 8"), 3);
    auto bundle = export_bundle(device, only_unacknowledged(device));
    bundle[bundle.size() / 2] ^= 0x10;
    const auto before = Snapshot::of(facilitator, device.device().id);
    const auto pushed =
        raw_client(facilitator).Post(platform::hub_push_path, testing::push_headers_of(device, bundle), bundle, platform::hub_content_type);
    ASSERT_TRUE(pushed);
    EXPECT_EQ(pushed->status, 400);
    EXPECT_FALSE(pushed->body.empty());
    EXPECT_EQ(pushed->body.find('\n'), std::string::npos);
    EXPECT_EQ(Snapshot::of(facilitator, device.device().id), before);
}

// A revoked device (a stolen tablet) is refused from its headers: nothing it sends is
// read or kept, so it cannot fill the facilitator's disk; its screen can say why; and
// once the facilitator takes it back, its next push brings everything it made meanwhile.
TEST(HubRefusal, ARevokedDeviceIsRefusedUnreadAndHandsInEverythingOnceTakenBack) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto tablet = joined_device(folder / "tablet", facilitator.join_file());
    const auto table = add_table(tablet, "Tafel 3");
    add_notes(tablet, table, 3);
    ASSERT_TRUE(platform::push_to_hub(tablet, facilitator.url()).ok());
    const auto id = tablet.device().id;
    facilitator.with_store([&](Store& store) { return revoke_device(store, id, false); });
    add_notes(tablet, table, 4, 3);
    const auto acknowledged = tablet.acknowledged_through();
    const auto before = Snapshot::of(facilitator, id);
    const auto pushes_before = facilitator.hub().recent_pushes().size();

    const auto result = platform::push_to_hub(tablet, facilitator.url());
    EXPECT_EQ(result.problem, platform::PushResult::Problem::revoked) << result.error;
    EXPECT_NE(result.error.find("revoked"), std::string::npos) << result.error;
    EXPECT_EQ(tablet.acknowledged_through(), acknowledged);

    // A bundle posted straight away, rightly signed, is refused the same way, unread.
    auto client = raw_client(facilitator);
    const auto bundle = export_bundle(tablet, ExportChoice{});
    const auto pushed =
        client.Post(platform::hub_push_path, testing::push_headers_of(tablet, bundle), bundle, platform::hub_content_type);
    ASSERT_TRUE(pushed) << httplib::to_string(pushed.error());
    EXPECT_EQ(pushed->status, 403);
    EXPECT_EQ(pushed->get_header_value(platform::hub_refusal_header), platform::hub_refusal_revoked);
    EXPECT_EQ(Snapshot::of(facilitator, id), before);
    const auto pushes = facilitator.hub().recent_pushes();
    ASSERT_EQ(pushes.size(), pushes_before + 2);  // the offer and the bundle, both seen by the facilitator
    EXPECT_EQ(pushes.back().status, 403);
    EXPECT_NE(pushes.back().outcome.reason.find("has revoked this device"), std::string::npos);

    // Taken back: the next push brings the work made while it was revoked.
    facilitator.with_store([&](Store& store) { return readmit_device(store, id); });
    const auto again = platform::push_to_hub(tablet, facilitator.url());
    ASSERT_TRUE(again.ok()) << again.error;
    EXPECT_EQ(tablet.acknowledged_through(), tablet.own_operation_count());
    EXPECT_EQ(facilitator.dump(), canonical_json(tablet.state()));
}

}  // namespace
}  // namespace oogst
