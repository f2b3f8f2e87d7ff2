#pragma once
// The hub: the facilitator's machine serving its workshop on the venue's network, so
// tablets and kiosks push their captures without a USB stick (protocol in
// hub_protocol.hpp). Used by 'oogst-cli hub' and by the facilitator screen, which runs
// it in the background while the facilitator keeps working:
//
//     std::mutex store_mutex;                 // the screen locks it around its own store use
//     HubServer hub(store, store_mutex, {.templates = ...});
//     hub.start("0.0.0.0", default_hub_port);  // returns once it listens; UserError if it cannot
//     hub.url(), hub.join_code()               // to show, and as a QR code: join_link(hub.keys())
//     if (hub.push_count() != seen) { seen = hub.push_count(); for (auto& p : hub.recent_pushes()) ... }
//     hub.stop();                             // or the destructor
//
// Every store access from the hub's threads happens with store_mutex held, and only for
// as long as the store is used. A push is checked in this order: the device's name and
// membership proof in the request's headers (a stranger is refused before a byte of its
// body is read); a free slot among concurrent_pushes (else 503); the body read, opened
// and verified once, outside the lock; then, with the lock held, only the checks that
// need the store and the merge (import_verified_bundle: nothing is decrypted twice).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/harvest/bundle_import.hpp"
#include "core/harvest/workshop_keys.hpp"

namespace oogst {
class Store;
}

namespace oogst::platform {

// One push the hub answered, merged or refused.
struct HubPush {
    BundleOutcome outcome;  // result rejected, with its reason, for every refusal
    int status = 0;         // the HTTP status answered: 200, 400, 403, 409 or 413
    std::string from;       // the device's network address
    std::int64_t at_ms = 0;
    std::uint64_t number = 0;  // 1, 2, 3… in the order the pushes were answered
};

struct HubOptions {
    // The address devices are told (join file, QR code). Empty: http://ADDRESS:PORT with
    // the machine's LAN address when listening on 0.0.0.0.
    std::string advertised_url;
    // Method templates sent in the join file: template id -> YAML text.
    std::map<std::string, std::string> templates;
    // Pushes with a larger body are refused (413) without being kept in memory.
    std::size_t max_request_bytes = std::size_t{256} << 20;
    // Pushes read and verified at the same time: each holds its bundle in memory (up to
    // max_request_bytes) and a core busy. A push finding no free slot within push_wait
    // is answered 503 ("busy, try again") without its body being read.
    std::size_t concurrent_pushes = 2;
    std::chrono::milliseconds push_wait{5000};
    // A wrong join code is answered 404 at once and its address is then refused (429,
    // without comparing) for join_backoff, doubling with every further wrong code up to
    // join_backoff_max, so 8 characters cannot be found by trying (join_backoff.hpp).
    std::chrono::milliseconds join_backoff{1000};
    std::chrono::milliseconds join_backoff_max{60000};
    // Called on a server thread after each push was answered (the store has committed).
    std::function<void(const HubPush&)> on_push;
    // Connections served at once, each on a thread of its own made when needed (more
    // wait their turn); pushes then wait for a slot and the store's lock in turn.
    std::size_t threads = 64;
    // Connections from one address served at once: more are closed unread, so one
    // stranger cannot take every thread. The hub's devices open one at a time.
    std::size_t connections_per_address = 16;
    // A request's head, and an offer's body, must arrive whole within this time; a push's
    // body, once its headers proved the device a member, only must not pause longer
    // than read_pause. Strangers that dawdle are cut off, a device on slow Wi-Fi is not.
    std::chrono::milliseconds stranger_deadline{3000};
    std::chrono::milliseconds read_pause{5000};
};

class HubServer {
public:
    HubServer(Store& facilitator, std::mutex& store_mutex, HubOptions options = {});
    ~HubServer();
    HubServer(const HubServer&) = delete;
    HubServer& operator=(const HubServer&) = delete;

    // Listens on host:port (port 0: any free port) and returns once requests are
    // answered. Throws UserError when the store is not a facilitator's (no workshop, or
    // a device that joined one) or when the port cannot be opened.
    void start(const std::string& host, int port);
    // Stops listening and waits for the requests being answered. Safe to call twice.
    void stop();
    bool running() const;

    int port() const;
    std::string url() const;        // what devices use, e.g. "http://192.168.1.20:8620"
    std::string join_code() const;  // short_join_code of the workshop, e.g. "K7QM-3XTD"
    WorkshopKeys keys() const;      // the workshop's keys with hub = url(), for join_link()

    // The latest pushes (at most 200), oldest first; thread-safe.
    std::vector<HubPush> recent_pushes() const;
    // Grows by one with every push answered: a screen compares it to notice new ones.
    std::uint64_t push_count() const;
    // Offers answered again from memory: the same signed offer, within a few seconds,
    // while the store had not changed.
    std::uint64_t offers_answered_from_memory() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace oogst::platform
