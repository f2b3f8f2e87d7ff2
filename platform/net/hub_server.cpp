#include "platform/net/hub_server.hpp"

#include <httplib.h>
#include <sodium.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <thread>

#include "core/errors.hpp"
#include "core/harvest/bundle.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/receipt.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "platform/net/guarded_server.hpp"
#include "platform/net/hub_protocol.hpp"
#include "platform/net/join_backoff.hpp"
#include "platform/net/local_address.hpp"
#include "platform/net/offer_memory.hpp"
#include "platform/net/work_slots.hpp"

namespace oogst::platform {
namespace {

constexpr std::size_t pushes_kept = 200;
// Pushes refused lately, by device and body hash: one sent again is refused again unread.
constexpr std::size_t refusals_kept = 256;

void answer_text(httplib::Response& res, int status, const std::string& sentence) {
    res.status = status;
    res.set_content(sentence, "text/plain; charset=utf-8");
}

void answer_bytes(httplib::Response& res, std::string bytes) {
    res.status = 200;
    res.set_content(std::move(bytes), hub_content_type);
}

// In constant time: how much of a guess was right must not show in how long it took.
bool same_secret(const std::string& a, const std::string& b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string seconds_text(std::chrono::milliseconds wait) {
    return std::to_string(std::max<long long>(1, (wait.count() + 999) / 1000));
}

const char* const busy_sentence = "the facilitator's machine is busy, try again";
const char* const not_joined_sentence = "this device has not joined this workshop";
const char* const revoked_sentence =
    "the facilitator has revoked this device: its work stays on it until the facilitator readmits it";
const char* const replay_sentence = "a push received before, sent again: answered from the ledger";

// Slots for sealing join files: each takes Argon2id's 64 MiB for a tenth of a second.
constexpr std::size_t concurrent_seals = 2;
constexpr std::chrono::milliseconds seal_wait{8000};

// The Content-Length a request announces; nullopt when it has none (chunked) or it is
// not a number.
std::optional<std::uint64_t> announced_length(const httplib::Request& req) {
    if (!req.has_header("Content-Length")) return std::nullopt;
    const auto text = req.get_header_value("Content-Length");
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (text.empty() || text.size() > 19 || !std::all_of(text.begin(), text.end(), digit)) return std::nullopt;
    return std::stoull(text);
}

enum class BodyRead { whole, too_large, broken };

// Reads a body of at most limit bytes. One announcing more is not read at all (the caller
// answers 413 and the connection closes); a chunked one is cut off at the limit.
BodyRead read_body(const httplib::Request& req, const httplib::ContentReader& content, std::size_t limit,
                   std::string& body) {
    if (const auto length = announced_length(req); length && *length > limit) return BodyRead::too_large;
    bool too_large = false;
    const bool read = content([&](const char* data, std::size_t size) {
        if (body.size() + size > limit) {
            too_large = true;
            return false;
        }
        body.append(data, size);
        return true;
    });
    if (too_large) return BodyRead::too_large;
    return read ? BodyRead::whole : BodyRead::broken;
}

std::string short_id(const std::string& id) { return id.substr(0, 8); }

// Listening on every interface, devices are told the machine's LAN address; listening
// on one address, that address.
std::string advertised_host(const std::string& host) {
    return host.empty() || host == "0.0.0.0" || host == "::" ? local_network_address() : host;
}

}  // namespace

struct HubServer::Impl {
    Store& store;
    std::mutex& store_mutex;
    HubOptions options;
    JoinBackoff backoff;

    std::unique_ptr<GuardedServer> server;  // a fresh one for every start()
    std::thread listener;
    std::atomic<bool> listening_ended{false};
    int port = 0;
    std::string url;
    WorkshopKeys keys;  // read once at start: a running workshop's keys do not change
    std::string join_code;
    std::string join_lookup;  // join_code_lookup(join_code): Argon2id, so computed once at start
    WorkSlots push_slots;
    WorkSlots seal_slots{concurrent_seals};

    mutable std::mutex pushes_mutex;
    std::deque<HubPush> pushes;
    std::atomic<std::uint64_t> push_count{0};

    // Device and body hash -> status and reason of a push refused after its body was read.
    // By device too: the same body under another device's headers is refused for that.
    std::mutex refusals_mutex;
    std::map<std::string, std::pair<int, std::string>> refused_bodies;
    std::deque<std::string> refused_order;  // oldest first, to forget beyond refusals_kept

    void remember_refusal(const std::string& key, int status, const std::string& reason) {
        std::lock_guard lock(refusals_mutex);
        if (!refused_bodies.emplace(key, std::pair{status, reason}).second) return;
        refused_order.push_back(key);
        if (refused_order.size() > refusals_kept) {
            refused_bodies.erase(refused_order.front());
            refused_order.pop_front();
        }
    }

    std::optional<std::pair<int, std::string>> refused_before(const std::string& key) {
        std::lock_guard lock(refusals_mutex);
        const auto found = refused_bodies.find(key);
        if (found == refused_bodies.end()) return std::nullopt;
        return found->second;
    }

    OfferMemory offers;  // offers answered lately (offer_memory.hpp)

    Impl(Store& store, std::mutex& mutex, HubOptions options)
        : store(store), store_mutex(mutex), options(std::move(options)),
          backoff(this->options.join_backoff, this->options.join_backoff_max),
          push_slots(this->options.concurrent_pushes) {}

    void note(HubPush push) {
        push.at_ms = wall_clock_ms();
        {
            // Numbered under the lock that keeps the list, so a screen that takes the
            // entries after the last number it saw misses none and sees none twice.
            std::lock_guard lock(pushes_mutex);
            push.number = ++push_count;
            pushes.push_back(push);
            while (pushes.size() > pushes_kept) pushes.pop_front();
        }
        if (options.on_push) options.on_push(push);
    }

    void refuse_push(httplib::Response& res, int status, const std::string& reason, const std::string& device,
                     const std::string& from) {
        answer_text(res, status, reason);
        HubPush push;
        push.outcome.source = "push from " + (device.empty() ? from : "device " + short_id(device));
        push.outcome.result = BundleOutcome::Result::rejected;
        push.outcome.reason = reason;
        push.outcome.device_id = device;
        push.status = status;
        push.from = from;
        note(std::move(push));
    }

    // Refusals shared by offers and pushes: another workshop (409), not a member (403).
    std::optional<std::pair<int, std::string>> check_device(const std::string& workshop_id,
                                                           const std::string& device_id,
                                                           const std::string& device_key,
                                                           const std::string& proof) const {
        if (workshop_id != keys.workshop_id)
            return std::pair{409, std::string("this device belongs to another workshop than this hub's")};
        if (!is_member(keys, device_id, device_key, proof))
            return std::pair{403, std::string("this device has not joined this workshop")};
        return std::nullopt;
    }

    // Who is sending an offer or a push, from the request's headers, before a byte of the
    // body is read: a stranger costs the hub neither memory nor a slot. The membership
    // proof is the same for every request of a device; the signature ties the headers to
    // one body and one kind of request, so headers captured on the network are worth that
    // body only. nullopt when refused: the answer is given, and noted like a refused push,
    // so the facilitator sees a stranger try.
    std::optional<PushCredentials> member_from_headers(const httplib::Request& req, httplib::Response& res,
                                                       bool (*signed_for)(const PushCredentials&), const char* what) {
        auto credentials = read_push_credentials([&](const char* name) { return req.get_header_value(name); });
        if (!credentials) {
            refuse_push(res, 403, not_joined_sentence, {}, req.remote_addr);
            return std::nullopt;
        }
        const auto& device = credentials->device_id;
        if (auto refusal = check_device(credentials->workshop_id, device, credentials->device_public_key,
                                        credentials->membership_proof)) {
            refuse_push(res, refusal->first, refusal->second, device, req.remote_addr);
            return std::nullopt;
        }
        if (!signed_for(*credentials)) {
            refuse_push(res, 403, std::string("this ") + what + " is not signed by the device it names", device,
                        req.remote_addr);
            return std::nullopt;
        }
        // A revoked device (a stolen tablet) is refused unread: what it sends would only
        // be set aside, and it could fill the facilitator's disk one push at a time. Its
        // work stays on it, unacknowledged, so readmitting it loses nothing.
        bool revoked = false;
        {
            // Read from the store's table, so a revocation made on the desk or the
            // command line a moment ago counts.
            std::lock_guard lock(store_mutex);
            revoked = store.device_role(device) == DeviceRole::revoked;
        }
        if (revoked) {
            refuse_push(res, 403, revoked_sentence, device, req.remote_addr);
            res.set_header(hub_refusal_header, hub_refusal_revoked);
            return std::nullopt;
        }
        return credentials;
    }

    void offer(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& content) {
        const auto& from = req.remote_addr;
        const auto credentials = member_from_headers(req, res, offer_signed, "offer");
        if (!credentials) return;
        const auto& device = credentials->device_id;
        std::string body;
        switch (read_body(req, content, max_offer_bytes, body)) {
            case BodyRead::whole: break;
            case BodyRead::too_large: return answer_text(res, 413, "this offer is larger than the hub accepts");
            case BodyRead::broken: return answer_text(res, 400, "the offer broke off before it arrived whole");
        }
        // The signature covers the body's hash: a captured offer changed by a byte is refused.
        if (content_hash(body) != credentials->body_hash)
            return refuse_push(res, 403, "this offer is not the one the device signed", device, from);
        Offer offer;
        try {
            offer = decode_offer(body);
        } catch (const UserError& error) {
            return answer_text(res, 400, error.what());
        }
        if (offer.workshop_id != credentials->workshop_id || offer.device_id != device ||
            offer.device_public_key != credentials->device_public_key)
            return refuse_push(res, 400, "this offer names another device than the one that sent it", device, from);

        // The same offer again (a device trying once more, or one captured and replayed)
        // is answered from memory while the store is as it was, for a few seconds: no
        // picture looked up, no receipt signed again. catch_up first, so what another
        // connection stored (a stick imported on the desk, a device revoked) counts.
        OfferAnswer answer;
        bool other_key = false;
        std::uint64_t revision = 0;
        {
            std::lock_guard lock(store_mutex);
            store.catch_up();
            revision = store.revision();
            if (auto remembered = offers.answered_before(credentials->body_hash, revision))
                return answer_bytes(res, std::move(*remembered));
            const auto known = store.known_device_key(device);
            other_key = known && *known != offer.device_public_key;
            if (!other_key) {
                answer.held_through = store.held_through(device);
                for (const auto& hash : offer.blob_hashes)
                    if (!store.has_blob(hash)) answer.missing_blobs.push_back(hash);
                if (answer.held_through > 0) answer.receipt = encode_receipt(sign_receipt(store, device, 0, 0));
            }
        }
        if (other_key)  // the lock is released first: on_push may want the store
            return refuse_push(res, 403, "this device now signs with another key than before", device, from);
        auto bytes = encode_offer_answer(answer);
        offers.remember(credentials->body_hash, revision, bytes);
        answer_bytes(res, std::move(bytes));
    }

    void push(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& content) {
        const auto& from = req.remote_addr;
        const auto credentials = member_from_headers(req, res, push_signed, "push");
        if (!credentials) return;
        const auto& device = credentials->device_id;
        GuardedServer::trust_this_connection();  // a member: its body may take its time

        // A body seen before is answered now, unread: merged (the ledger knows its hash)
        // or refused lately. A captured push sent again costs a lookup, not a verify.
        const auto& body_hash = credentials->body_hash;
        const auto push_key = device + " " + body_hash;
        if (auto refused = refused_before(push_key)) return refuse_push(res, refused->first, refused->second, device, from);
        {
            HubPush push;
            push.from = from;
            std::optional<Receipt> receipt;
            {
                std::lock_guard lock(store_mutex);
                if (const auto known = store.imported_file(body_hash); known && known->device == device) {
                    push.outcome.result = BundleOutcome::Result::already_imported;
                    push.outcome.known_operations = known->operations;
                    push.outcome.held_through = store.held_through(device);
                    receipt = sign_receipt(store, device, 0, known->operations);
                }
            }
            if (receipt) {
                push.outcome.source = "push from device " + short_id(device);
                push.outcome.device_id = device;
                push.outcome.reason = replay_sentence;
                push.status = 200;
                answer_bytes(res, encode_receipt(*receipt));
                note(std::move(push));
                return;
            }
        }
        const auto too_large = "this is larger than the hub accepts (" +
                               std::to_string(std::max<std::size_t>(1, options.max_request_bytes >> 20)) +
                               " MB): export a bundle to a USB stick instead";
        if (const auto length = announced_length(req); length && *length > options.max_request_bytes) {
            // A member's: httplib drains it unkept (it is over set_payload_max_length), so
            // the device hears 413 instead of a connection broken off mid-send.
            content([](const char*, std::size_t) { return true; });
            return refuse_push(res, 413, too_large, device, from);
        }

        const auto slot = push_slots.take(options.push_wait);
        if (!slot) return answer_text(res, 503, busy_sentence);
        std::string body;
        switch (read_body(req, content, options.max_request_bytes, body)) {
            case BodyRead::whole: break;
            case BodyRead::too_large: return refuse_push(res, 413, too_large, device, from);
            // The device went away mid-send: nobody to answer, nothing to note.
            case BodyRead::broken: return answer_text(res, 400, "the push broke off before the bundle arrived whole");
        }

        // The body the device signed, or none: a hash costs little next to opening it.
        auto file_hash = content_hash(body);
        if (file_hash != body_hash)
            return refuse_push(res, 400, "this bundle is not the one the device signed for this push", device, from);
        // Opened (in the body's own memory) and verified once, here, outside the store's
        // lock; the merge below takes the pictures from the opened body, which lives until
        // the merge ends. A refusal is remembered, so the same body sent again is refused
        // unread.
        const auto refuse_body = [&](int status, const std::string& reason) {
            remember_refusal(push_key, status, reason);
            refuse_push(res, status, reason, device, from);
        };
        Bundle bundle;
        try {
            if (read_cover(body).workshop_id != keys.workshop_id)
                return refuse_body(409, "this bundle belongs to another workshop than this hub's");
            bundle = read_bundle(std::move(body), &keys);  // opened in the body's own memory
        } catch (const UserError& error) {
            return refuse_body(400, error.what());
        }
        if (bundle.header.device_id != device || bundle.header.device_public_key != credentials->device_public_key)
            return refuse_body(400, "this bundle was made by another device, not the device that sent it");

        HubPush push;
        push.from = from;
        Receipt receipt;
        {
            std::lock_guard lock(store_mutex);
            push.outcome = import_verified_bundle(store, std::move(bundle), std::move(file_hash),
                                                  "push from device " + short_id(device));
            if (push.outcome.result != BundleOutcome::Result::rejected) {
                receipt = sign_receipt(store, device, push.outcome.new_operations, push.outcome.known_operations);
            }
        }
        if (push.outcome.result == BundleOutcome::Result::rejected) {
            remember_refusal(push_key, 400, push.outcome.reason);
            push.status = 400;
            answer_text(res, 400, push.outcome.reason);
        } else {
            push.status = 200;
            answer_bytes(res, encode_receipt(receipt));
        }
        note(std::move(push));
    }

    // GET /v1/join/LOOKUP. Checking the address's lock-out and reserving its one
    // comparison is a single step (JoinBackoff::begin), so codes sent at once are not
    // compared side by side; a wrong one is answered at once, no thread kept waiting.
    void join(const httplib::Request& req, httplib::Response& res) {
        std::string asked = req.matches[1].str();
        for (auto& c : asked) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (const auto wait = backoff.begin(req.remote_addr, JoinBackoff::Clock::now()); wait.count() > 0) {
            const auto seconds = seconds_text(wait);
            res.set_header("Retry-After", seconds);
            return answer_text(res, 429,
                               "too many wrong join codes from this device: try again in " + seconds +
                                   (seconds == "1" ? " second" : " seconds"));
        }
        if (!same_secret(asked, join_lookup)) {
            const auto lock_out = backoff.failed(req.remote_addr, JoinBackoff::Clock::now());
            res.set_header("Retry-After", seconds_text(lock_out));
            return answer_text(res, 404, "this join code is not the one this hub shows");
        }
        backoff.succeeded(req.remote_addr);
        std::string file;
        {
            std::lock_guard lock(store_mutex);
            file = encode_join_file(make_join_file(store, url, options.templates));
        }
        // Sealed with a key only the code gives: a listener learns neither the token nor the keys.
        const auto slot = seal_slots.take(seal_wait);
        if (!slot) return answer_text(res, 503, busy_sentence);
        answer_bytes(res, seal_join_file_for_code(file, normalise_join_code(join_code)));
    }

    // Every answer is a plain sentence; an exception inside a handler must not leave the
    // device guessing.
    template <class Work>
    static void guarded(httplib::Response& res, Work work) {
        try {
            work();
        } catch (const UserError& error) {
            answer_text(res, 500, std::string("the hub could not answer: ") + error.what());
        } catch (const std::exception& error) {
            answer_text(res, 500, std::string("the hub failed inside: ") + error.what());
        }
    }

    void route() {
        server = std::make_unique<GuardedServer>(ConnectionLimits{options.threads, options.connections_per_address,
                                                                  options.stranger_deadline, options.read_pause,
                                                                  options.read_pause});
        auto& server = *this->server;
        // httplib's own limit: a member's push announcing more is drained unkept (413).
        server.set_payload_max_length(options.max_request_bytes);
        // Only these requests are routed; any other is answered before its body is read
        // (httplib reads the body of an unknown POST into memory otherwise).
        server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
            const bool known = (req.method == "POST" && (req.path == hub_offer_path || req.path == hub_push_path)) ||
                               (req.method == "GET" && req.path.rfind(hub_join_path, 0) == 0);
            if (!known) {
                answer_text(res, 404, "the hub does not know this address");
                return httplib::Server::HandlerResponse::Handled;
            }
            // httplib would decode a compressed body as it reads it, so a small one could
            // grow far past any limit, and a chunked one has no length to refuse it by.
            // The hub's devices send neither: refused from the head, the body unread.
            if (req.method != "POST") return httplib::Server::HandlerResponse::Unhandled;
            if (req.has_header("Content-Encoding") && req.get_header_value("Content-Encoding") != "identity") {
                answer_text(res, 415, "the hub takes what a device sends as it is, not compressed");
                return httplib::Server::HandlerResponse::Handled;
            }
            if (req.has_header("Transfer-Encoding") || !req.has_header("Content-Length")) {
                answer_text(res, 411, "the hub needs to know how long a request is before it reads it");
                return httplib::Server::HandlerResponse::Handled;
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });
        // The content-reader form: the handler decides whether and how much of the body is read.
        using Reader = httplib::ContentReader;
        server.Post(hub_offer_path, [this](const httplib::Request& req, httplib::Response& res, const Reader& body) {
            guarded(res, [&] { offer(req, res, body); });
        });
        server.Post(hub_push_path, [this](const httplib::Request& req, httplib::Response& res, const Reader& body) {
            guarded(res, [&] { push(req, res, body); });
        });
        server.Get(std::string(hub_join_path) + "([0-9A-Fa-f]{32})",
                   [this](const httplib::Request& req, httplib::Response& res) {
            guarded(res, [&] { join(req, res); });
        });
        server.set_error_handler(httplib::Server::HandlerWithResponse(
            [](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
            if (res.status == 413)
                answer_text(res, 413, "this is larger than the hub accepts: export a bundle to a USB stick instead");
            else if (res.status == 404)
                answer_text(res, 404, "the hub does not know this address");
            else
                answer_text(res, res.status, "the hub could not read this request");
            return httplib::Server::HandlerResponse::Handled;
        }));
    }
};

HubServer::HubServer(Store& facilitator, std::mutex& store_mutex, HubOptions options)
    : impl_(std::make_unique<Impl>(facilitator, store_mutex, std::move(options))) {}

HubServer::~HubServer() { stop(); }

void HubServer::start(const std::string& host, int port) {
    if (running()) throw UserError("the hub is already running at " + impl_->url);
    auto& impl = *impl_;
    {
        std::lock_guard lock(impl.store_mutex);
        if (!impl.store.state().has_workshop())
            throw UserError("this store has no workshop yet: create one with 'oogst-cli workshop new' first");
        const auto keys = impl.store.workshop_keys();
        if (keys && !keys->is_facilitator())
            throw UserError("this store joined a workshop as a device: run the hub on the facilitator's machine");
    }
    const auto advertised = impl.options.advertised_url.empty() ? std::string()
                                                                 : normalise_hub_url(impl.options.advertised_url);
    impl.route();
    auto& server = *impl.server;
    impl.port = port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
    if (impl.port <= 0)
        throw UserError("the hub cannot listen on " + host + ":" + std::to_string(port) +
                        ": another program may be using that port; choose another with --port");
    server.lengthen_listen_queue();
    impl.url = advertised.empty() ? "http://" + advertised_host(host) + ":" + std::to_string(impl.port) : advertised;
    {
        // Made now, when missing, so the join code shown before the first device asks
        // is the one it will be checked against.
        std::lock_guard lock(impl.store_mutex);
        make_join_file(impl.store, impl.url, impl.options.templates);
        impl.keys = impl.store.workshop_keys().value_or(WorkshopKeys{});
    }
    impl.join_code = short_join_code(impl.keys);
    impl.join_lookup = join_code_lookup(normalise_join_code(impl.join_code));
    impl.listening_ended = false;
    impl.listener = std::thread([&impl] {
        impl.server->listen_after_bind();
        impl.listening_ended = true;
    });
    // stop() only reaches a server that is running: wait until it is.
    while (!server.is_running() && !impl.listening_ended)
        std::this_thread::sleep_for(std::chrono::milliseconds{1});
    if (!server.is_running()) {
        impl.listener.join();
        throw UserError("the hub stopped as soon as it started on " + host + ":" + std::to_string(impl.port));
    }
}

void HubServer::stop() {
    auto& impl = *impl_;
    if (impl.listener.joinable()) {
        impl.server->stop();
        impl.listener.join();
    }
}

bool HubServer::running() const { return impl_->listener.joinable() && impl_->server->is_running(); }
int HubServer::port() const { return impl_->port; }
std::string HubServer::url() const { return impl_->url; }
std::string HubServer::join_code() const { return impl_->join_code; }

WorkshopKeys HubServer::keys() const {
    auto keys = impl_->keys;
    keys.secret_key.clear();
    keys.hub = impl_->url;
    return keys;
}

std::vector<HubPush> HubServer::recent_pushes() const {
    std::lock_guard lock(impl_->pushes_mutex);
    return {impl_->pushes.begin(), impl_->pushes.end()};
}

std::uint64_t HubServer::push_count() const { return impl_->push_count; }

std::uint64_t HubServer::offers_answered_from_memory() const { return impl_->offers.answered_from_memory(); }

}  // namespace oogst::platform
