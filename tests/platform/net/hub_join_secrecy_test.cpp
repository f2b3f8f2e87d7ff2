// Joining by code on the venue's Wi-Fi: someone listening learns neither the code nor
// the pairing token, and a hub that is not the facilitator's cannot slip a device other
// keys (its bundles would then be sealed to a stranger).
#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>

#include "core/harvest/workshop_keys.hpp"
#include "core/model/ids.hpp"
#include "platform/net/hub_client.hpp"
#include "platform/net/hub_protocol.hpp"
#include "tests/platform/net/fake_hub.hpp"
#include "tests/platform/net/hub_fixture.hpp"

namespace oogst {
namespace {

using testing::FakeHub;
using testing::Facilitator;

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// Passes every GET on to the real hub and keeps what went over the wire: the request's
// address and the answer's bytes.
class Listener {
public:
    explicit Listener(const std::string& hub) : hub_(hub) {
        relay_.server().Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
            httplib::Client client(hub_);
            const auto answer = client.Get(req.target.c_str());
            std::lock_guard lock(mutex_);
            seen_ += req.target + "\n";
            if (!answer) {
                res.status = 502;
                return;
            }
            seen_ += answer->body + "\n";
            res.status = answer->status;
            res.set_content(answer->body, answer->get_header_value("Content-Type").c_str());
        });
        relay_.start();
    }
    std::string url() const { return relay_.url(); }
    std::string seen() {
        std::lock_guard lock(mutex_);
        return seen_;
    }

private:
    std::string hub_;
    FakeHub relay_;
    std::mutex mutex_;
    std::string seen_;
};

TEST(HubJoinSecrecy, AListenerSeesNeitherTheCodeNorTheTokenNorTheJoinFile) {
    Facilitator facilitator;
    const auto code = facilitator.hub().join_code();
    const auto keys = facilitator.join_file().keys;
    Listener listener(facilitator.url());

    const auto join = platform::fetch_join_file(listener.url(), code);
    EXPECT_EQ(join.keys.public_key, keys.public_key);
    EXPECT_EQ(join.keys.pairing_token, keys.pairing_token);

    const auto seen = listener.seen();
    ASSERT_FALSE(seen.empty());
    const auto seen_upper = upper(seen);
    EXPECT_FALSE(contains(seen_upper, platform::normalise_join_code(code))) << "the code travelled";
    EXPECT_FALSE(contains(seen_upper, code)) << "the code travelled";
    EXPECT_FALSE(contains(seen, keys.pairing_token)) << "the token travelled in the clear";
    EXPECT_FALSE(contains(seen_upper, upper(to_hex(keys.pairing_token)))) << "the token travelled in hex";
    EXPECT_FALSE(contains(seen, keys.public_key)) << "the join file travelled in the clear";
    EXPECT_FALSE(contains(seen, "Roeselare 2030")) << "the join file travelled in the clear";
}

// A stranger in the room who read the code off the screen runs a hub of their own
// and hands out a join file with their own public key: every bundle sealed to it would
// be theirs to read. The code covers the keys, so the device refuses.
TEST(HubJoinSecrecy, AJoinFileWithOtherKeysThanTheCodeCoversIsRefused) {
    Facilitator facilitator;
    const auto code = facilitator.hub().join_code();
    auto forged = facilitator.join_file();
    const auto strangers = make_workshop_keys(forged.keys.workshop_id);
    forged.keys.public_key = strangers.public_key;

    FakeHub stranger;
    stranger.server().Get("/v1/join/(.*)", [&](const httplib::Request& req, httplib::Response& res) {
        const auto asked = req.matches[1].str();
        // Whatever the device asks by, the stranger answers in the form it expects.
        if (asked.size() == 32 && std::all_of(asked.begin(), asked.end(), ::isxdigit))
            res.set_content(seal_join_file_for_code(encode_join_file(forged), platform::normalise_join_code(code)),
                            platform::hub_content_type);
        else
            res.set_content(encode_join_file(forged), platform::hub_content_type);
    });
    stranger.start();

    try {
        const auto join = platform::fetch_join_file(stranger.url(), code);
        ADD_FAILURE() << "a join file with a stranger's key was accepted";
    } catch (const UserError& error) {
        const std::string sentence = error.what();
        EXPECT_TRUE(contains(sentence, "does not belong to the join code")) << sentence;
        EXPECT_EQ(sentence.find('\n'), std::string::npos) << sentence;
    }

    // The same with the facilitator's key but another pairing token or signing key.
    for (int field = 0; field < 2; ++field) {
        forged = facilitator.join_file();
        (field == 0 ? forged.keys.pairing_token : forged.keys.facilitator_key) = std::string(32, '\x5a');
        EXPECT_THROW(platform::fetch_join_file(stranger.url(), code), UserError) << "field " << field;
    }
}

// An answer the code did not seal (changed on the way, or made without the code).
TEST(HubJoinSecrecy, AnAnswerNotSealedForTheCodeIsRefused) {
    Facilitator facilitator;
    const auto code = facilitator.hub().join_code();
    const auto genuine = facilitator.join_file();
    FakeHub stranger;
    stranger.server().Get("/v1/join/(.*)", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content(seal_join_file_for_code(encode_join_file(genuine), "ABCD1234"), platform::hub_content_type);
    });
    stranger.start();
    try {
        platform::fetch_join_file(stranger.url(), code);
        ADD_FAILURE() << "an answer sealed for another code was accepted";
    } catch (const UserError& error) {
        EXPECT_TRUE(contains(error.what(), "not made for this join code")) << error.what();
    }
}

}  // namespace
}  // namespace oogst
