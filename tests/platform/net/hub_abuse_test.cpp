// The hub under abuse (issue 15, item 8): strangers on the venue's network who open
// connections and never finish them, bodies that would grow past the hub's limit once
// decoded, and a member's push captured and sent again. A paired device's push must get
// through all the same, and none of it may cost the hub memory or verifying work.
#include <gtest/gtest.h>

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <zlib.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <future>
#include <thread>
#include <vector>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/workshop_keys.hpp"
#include "core/model/ids.hpp"
#include "platform/net/hub_client.hpp"
#include "platform/net/hub_protocol.hpp"
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

// Connections that send a request's head a byte at a time, a byte every 100 ms, and
// never finish it: each byte comes well within any read timeout. A connection the hub
// closes is opened again at once, as a determined stranger would.
class Dawdlers {
public:
    Dawdlers(int port, const std::vector<std::string>& addresses, int per_address) {
        for (const auto& address : addresses)
            for (int i = 0; i < per_address; ++i) threads_.emplace_back([this, port, address] { dawdle(port, address); });
        // Every connection open and talking (some wait for a second try of their SYN when
        // many connect at once), then a little longer so the hub took them all up.
        const auto until = std::chrono::steady_clock::now() + 5s;
        while (talking_ < threads_.size() && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(20ms);
        std::this_thread::sleep_for(200ms);
    }
    ~Dawdlers() {
        stop_ = true;
        for (auto& thread : threads_) thread.join();
    }

private:
    void dawdle(int port, const std::string& from) {
        const std::string head = "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Oogst-Workshop: ";
        bool counted = false;
        while (!stop_) {
            RawConnection connection(port, from.c_str());
            for (std::size_t at = 0; !stop_ && connection.connected(); at = (at + 1) % head.size()) {
                if (!connection.send_text(head.substr(at, 1))) break;
                if (!counted) ++talking_, counted = true;
                std::this_thread::sleep_for(100ms);
            }
            std::this_thread::sleep_for(10ms);
        }
    }

    std::atomic<bool> stop_{false};
    std::atomic<std::size_t> talking_{0};  // connections that sent their first byte
    std::vector<std::thread> threads_;
};

// A tablet with work to push, joined to the facilitator's workshop.
struct Tablet {
    TemporaryFolder folder;
    Store store;
    explicit Tablet(Facilitator& facilitator) : store(joined_device(folder / "tablet", facilitator.join_file())) {
        add_notes(store, add_table(store, "Tafel 1"), 12);
    }
};

// How long a push took, or nullopt when it failed or took longer than limit.
std::optional<std::chrono::milliseconds> timed_push(Tablet& tablet, const std::string& url,
                                                    std::chrono::milliseconds limit) {
    const auto started = std::chrono::steady_clock::now();
    auto pushing = std::async(std::launch::async, [&] { return platform::push_to_hub(tablet.store, url, {}, 10); });
    if (pushing.wait_for(limit) != std::future_status::ready) return std::nullopt;
    const auto result = pushing.get();
    if (!result.ok()) {
        ADD_FAILURE() << result.error;
        return std::nullopt;
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
}

TEST(HubAbuse, StrangersDawdlingFromOneMachineDoNotHoldUpAPush) {
    auto options = testing::quick_options();
    options.stranger_deadline = 3s;  // as on a real network: waiting one out would show
    Facilitator facilitator(options);
    Tablet tablet(facilitator);
    // More connections than the hub serves at once, all from one stranger: it is served a
    // few at a time, so the device is served at once, not after a stranger's deadline.
    Dawdlers strangers(facilitator.hub().port(), {"127.0.0.2"}, 100);
    // Well under the strangers' deadline: the device did not wait for one to run out.
    const auto took = timed_push(tablet, facilitator.url(), 1s);
    ASSERT_TRUE(took) << "the push did not get through within 1 s";
    RecordProperty("push_ms", static_cast<int>(took->count()));
    std::printf("push under abuse: %lld ms\n", static_cast<long long>(took->count()));
    EXPECT_EQ(tablet.store.acknowledged_through(), tablet.store.own_operation_count());
}

// The queue of connections waiting for their accept on the socket listening on port, as
// Linux keeps it (a listening socket's tcp_info holds its longest in tcpi_sacked), found
// among this process's file descriptors; nullopt when none listens there.
std::optional<unsigned> listen_queue_on(int port) {
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
        const int fd = std::stoi(entry.path().filename().string());
        int listening = 0;
        socklen_t size = sizeof listening;
        if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || !listening) continue;
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) continue;
        const int bound = address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port)
                                                        : ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port);
        if (bound != port) continue;
        tcp_info info{};
        socklen_t info_size = sizeof info;
        if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &info_size) == 0) return info.tcpi_sacked;
    }
    return std::nullopt;
}

// Debian's httplib listens with a queue of 5: a burst of connections (strangers opening
// connection after connection, or a table's tablets at once) overflowed it, and Linux
// dropped the next device's SYN, which waited a second for TCP's retry. The test above
// failed about once in fifteen runs that way.
TEST(HubAbuse, ConnectionsWaitingForTheHubHaveALongQueue) {
    Facilitator facilitator;
    const auto queue = listen_queue_on(facilitator.hub().port());
    ASSERT_TRUE(queue) << "nothing listens on the hub's port";
    EXPECT_GE(*queue, 128u);
}

// More strangers, from several machines, than the hub serves connections at once: the
// hub serves them in turn, each only briefly, so the device's turn comes.
TEST(HubAbuse, StrangersDawdlingFromManyMachinesDoNotHoldUpAPush) {
    auto options = testing::quick_options();
    options.threads = 8;
    Facilitator facilitator(options);
    Tablet tablet(facilitator);
    Dawdlers strangers(facilitator.hub().port(), {"127.0.0.2", "127.0.0.3", "127.0.0.4"}, 4);
    const auto took = timed_push(tablet, facilitator.url(), 5s);
    ASSERT_TRUE(took) << "the push did not get through within 5 s";
    RecordProperty("push_ms", static_cast<int>(took->count()));
    std::printf("push under abuse: %lld ms\n", static_cast<long long>(took->count()));
    EXPECT_EQ(tablet.store.acknowledged_through(), tablet.store.own_operation_count());
}

// 64 MB of zeros, deflated to some 64 KB: a body that would decode far past the limit.
std::string deflated_zeros(std::size_t size) {
    const std::string zeros(size, '\0');
    uLongf length = compressBound(static_cast<uLong>(zeros.size()));
    std::string out(length, '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &length, reinterpret_cast<const Bytef*>(zeros.data()),
              static_cast<uLong>(zeros.size()), 9);
    out.resize(length);
    return out;
}

// The hub's own devices send bodies as they are, with their length: anything encoded
// or of unknown length is refused from its head, so no body grows past its limit while
// it is decoded, and none is read to find out.
TEST(HubAbuse, EncodedOrUnmeasuredBodiesAreRefusedBeforeTheyAreRead) {
    auto options = testing::quick_options();
    options.max_request_bytes = 1 << 20;
    Facilitator facilitator(options);
    Tablet tablet(facilitator);
    const auto bomb = deflated_zeros(64 << 20);
    ASSERT_LT(bomb.size(), options.max_request_bytes);
    const auto member = as_text(testing::push_headers_of(tablet.store, bomb));
    struct Case {
        const char* path;
        std::string head;
        int status;
    };
    const std::vector<Case> cases{
        {"push, deflated", testing::request_head("POST", platform::hub_push_path, bomb.size(), member + "Content-Encoding: deflate\r\n"), 415},
        {"push, gzip", testing::request_head("POST", platform::hub_push_path, bomb.size(), member + "Content-Encoding: gzip\r\n"), 415},
        {"offer, brotli", testing::request_head("POST", platform::hub_offer_path, bomb.size(), "Content-Encoding: br\r\n"), 415},
        {"push, chunked",
         "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n" + member + "\r\n", 411},
        {"offer, chunked", "POST /v1/offer HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n", 411},
    };
    for (const auto& [what, head, status] : cases) {
        // The head alone: the answer must not wait for a body.
        RawConnection connection(facilitator.hub().port());
        ASSERT_TRUE(connection.send_text(head));
        const auto answer = connection.answer_within(1500ms);
        EXPECT_EQ(testing::status_of(answer), status) << what << ": " << answer.substr(0, 300);
    }
    // And the whole bomb: refused as encoded, not found too large after decoding.
    RawConnection connection(facilitator.hub().port());
    connection.send_text(cases[0].head + bomb);
    const auto answer = connection.answer_within(3s);
    EXPECT_EQ(testing::status_of(answer), 415) << answer.substr(0, 300);
    EXPECT_NE(answer.find("not compressed"), std::string::npos) << answer;
    for (const auto& push : facilitator.hub().recent_pushes()) EXPECT_NE(push.status, 413) << push.outcome.reason;
    EXPECT_EQ(facilitator.with_store([&](Store& store) { return store.held_through(tablet.store.device().id); }), 0u);
}

// A push captured on the venue's network and sent again, byte for byte: the hub knows
// the body's hash from the signed headers and finds it in its ledger, so it answers
// before a byte of the body is read, and nothing is opened, verified or merged again.
TEST(HubAbuse, AReplayedPushIsAnsweredBeforeItsBodyIsRead) {
    Facilitator facilitator;
    Tablet tablet(facilitator);
    const auto bundle = export_bundle(tablet.store, only_unacknowledged(tablet.store));
    const auto headers = testing::push_headers_of(tablet.store, bundle);
    httplib::Client client(facilitator.url());
    client.set_read_timeout(10);
    const auto first = client.Post(platform::hub_push_path, headers, bundle, platform::hub_content_type);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 200) << first->body;
    const auto dump = facilitator.dump();
    const auto pushes = facilitator.hub().push_count();

    // The captured head, without its body: answered at once, from the ledger.
    const auto head = testing::request_head("POST", platform::hub_push_path, bundle.size(), as_text(headers));
    {
        RawConnection replay(facilitator.hub().port());
        replay.send_text(head);
        const auto answer = replay.answer_within(1500ms);
        EXPECT_EQ(testing::status_of(answer), 200) << answer.substr(0, 300);
    }
    // Byte for byte, body and all: the same.
    {
        RawConnection replay(facilitator.hub().port());
        replay.send_text(head + bundle);
        const auto answer = replay.answer_within(3s);
        EXPECT_EQ(testing::status_of(answer), 200) << answer.substr(0, 300);
    }
    const auto recent = facilitator.hub().recent_pushes();
    ASSERT_EQ(recent.size(), pushes + 2);
    for (std::size_t i = pushes; i < recent.size(); ++i) {
        EXPECT_EQ(recent[i].outcome.result, BundleOutcome::Result::already_imported);
        EXPECT_EQ(recent[i].outcome.reason, "a push received before, sent again: answered from the ledger");
    }
    EXPECT_EQ(facilitator.dump(), dump);

    // Headers captured from a push not merged yet, with another body: the signature
    // covers the body's hash, so they are good for their own body only.
    const auto other = export_bundle(tablet.store, only_unacknowledged(tablet.store));
    const auto third = export_bundle(tablet.store, only_unacknowledged(tablet.store));
    ASSERT_NE(other, third);  // each sealed afresh
    const auto swapped =
        client.Post(platform::hub_push_path, testing::push_headers_of(tablet.store, other), third, platform::hub_content_type);
    ASSERT_TRUE(swapped);
    EXPECT_EQ(swapped->status, 400) << swapped->body;
    EXPECT_NE(swapped->body.find("not the one the device signed"), std::string::npos) << swapped->body;

    // A push refused after its body was read, sent again: refused again, unread.
    Tablet kiosk(facilitator);
    const auto kiosks = export_bundle(kiosk.store, only_unacknowledged(kiosk.store));
    const auto mixed = testing::push_headers_of(tablet.store, kiosks);  // the tablet's name, the kiosk's bundle
    const auto refused = client.Post(platform::hub_push_path, mixed, kiosks, platform::hub_content_type);
    ASSERT_TRUE(refused);
    ASSERT_EQ(refused->status, 400) << refused->body;
    {
        RawConnection replay(facilitator.hub().port());
        replay.send_text(testing::request_head("POST", platform::hub_push_path, kiosks.size(), as_text(mixed)));
        const auto answer = replay.answer_within(1500ms);
        EXPECT_EQ(testing::status_of(answer), 400) << answer.substr(0, 300);
        EXPECT_NE(answer.find("another device"), std::string::npos) << answer;
    }

    // Without the signature (the membership proof alone, as captured): no push at all.
    auto unsigned_headers = testing::push_headers_of(tablet.store, other);
    unsigned_headers.erase(platform::hub_signature_header);
    const auto bare = client.Post(platform::hub_push_path, unsigned_headers, other, platform::hub_content_type);
    ASSERT_TRUE(bare);
    EXPECT_EQ(bare->status, 403) << bare->body;
    EXPECT_EQ(facilitator.dump(), dump);
}

// An offer captured on the venue's network and sent again: while the store is as it
// was, the hub answers with the same bytes from memory (no picture looked up, no receipt
// signed again); once a push has changed the store, the same offer gets a fresh answer.
// Changed by a byte, or without its signature, it is refused from its headers and hash.
TEST(HubAbuse, AReplayedOfferIsAnsweredFromMemoryAndAChangedOneIsRefused) {
    Facilitator facilitator;
    Tablet tablet(facilitator);
    ASSERT_TRUE(platform::push_to_hub(tablet.store, facilitator.url(), {}, 10).ok());  // so answers carry a receipt
    const auto keys = *tablet.store.workshop_keys();
    const auto& me = tablet.store.device();
    platform::Offer offer{keys.workshop_id, me.id, me.public_key, membership_proof(keys, me.id, me.public_key),
                          tablet.store.acknowledged_through(), {}};
    for (int i = 0; i < 20000; ++i) offer.blob_hashes.push_back(content_hash("foto " + std::to_string(i)));
    const auto body = platform::encode_offer(offer);
    platform::PushCredentials credentials{keys.workshop_id, me.id, me.public_key, offer.membership_proof,
                                          content_hash(body), {}};
    credentials.signature = tablet.store.sign(platform::offer_statement(credentials));
    httplib::Headers headers;
    for (auto& [name, value] : platform::push_headers(credentials)) headers.emplace(name, value);
    httplib::Client client(facilitator.url());
    client.set_read_timeout(10);
    const auto post = [&](const httplib::Headers& with, const std::string& bytes, int status = 200) {
        const auto answer = client.Post(platform::hub_offer_path, with, bytes, platform::hub_content_type);
        EXPECT_TRUE(answer);
        EXPECT_EQ(answer ? answer->status : 0, status) << (answer ? answer->body : "");
        return answer ? answer->body : std::string();
    };
    const auto first = post(headers, body);
    const auto read = platform::decode_offer_answer(first);
    EXPECT_EQ(read.missing_blobs.size(), 20000u);
    EXPECT_FALSE(read.receipt.empty());
    EXPECT_EQ(facilitator.hub().offers_answered_from_memory(), 0u);
    std::this_thread::sleep_for(5ms);  // a receipt signed again would carry another time
    EXPECT_EQ(post(headers, body), first);
    EXPECT_EQ(post(headers, body), first);
    EXPECT_EQ(facilitator.hub().offers_answered_from_memory(), 2u);

    // Changed by a byte under the captured headers, or sent without them: refused.
    auto changed = body;
    changed.back() ^= 1;
    EXPECT_NE(post(headers, changed, 403).find("not the one the device signed"), std::string::npos);
    // Refused from the headers, before the body is read: a short body, so the client has
    // sent it all before the hub answers and closes.
    EXPECT_NE(post({}, "x", 403).find("not joined"), std::string::npos);
    // A push's signature is no offer's.
    credentials.signature = tablet.store.sign(platform::push_statement(credentials));
    httplib::Headers push_signed;
    for (auto& [name, value] : platform::push_headers(credentials)) push_signed.emplace(name, value);
    EXPECT_NE(post(push_signed, "x", 403).find("not signed by the device"), std::string::npos);

    // A push changes the store: the captured offer is answered afresh.
    Tablet other(facilitator);
    ASSERT_TRUE(platform::push_to_hub(other.store, facilitator.url(), {}, 10).ok());
    const auto fresh = post(headers, body);
    EXPECT_NE(fresh, first);
    EXPECT_EQ(platform::decode_offer_answer(fresh).held_through, read.held_through);
    EXPECT_EQ(facilitator.hub().offers_answered_from_memory(), 2u);
}

}  // namespace
}  // namespace oogst
