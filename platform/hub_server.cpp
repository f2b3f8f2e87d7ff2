#include "hub_server.hpp"

#include <httplib.h>
#include <sodium.h>

#include <condition_variable>
#include <deque>
#include <optional>
#include <thread>

#include "core/bundle.hpp"
#include "core/errors.hpp"
#include "core/hybrid_clock.hpp"
#include "core/join_file.hpp"
#include "core/receipt.hpp"
#include "core/store.hpp"
#include "hub_protocol.hpp"
#include "join_backoff.hpp"
#include "local_address.hpp"

namespace oogst {
namespace {

constexpr std::size_t pushes_kept = 200;

void answer_text(httplib::Response& res, int status, const std::string& sentence) {
    res.status = status;
    res.set_content(sentence, "text/plain; charset=utf-8");
}

void answer_bytes(httplib::Response& res, std::string bytes) {
    res.status = 200;
    res.set_content(std::move(bytes), hub_content_type);
}

bool same_code(const std::string& a, const std::string& b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
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

    std::unique_ptr<httplib::Server> server;  // a fresh one for every start()
    std::thread listener;
    std::atomic<bool> listening_ended{false};
    int port = 0;
    std::string url;
    WorkshopKeys keys;  // read once at start: a running workshop's keys do not change
    std::string join_code;

    mutable std::mutex pushes_mutex;
    std::deque<HubPush> pushes;
    std::atomic<std::uint64_t> push_count{0};

    std::mutex stopping_mutex;
    std::condition_variable stopping_changed;
    bool stopping = false;

    Impl(Store& store, std::mutex& mutex, HubOptions options)
        : store(store), store_mutex(mutex), options(std::move(options)),
          backoff(this->options.join_backoff, this->options.join_backoff_max) {}

    void note(HubPush push) {
        push.at_ms = wall_clock_ms();
        {
            std::lock_guard lock(pushes_mutex);
            pushes.push_back(push);
            while (pushes.size() > pushes_kept) pushes.pop_front();
        }
        ++push_count;
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

    // With store_mutex held: the facilitator's device key signs it.
    Receipt signed_receipt(const std::string& device_id, std::uint64_t held_through, std::uint64_t new_operations,
                           std::uint64_t known_operations) const {
        Receipt receipt;
        receipt.workshop_id = keys.workshop_id;
        receipt.device_id = device_id;
        receipt.held_through = held_through;
        receipt.new_operations = new_operations;
        receipt.known_operations = known_operations;
        receipt.received_at_ms = wall_clock_ms();
        receipt.signature = store.sign(receipt.signed_part());
        return receipt;
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

    void offer(const httplib::Request& req, httplib::Response& res) {
        Offer offer;
        try {
            offer = decode_offer(req.body);
        } catch (const UserError& error) {
            return answer_text(res, 400, error.what());
        }
        // Refusals are noted like refused pushes, so the facilitator sees a stranger try.
        if (auto refusal = check_device(offer.workshop_id, offer.device_id, offer.device_public_key,
                                        offer.membership_proof))
            return refuse_push(res, refusal->first, refusal->second, offer.device_id, req.remote_addr);
        OfferAnswer answer;
        bool other_key = false;
        {
            std::lock_guard lock(store_mutex);
            const auto known = store.known_device_key(offer.device_id);
            other_key = known && *known != offer.device_public_key;
            if (!other_key) {
                answer.held_through = store.held_through(offer.device_id);
                for (const auto& hash : offer.blob_hashes)
                    if (!store.has_blob(hash)) answer.missing_blobs.push_back(hash);
                if (answer.held_through > 0)
                    answer.receipt = encode_receipt(signed_receipt(offer.device_id, answer.held_through, 0, 0));
            }
        }
        if (other_key)  // the lock is released first: on_push may want the store
            return refuse_push(res, 403, "this device now signs with another key than before", offer.device_id,
                               req.remote_addr);
        answer_bytes(res, encode_offer_answer(answer));
    }

    void push(const httplib::Request& req, httplib::Response& res) {
        const std::string& body = req.body;
        // Read and verified before the store's lock is taken, so devices pushing at once
        // are checked side by side; the membership proof needs the header, which sits
        // inside the sealed body.
        Bundle bundle;
        try {
            if (read_cover(body).workshop_id != keys.workshop_id)
                return refuse_push(res, 409, "this bundle belongs to another workshop than this hub's", {},
                                   req.remote_addr);
            auto without_token = keys;
            without_token.pairing_token.clear();
            bundle = read_bundle(body, &without_token);
        } catch (const UserError& error) {
            return refuse_push(res, 400, error.what(), {}, req.remote_addr);
        }
        const auto& header = bundle.header;
        if (auto refusal = check_device(header.workshop_id, header.device_id, header.device_public_key,
                                        header.membership_proof))
            return refuse_push(res, refusal->first, refusal->second, header.device_id, req.remote_addr);

        HubPush push;
        push.from = req.remote_addr;
        Receipt receipt;
        {
            std::lock_guard lock(store_mutex);
            push.outcome = import_bundle(store, body, "push from device " + short_id(header.device_id));
            if (push.outcome.result != BundleOutcome::Result::rejected) {
                receipt = signed_receipt(header.device_id, store.held_through(header.device_id),
                                         push.outcome.new_operations, push.outcome.known_operations);
            }
        }
        if (push.outcome.result == BundleOutcome::Result::rejected) {
            push.status = 400;
            answer_text(res, 400, push.outcome.reason);
        } else {
            push.status = 200;
            answer_bytes(res, encode_receipt(receipt));
        }
        note(std::move(push));
    }

    void join(const httplib::Request& req, httplib::Response& res) {
        const auto now = JoinBackoff::Clock::now();
        if (const auto wait = backoff.wait_left(req.remote_addr, now); wait.count() > 0) {
            const auto seconds = (wait.count() + 999) / 1000;
            res.set_header("Retry-After", std::to_string(seconds));
            return answer_text(res, 429,
                               "too many wrong join codes from this device: try again in " +
                                   std::to_string(seconds) + (seconds == 1 ? " second" : " seconds"));
        }
        if (!same_code(normalise_join_code(req.matches[1].str()), normalise_join_code(join_code))) {
            const auto penalty = backoff.failed(req.remote_addr, now);
            std::unique_lock lock(stopping_mutex);
            stopping_changed.wait_for(lock, penalty.answer_after, [&] { return stopping; });
            return answer_text(res, 404, "this join code is not the one this hub shows");
        }
        backoff.succeeded(req.remote_addr);
        std::string bytes;
        {
            std::lock_guard lock(store_mutex);
            bytes = encode_join_file(make_join_file(store, url, options.templates));
        }
        answer_bytes(res, std::move(bytes));
    }

    // Every answer is a plain sentence; an exception inside a handler must not leave the
    // device guessing.
    template <class Handler>
    httplib::Server::Handler guarded(Handler handler) {
        return [this, handler](const httplib::Request& req, httplib::Response& res) {
            try {
                (this->*handler)(req, res);
            } catch (const UserError& error) {
                answer_text(res, 500, std::string("the hub could not answer: ") + error.what());
            } catch (const std::exception& error) {
                answer_text(res, 500, std::string("the hub failed inside: ") + error.what());
            }
        };
    }

    void route() {
        server = std::make_unique<httplib::Server>();
        auto& server = *this->server;
        server.new_task_queue = [threads = options.threads] { return new httplib::ThreadPool(threads); };
        server.set_payload_max_length(options.max_request_bytes);
        server.Post(hub_offer_path, guarded(&Impl::offer));
        server.Post(hub_push_path, guarded(&Impl::push));
        server.Get(std::string(hub_join_path) + "([A-Za-z0-9 -]{1,32})", guarded(&Impl::join));
        const auto limit_mb = std::to_string(std::max<std::size_t>(1, options.max_request_bytes >> 20));
        server.set_error_handler(httplib::Server::HandlerWithResponse(
            [limit_mb](const httplib::Request&, httplib::Response& res) {
            if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
            if (res.status == 413)
                answer_text(res, 413, "this is larger than the hub accepts (" + limit_mb +
                                          " MB): export a bundle to a USB stick instead");
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
    impl.url = advertised.empty() ? "http://" + advertised_host(host) + ":" + std::to_string(impl.port) : advertised;
    {
        // Made now, when missing, so the join code shown before the first device asks
        // is the one it will be checked against.
        std::lock_guard lock(impl.store_mutex);
        make_join_file(impl.store, impl.url, impl.options.templates);
        impl.keys = impl.store.workshop_keys().value_or(WorkshopKeys{});
    }
    impl.join_code = short_join_code(impl.keys);
    {
        std::lock_guard lock(impl.stopping_mutex);
        impl.stopping = false;
    }
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
    {
        std::lock_guard lock(impl.stopping_mutex);
        impl.stopping = true;
    }
    impl.stopping_changed.notify_all();
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

}  // namespace oogst
