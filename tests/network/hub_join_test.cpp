// Getting the join file from the hub with the short join code, and the back-off that
// keeps the code from being found by trying.
#include <gtest/gtest.h>

#include <httplib.h>

#include <thread>

#include "platform/hub_client.hpp"
#include "platform/hub_protocol.hpp"
#include "platform/join_backoff.hpp"
#include "tests/network/hub_fixture.hpp"

namespace oogst {
namespace {

using testing::add_notes;
using testing::add_table;
using testing::Facilitator;
using testing::TemporaryFolder;
using namespace std::chrono_literals;

std::string wrong_code(const std::string& right) {
    auto code = right;
    code[0] = code[0] == 'A' ? 'B' : 'A';
    return code;
}

TEST(HubJoin, AWrongCodeIsRefusedAndTheRightOneLetsADeviceJoin) {
    Facilitator facilitator;
    const auto code = facilitator.hub().join_code();
    ASSERT_EQ(code.size(), 9u) << code;

    try {
        fetch_join_file(facilitator.url(), wrong_code(code));
        ADD_FAILURE() << "a wrong code was accepted";
    } catch (const UserError& error) {
        EXPECT_NE(std::string(error.what()).find("does not know the join code"), std::string::npos) << error.what();
    }
    std::this_thread::sleep_for(80ms);  // past the lock-out (50 ms after the answer to the first wrong code)

    // Typed in lower case without the dash, as someone reading it off a screen might.
    auto typed = normalise_join_code(code);
    for (auto& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto join = fetch_join_file(facilitator.url(), typed);
    EXPECT_EQ(join.keys.workshop_id, facilitator.join_file().keys.workshop_id);
    EXPECT_TRUE(join.keys.secret_key.empty());
    EXPECT_EQ(join.keys.hub, facilitator.url());

    TemporaryFolder folder;
    auto device = testing::joined_device(folder / "tablet", join);
    add_notes(device, add_table(device, "Tafel 1"), 4);
    const auto result = push_to_hub(device, "");
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(device.acknowledged_through(), device.own_operation_count());
}

TEST(HubJoin, TryingCodesLocksTheAddressOutEvenForTheRightCode) {
    Facilitator facilitator;
    const auto code = normalise_join_code(facilitator.hub().join_code());
    httplib::Client client(facilitator.url());
    const auto wrong = client.Get(std::string(hub_join_path) + wrong_code(code));
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 404);
    const auto locked = client.Get(std::string(hub_join_path) + code);
    ASSERT_TRUE(locked);
    EXPECT_EQ(locked->status, 429) << "while locked out, no code is compared";
    EXPECT_TRUE(locked->has_header("Retry-After"));
    std::this_thread::sleep_for(80ms);
    const auto right = client.Get(std::string(hub_join_path) + code);
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 200);
    EXPECT_NO_THROW(decode_join_file(right->body));
}

TEST(HubJoin, OnlyTheJoinFileIsServedWithoutProof) {
    Facilitator facilitator;
    httplib::Client client(facilitator.url());
    for (const char* path : {"/", "/v1/push", "/v1/offer", "/v1/join/", "/v1/bundles"}) {
        const auto answer = client.Get(path);
        ASSERT_TRUE(answer) << path;
        EXPECT_EQ(answer->status, 404) << path;
    }
}

TEST(JoinBackoff, EachWrongCodeDoublesTheLockOutUpToTheLongest) {
    JoinBackoff backoff(1000ms, 8000ms, 3000ms);
    const auto start = JoinBackoff::Clock::now();
    EXPECT_EQ(backoff.wait_left("10.0.0.7", start), 0ms);
    auto penalty = backoff.failed("10.0.0.7", start);
    EXPECT_EQ(penalty.answer_after, 1000ms);
    EXPECT_EQ(penalty.lock_out, 1000ms);
    EXPECT_EQ(backoff.wait_left("10.0.0.7", start + 400ms), 1600ms) << "locked while waiting and after the answer";
    EXPECT_EQ(backoff.wait_left("10.0.0.8", start), 0ms) << "per address";
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 2s).lock_out, 2000ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 6s).lock_out, 4000ms);
    penalty = backoff.failed("10.0.0.7", start + 14s);
    EXPECT_EQ(penalty.lock_out, 8000ms);
    EXPECT_EQ(penalty.answer_after, 3000ms) << "the answer itself never waits longer than 3 s";
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 30s).lock_out, 8000ms);
    backoff.succeeded("10.0.0.7");
    EXPECT_EQ(backoff.wait_left("10.0.0.7", start + 30s), 0ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 30s).lock_out, 1000ms);
}

}  // namespace
}  // namespace oogst
