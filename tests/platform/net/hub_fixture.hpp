#pragma once
// A facilitator store served by a real HubServer on 127.0.0.1 (any free port) and
// device stores that joined its workshop, each in its own temporary folder.
#include <httplib.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "core/harvest/join_file.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "platform/net/hub_protocol.hpp"
#include "platform/net/hub_server.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

inline platform::HubOptions quick_options() {
    platform::HubOptions options;
    options.join_backoff = std::chrono::milliseconds{50};
    options.join_backoff_max = std::chrono::milliseconds{400};
    // Strangers that dawdle are cut off sooner than on a real network; a request's head
    // on 127.0.0.1 takes well under a millisecond.
    options.stranger_deadline = std::chrono::milliseconds{1000};
    return options;
}

// The facilitator's machine. Its store as it was before the hub started is copied to
// reference_folder(), so a test can import bundles by file into the same starting point.
class Facilitator {
public:
    explicit Facilitator(platform::HubOptions options = quick_options()) {
        {
            auto store = Store::open_or_create(folder_ / "facilitator");
            store.record(WorkshopSet{new_id(), "Roeselare 2030", "droomsessie", "Roeselare", {}, {}});
            make_join_file(store, "", {});  // the workshop's keys
        }
        std::filesystem::copy(folder_ / "facilitator", folder_ / "reference", std::filesystem::copy_options::recursive);
        store_ = std::make_unique<Store>(Store::open(folder_ / "facilitator"));
        hub_ = std::make_unique<platform::HubServer>(*store_, mutex_, std::move(options));
        hub_->start("127.0.0.1", 0);
    }

    platform::HubServer& hub() { return *hub_; }
    std::string url() const { return hub_->url(); }
    std::filesystem::path reference_folder() const { return folder_ / "reference"; }

    // Runs work on the store with the hub's lock held, as the desk would.
    template <class Work>
    auto with_store(Work work) {
        std::lock_guard lock(mutex_);
        return work(*store_);
    }
    std::string dump() {
        return with_store([](Store& store) { return canonical_json(store.state()); });
    }
    std::uint64_t operation_count() {
        return with_store([](Store& store) { return store.operation_count(); });
    }
    JoinFile join_file() {
        return with_store([&](Store& store) { return make_join_file(store, url(), {}); });
    }

private:
    TemporaryFolder folder_;
    std::mutex mutex_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<platform::HubServer> hub_;
};

// A tablet: its own store that joined the facilitator's workshop with the join file.
inline Store joined_device(const std::filesystem::path& folder, const JoinFile& join) {
    auto device = Store::open_or_create(folder);
    join_workshop(device, join);
    return device;
}

// The headers a push of this device carries (hub_protocol.hpp): its name and proof
// under the pairing token it holds, right or wrong, and its signature of this body.
inline httplib::Headers push_headers_of(const Store& device, std::string_view body) {
    const auto keys = device.workshop_keys().value();
    const auto& me = device.device();
    httplib::Headers headers;
    platform::PushCredentials credentials{keys.workshop_id, me.id, me.public_key,
                                          membership_proof(keys, me.id, me.public_key), content_hash(body), {}};
    credentials.signature = device.sign(platform::push_statement(credentials));
    for (auto& [name, value] : platform::push_headers(credentials)) headers.emplace(std::move(name), std::move(value));
    return headers;
}

// A session at the device's table and notes in it; every fifth note carries a photo
// whose bytes are unique to the device and the note (so blobs are really sent).
inline std::string add_table(Store& device, const std::string& table) {
    SessionSet session{new_id(), "droomsessie", table, "An", "Roeselare", 0, 6, {}, {}};
    device.record(session);
    return session.id;
}

inline void add_notes(Store& device, const std::string& session, int count, int first = 0,
                      std::size_t photo_bytes = 2000) {
    for (int i = first; i < first + count; ++i) {
        CaptureAdded capture;
        capture.id = new_id();
        capture.session_id = session;
        capture.text = "Idee " + std::to_string(i) + " van " + device.device().id.substr(0, 6);
        capture.prompt = capture.board = "ideeen";
        if (i % 5 == 0) {
            std::string photo(photo_bytes, '\0');
            for (std::size_t b = 0; b < photo.size(); ++b)
                photo[b] = static_cast<char>((b * 31 + i * 7 + device.device().id[b % 8]) & 0xff);
            capture.capture_kind = CaptureKind::photo;
            capture.photo_blob = device.put_blob(photo, "image/jpeg");
        }
        device.record(capture);
    }
}

}  // namespace oogst::testing
