// What the hub does before it reads a push: the device names itself and proves it
// joined in the request's headers, so a stranger's body is never read, and the bundle
// that follows must be the named device's own.
#include <gtest/gtest.h>

#include <httplib.h>

#include <optional>
#include <thread>

#include "core/harvest/bundle_export.hpp"
#include "core/model/ids.hpp"
#include "platform/net/hub_client.hpp"
#include "platform/net/hub_protocol.hpp"
#include "tests/platform/net/fake_hub.hpp"
#include "tests/platform/net/hub_fixture.hpp"
#include "tests/platform/net/raw_request.hpp"

namespace oogst {
namespace {

using testing::add_notes;
using testing::add_table;
using testing::as_text;
using testing::Facilitator;
using testing::joined_device;
using testing::RawConnection;
using testing::TemporaryFolder;
using namespace std::chrono_literals;

// The headers a device sends with its push of body (hub_protocol.hpp).
httplib::Headers member_headers(const Store& device, std::string_view body) {
    return testing::push_headers_of(device, body);
}

// 100 MB announced, 64 KB sent, and then nothing: a hub that waits for the rest before
// it looks at who is asking has let a stranger tie up a thread and its memory.
TEST(HubPushGate, AStrangersBodyIsRefusedBeforeItIsRead) {
    Facilitator facilitator;
    const std::uint64_t announced = 100ull << 20;
    const std::string some(64 * 1024, 'x');
    struct Case {
        const char* path;
        int status;
    };
    for (const auto& [path, status] : {Case{"/v1/push", 403}, Case{"/v1/offer", 403}, Case{"/v1/elsewhere", 404},
                                       Case{"/v1/join/0123456789abcdef0123456789abcdef", 404}}) {
        RawConnection connection(facilitator.hub().port());
        ASSERT_TRUE(connection.connected());
        connection.send_text(testing::request_head("POST", path, announced) + some);
        const auto started = std::chrono::steady_clock::now();
        const auto answer = connection.answer_within(3s);
        EXPECT_EQ(testing::status_of(answer), status) << path << ": " << answer.substr(0, 200);
        EXPECT_LT(std::chrono::steady_clock::now() - started, 2s) << path;
    }
    // A push naming a device that never joined is refused the same way.
    TemporaryFolder folder;
    auto stranger = Store::open_or_create(folder / "stranger");
    auto keys = facilitator.join_file().keys;
    keys.pairing_token = std::string(32, '\x42');
    stranger.save_workshop_keys(keys);
    RawConnection connection(facilitator.hub().port());
    connection.send_text(testing::request_head("POST", platform::hub_push_path, announced, as_text(member_headers(stranger, some))) +
                         some);
    const auto answer = connection.answer_within(3s);
    EXPECT_EQ(testing::status_of(answer), 403) << answer.substr(0, 200);
    EXPECT_NE(answer.find("has not joined this workshop"), std::string::npos) << answer;
}

TEST(HubPushGate, TheBundleMustComeFromTheDeviceTheHeadersName) {
    Facilitator facilitator;
    TemporaryFolder folder;
    const auto join = facilitator.join_file();
    auto tablet = joined_device(folder / "tablet", join);
    auto kiosk = joined_device(folder / "kiosk", join);
    add_notes(kiosk, add_table(kiosk, "Kiosk"), 4);
    const auto bundle = export_bundle(kiosk, only_unacknowledged(kiosk));
    const auto dump = facilitator.dump();

    httplib::Client client(facilitator.url());
    client.set_read_timeout(10);
    // The tablet's name and proof, the kiosk's bundle.
    const auto mixed = client.Post(platform::hub_push_path, member_headers(tablet, bundle), bundle, platform::hub_content_type);
    ASSERT_TRUE(mixed) << httplib::to_string(mixed.error());
    EXPECT_EQ(mixed->status, 400) << mixed->body;
    EXPECT_NE(mixed->body.find("not the device"), std::string::npos) << mixed->body;
    EXPECT_EQ(facilitator.dump(), dump);

    const auto own = client.Post(platform::hub_push_path, member_headers(kiosk, bundle), bundle, platform::hub_content_type);
    ASSERT_TRUE(own) << httplib::to_string(own.error());
    EXPECT_EQ(own->status, 200) << own->body;
    EXPECT_EQ(facilitator.with_store([&](Store& store) { return store.held_through(kiosk.device().id); }),
              kiosk.own_operation_count());
}

// Reading and verifying bundles is capped (concurrent_pushes): a push that finds every
// slot taken waits briefly, then hears "busy" without its body being read.
TEST(HubPushGate, PushesBeyondTheSlotsAreToldTheHubIsBusy) {
    auto options = testing::quick_options();
    options.concurrent_pushes = 1;
    options.push_wait = 300ms;
    Facilitator facilitator(options);
    TemporaryFolder folder;
    const auto join = facilitator.join_file();
    auto slow = joined_device(folder / "slow", join);
    auto quick = joined_device(folder / "quick", join);
    add_notes(quick, add_table(quick, "Tafel 2"), 3);

    // The slow tablet takes the only slot: 1 MB announced, 1 KB sent so far.
    std::optional<RawConnection> holding(std::in_place, facilitator.hub().port());
    holding->send_text(testing::request_head("POST", platform::hub_push_path, 1 << 20, as_text(member_headers(slow, std::string(1 << 20, 'x')))) +
                      std::string(1024, 'x'));
    std::this_thread::sleep_for(100ms);

    RawConnection waiting(facilitator.hub().port());
    const auto bundle = export_bundle(quick, only_unacknowledged(quick));
    waiting.send_text(testing::request_head("POST", platform::hub_push_path, bundle.size(), as_text(member_headers(quick, bundle))) +
                      bundle);
    const auto answer = waiting.answer_within(3s);
    EXPECT_EQ(testing::status_of(answer), 503) << answer;
    EXPECT_NE(answer.find("the facilitator's machine is busy, try again"), std::string::npos) << answer;
    EXPECT_EQ(facilitator.with_store([&](Store& store) { return store.held_through(quick.device().id); }), 0u);

    // The slow tablet gives up; the slot is free again.
    holding.reset();
    const auto result = platform::push_to_hub(quick, facilitator.url());
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(quick.acknowledged_through(), quick.own_operation_count());
}

// A device told "busy" tries again by itself after a pause.
TEST(HubPushGate, ADeviceTriesABusyHubAgain) {
    Facilitator facilitator;
    TemporaryFolder folder;
    auto device = joined_device(folder / "tablet", facilitator.join_file());
    add_notes(device, add_table(device, "Tafel 3"), 3);

    // In front of the real hub: the first push is answered busy, the rest passed on.
    testing::FakeHub front;
    int pushes = 0;
    auto pass_on = [&](const httplib::Request& req, httplib::Response& res) {
        httplib::Client hub(facilitator.url());
        httplib::Headers headers;
        for (const auto& [name, value] : req.headers)
            if (name.rfind("X-Oogst-", 0) == 0) headers.emplace(name, value);
        const auto answer = hub.Post(req.path.c_str(), headers, req.body, platform::hub_content_type);
        res.status = answer ? answer->status : 502;
        if (answer) res.set_content(answer->body, answer->get_header_value("Content-Type").c_str());
    };
    front.server().Post(platform::hub_offer_path, pass_on);
    front.server().Post(platform::hub_push_path, [&](const httplib::Request& req, httplib::Response& res) {
        if (++pushes == 1) {
            res.status = 503;
            res.set_content("the facilitator's machine is busy, try again", "text/plain");
            return;
        }
        pass_on(req, res);
    });
    front.start();

    const auto result = platform::push_to_hub(device, front.url());
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(pushes, 2);
    EXPECT_EQ(device.acknowledged_through(), device.own_operation_count());
}

}  // namespace
}  // namespace oogst
