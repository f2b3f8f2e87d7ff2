// Getting the join file from the hub with the short join code, and the back-off that
// keeps the code from being found by trying.
#include <gtest/gtest.h>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>

#include "core/errors.hpp"
#include "platform/net/hub_client.hpp"
#include "platform/net/hub_protocol.hpp"
#include "platform/net/join_backoff.hpp"
#include "tests/platform/net/hub_fixture.hpp"

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
        platform::fetch_join_file(facilitator.url(), wrong_code(code));
        ADD_FAILURE() << "a wrong code was accepted";
    } catch (const UserError& error) {
        EXPECT_NE(std::string(error.what()).find("does not know the join code"), std::string::npos) << error.what();
    }
    std::this_thread::sleep_for(80ms);  // past the lock-out (50 ms after the answer to the first wrong code)

    // Typed in lower case without the dash, as someone reading it off a screen might.
    auto typed = platform::normalise_join_code(code);
    for (auto& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto join = platform::fetch_join_file(facilitator.url(), typed);
    EXPECT_EQ(join.keys.workshop_id, facilitator.join_file().keys.workshop_id);
    EXPECT_TRUE(join.keys.secret_key.empty());
    EXPECT_EQ(join.keys.hub, facilitator.url());

    TemporaryFolder folder;
    auto device = testing::joined_device(folder / "tablet", join);
    add_notes(device, add_table(device, "Tafel 1"), 4);
    const auto result = platform::push_to_hub(device, "");
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(device.acknowledged_through(), device.own_operation_count());
}

TEST(HubJoin, TryingCodesLocksTheAddressOutEvenForTheRightCode) {
    Facilitator facilitator;
    const auto code = platform::normalise_join_code(facilitator.hub().join_code());
    // Both worked out first: each takes a tenth of a second, longer than the test's lock-out.
    const auto wrong_path = std::string(platform::hub_join_path) + join_code_lookup(wrong_code(code));
    const auto right_path = std::string(platform::hub_join_path) + join_code_lookup(code);
    httplib::Client client(facilitator.url());
    const auto wrong = client.Get(wrong_path);
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 404);
    const auto locked = client.Get(right_path);
    ASSERT_TRUE(locked);
    EXPECT_EQ(locked->status, 429) << "while locked out, no code is compared";
    EXPECT_TRUE(locked->has_header("Retry-After"));
    std::this_thread::sleep_for(80ms);
    const auto right = client.Get(right_path);
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 200);
    EXPECT_NO_THROW(decode_join_file(open_join_file_for_code(right->body, code)));
    EXPECT_THROW(decode_join_file(right->body), FormatError) << "the join file travels sealed";
}

TEST(HubJoin, TheCodeItselfIsNotAnAddressTheHubAnswers) {
    Facilitator facilitator;
    httplib::Client client(facilitator.url());
    const auto answer = client.Get(std::string(platform::hub_join_path) + platform::normalise_join_code(facilitator.hub().join_code()));
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 404);
    EXPECT_EQ(answer->body, "the hub does not know this address");
}

// The key= of the QR code's link: a join file whose key has another fingerprint is refused.
TEST(HubJoin, AKeyFingerprintFromTheQrCodeIsChecked) {
    Facilitator facilitator;
    const auto code = facilitator.hub().join_code();
    const auto fingerprint = key_fingerprint(facilitator.join_file().keys.public_key);
    EXPECT_NO_THROW(platform::fetch_join_file(facilitator.url(), code, 10, fingerprint));
    auto other = fingerprint;
    other[0] = other[0] == 'A' ? 'B' : 'A';
    try {
        platform::fetch_join_file(facilitator.url(), code, 10, other);
        ADD_FAILURE() << "another key's fingerprint was accepted";
    } catch (const UserError& error) {
        EXPECT_NE(std::string(error.what()).find("QR code"), std::string::npos) << error.what();
    }
}

// Each way joining by code fails has its kind, so the Harvest screen says it in the
// person's language instead of matching English words.
TEST(HubJoin, EachJoinProblemHasItsKind) {
    using Problem = platform::JoinError::Problem;
    const auto problem_of = [](const std::function<void()>& join) -> std::optional<Problem> {
        try {
            join();
        } catch (const platform::JoinError& error) {
            return error.problem();
        }
        return std::nullopt;
    };
    auto options = testing::quick_options();
    options.join_backoff = std::chrono::milliseconds{1500};  // longer than working out the next code
    Facilitator facilitator(options);
    const auto code = facilitator.hub().join_code();
    EXPECT_EQ(problem_of([&] { platform::fetch_join_file(facilitator.url(), "K7QM"); }), Problem::malformed_code);
    EXPECT_EQ(problem_of([&] { platform::fetch_join_file(facilitator.url(), "K7QM-3XT!"); }), Problem::malformed_code);
    EXPECT_EQ(problem_of([&] { platform::fetch_join_file("https://192.168.1.20:8620", code); }), Problem::bad_address);
    EXPECT_EQ(problem_of([&] { platform::fetch_join_file(facilitator.url(), wrong_code(code)); }), Problem::wrong_code);
    EXPECT_EQ(problem_of([&] { platform::fetch_join_file(facilitator.url(), code); }), Problem::too_many_tries)
        << "right after a wrong code, the address waits";
    std::this_thread::sleep_for(1600ms);
    auto other = key_fingerprint(facilitator.join_file().keys.public_key);
    other[0] = other[0] == 'A' ? 'B' : 'A';
    EXPECT_EQ(problem_of([&] { platform::fetch_join_file(facilitator.url(), code, 10, other); }), Problem::not_genuine);
    // Port 9 (discard): nothing listens there on a test machine.
    EXPECT_EQ(problem_of([&] { platform::fetch_join_file("http://127.0.0.1:9", code, 2); }), Problem::unreachable);
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

// Twelve wrong codes from one address at the same moment: only one of them is
// compared, the others are refused (429) without looking at the code.
TEST(HubJoin, ManyCodesAtOnceFromOneAddressAreComparedOnce) {
    auto options = testing::quick_options();
    options.join_backoff = 30000ms;  // longer than the test: no lock-out runs out meanwhile
    options.join_backoff_max = 60000ms;
    Facilitator facilitator(options);
    constexpr int tries = 12;
    std::vector<int> statuses(tries);
    std::vector<std::thread> threads;
    for (int i = 0; i < tries; ++i)
        threads.emplace_back([&, i] {
            httplib::Client client(facilitator.url());
            client.set_read_timeout(10);
            char lookup[33];
            std::snprintf(lookup, sizeof lookup, "%032x", i + 1);
            const auto answer = client.Get(std::string(platform::hub_join_path) + lookup);
            statuses[i] = answer ? answer->status : -1;
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 404), 1);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), tries - 1);
}

// A wrong code is answered at once (no thread kept waiting), and the address is then
// locked out: the back-off is in what it may try next, not in holding the answer.
TEST(HubJoin, AWrongCodeIsAnsweredAtOnceAndLocksTheAddressOut) {
    auto options = testing::quick_options();
    options.join_backoff = 2000ms;
    options.join_backoff_max = 8000ms;
    Facilitator facilitator(options);
    httplib::Client client(facilitator.url());
    client.set_read_timeout(10);
    const auto started = std::chrono::steady_clock::now();
    const auto wrong = client.Get(std::string(platform::hub_join_path) + std::string(32, 'a'));
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 404);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 1000ms) << "the answer was held back";
    const auto locked = client.Get(std::string(platform::hub_join_path) + std::string(32, 'b'));
    ASSERT_TRUE(locked);
    EXPECT_EQ(locked->status, 429);
    EXPECT_EQ(locked->get_header_value("Retry-After"), "2");
}

TEST(JoinBackoff, EachWrongCodeDoublesTheLockOutUpToTheLongest) {
    platform::JoinBackoff backoff(1000ms, 8000ms);
    const auto start = platform::JoinBackoff::Clock::now();
    EXPECT_EQ(backoff.begin("10.0.0.7", start), 0ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start), 1000ms);
    EXPECT_EQ(backoff.begin("10.0.0.7", start + 400ms), 600ms) << "locked out after a wrong code";
    EXPECT_EQ(backoff.begin("10.0.0.8", start), 0ms) << "per address";
    backoff.succeeded("10.0.0.8");
    EXPECT_EQ(backoff.begin("10.0.0.7", start + 1s), 0ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 1s), 2000ms);
    EXPECT_EQ(backoff.begin("10.0.0.7", start + 3s), 0ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 3s), 4000ms);
    EXPECT_EQ(backoff.begin("10.0.0.7", start + 7s), 0ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 7s), 8000ms);
    EXPECT_EQ(backoff.begin("10.0.0.7", start + 15s), 0ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 15s), 8000ms) << "never longer than the longest";
    EXPECT_EQ(backoff.begin("10.0.0.7", start + 23s), 0ms);
    backoff.succeeded("10.0.0.7");
    EXPECT_EQ(backoff.begin("10.0.0.7", start + 23s), 0ms);
    EXPECT_EQ(backoff.failed("10.0.0.7", start + 23s), 1000ms) << "the right code starts afresh";
}

// Checking and reserving are one step: of many requests at once, one is let through.
TEST(JoinBackoff, OnlyOneComparisonAtATimePerAddress) {
    platform::JoinBackoff backoff(1000ms, 8000ms);
    const auto now = platform::JoinBackoff::Clock::now();
    std::atomic<int> allowed{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 12; ++i)
        threads.emplace_back([&] {
            if (backoff.begin("10.0.0.9", now) == 0ms) ++allowed;
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(allowed, 1);
    EXPECT_GT(backoff.begin("10.0.0.9", now), 0ms) << "still comparing";
    backoff.succeeded("10.0.0.9");
    EXPECT_EQ(backoff.begin("10.0.0.9", now), 0ms);
}

}  // namespace
}  // namespace oogst
