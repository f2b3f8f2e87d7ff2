#include "platform/net/hub_client.hpp"

#include <httplib.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "core/errors.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "platform/net/hub_protocol.hpp"

namespace oogst::platform {
namespace {

using Problem = PushResult::Problem;

constexpr std::size_t send_chunk = 64 * 1024;
// A hub busy with other pushes answers 503 before reading ours: tried this often, with
// a growing pause, before the device is told.
constexpr int push_attempts = 3;

// A problem the push stops at; turned into the result at the edge of push_to_hub.
struct Stop {
    Problem problem;
    std::string sentence;
};

httplib::Client client_for(const std::string& url, int timeout_seconds) {
    // A hub that closes the connection mid-push (it refused a body too large) must give
    // an error, not end the app: writing to a closed socket raises SIGPIPE otherwise.
    signal(SIGPIPE, SIG_IGN);
    httplib::Client client(url);
    client.set_connection_timeout(timeout_seconds);
    client.set_read_timeout(timeout_seconds);
    client.set_write_timeout(timeout_seconds);
    client.set_keep_alive(false);
    return client;
}

Stop network_problem(const std::string& url, httplib::Error error, bool sending) {
    if (error == httplib::Error::Connection || error == httplib::Error::ConnectionTimeout ||
        error == httplib::Error::BindIPAddress)
        return {Problem::unreachable, "the hub at " + url +
                                          " cannot be reached: check that this device is on the venue's network "
                                          "and that the hub is running"};
    return {sending ? Problem::failed : Problem::unreachable,
            "the connection to the hub at " + url + " broke off (" + httplib::to_string(error) + "): try again"};
}

std::string first_line(std::string text) {
    text.erase(std::find(text.begin(), text.end(), '\n'), text.end());
    if (text.size() > 300) text.resize(300);
    return text;
}

// A refusal of the hub, as a problem with the hub's own sentence.
Stop refusal(const httplib::Response& answer) {
    const auto reason = first_line(answer.body);
    switch (answer.status) {
        case 403:
            if (answer.get_header_value(hub_refusal_header) == hub_refusal_revoked)
                return {Problem::revoked, "the hub refused this device: " + reason};
            return {Problem::not_member, "the hub refused this device: " + reason};
        case 409: return {Problem::other_workshop, "the hub refused this device: " + reason};
        case 413: return {Problem::too_large, "the hub refused the push: " + reason};
        case 400: return {Problem::rejected, "the hub refused the push: " + reason};
        case 503: return {Problem::failed, "the hub is busy: " + reason};
        default:
            return {Problem::failed, "the hub answered with an error (HTTP " + std::to_string(answer.status) + ")" +
                                         (reason.empty() ? std::string() : ": " + reason)};
    }
}

// The blobs (photos, drawing previews) the given operations use.
std::set<std::string> blobs_used(const Store& device, const std::vector<Operation>& operations) {
    std::set<std::string> hashes;
    for (const auto& operation : operations) {
        if (operation.kind != OperationKind::capture_added) continue;
        const auto capture = wire::decode<CaptureAdded>(operation.payload);
        for (const auto* hash : {&capture.photo_blob, &capture.preview_blob})
            if (!hash->empty() && device.has_blob(*hash)) hashes.insert(*hash);
    }
    return hashes;
}

// A receipt from the hub, checked before the device believes it.
Receipt genuine_receipt(std::string_view bytes, const WorkshopKeys& keys, const std::string& device_id) {
    Receipt receipt;
    try {
        receipt = decode_receipt(bytes);
    } catch (const UserError&) {
        throw Stop{Problem::not_genuine, "the hub's answer is not a receipt: is this really the facilitator's hub?"};
    }
    if (!receipt_is_genuine(receipt, keys) || receipt.device_id != device_id)
        throw Stop{Problem::not_genuine,
                   "the hub's receipt is not signed by this workshop's facilitator: nothing was marked as handed in"};
    return receipt;
}

void report(const PushProgressCallback& progress, PushProgress::Stage stage, std::uint64_t sent = 0,
            std::uint64_t total = 0) {
    if (progress) progress(PushProgress{stage, sent, total});
}

void push_steps(Store& device, const std::string& hub, const PushProgressCallback& progress, int timeout,
                PushResult& result) {
    const auto keys = device.workshop_keys();
    if (!keys)
        throw Stop{Problem::not_joined,
                   "this device has not joined a workshop: join with the facilitator's join file or code first"};
    if (hub.empty() && keys->hub.empty())
        throw Stop{Problem::no_hub, "no hub address is known for this workshop: give the one the facilitator shows"};
    try {
        result.hub = normalise_hub_url(hub.empty() ? keys->hub : hub);
    } catch (const UserError& error) {
        throw Stop{Problem::bad_address, error.what()};
    }
    const auto& me = device.device();
    auto client = client_for(result.hub, timeout);

    report(progress, PushProgress::Stage::offering);
    const auto acknowledged = device.acknowledged_through();
    const auto unacknowledged = device.own_operations_after(acknowledged);
    const auto blobs = blobs_used(device, unacknowledged);
    Offer offer{keys->workshop_id,
                me.id,
                me.public_key,
                membership_proof(*keys, me.id, me.public_key),
                unacknowledged.empty() ? acknowledged : unacknowledged.back().id.sequence,
                {blobs.begin(), blobs.end()}};
    const auto offer_bytes = encode_offer(offer);
    PushCredentials offering{keys->workshop_id, me.id, me.public_key, offer.membership_proof, content_hash(offer_bytes), {}};
    offering.signature = device.sign(offer_statement(offering));
    httplib::Headers offer_headers;
    for (auto& [name, value] : push_headers(offering)) offer_headers.emplace(std::move(name), std::move(value));
    const auto offered = client.Post(hub_offer_path, offer_headers, offer_bytes, hub_content_type);
    if (!offered) throw network_problem(result.hub, offered.error(), false);
    if (offered->status != 200) throw refusal(*offered);
    OfferAnswer answer;
    try {
        answer = decode_offer_answer(offered->body);
    } catch (const UserError& error) {
        throw Stop{Problem::failed, std::string("the hub's answer could not be read: ") + error.what()};
    }

    if (answer.held_through >= offer.last_sequence) {
        // The hub says it holds everything already. With nothing made since the last
        // genuine receipt that is simply so; otherwise (a USB stick got there first, or
        // the answer to an earlier push was lost) only the facilitator's signed receipt
        // covering the newest operation makes it so: a hub's word alone is not enough.
        if (!unacknowledged.empty()) {
            const auto no_proof = Stop{Problem::not_genuine,
                                       "the hub says it already holds everything, but without the facilitator's "
                                       "signed receipt for it: nothing was marked as handed in"};
            if (answer.receipt.empty()) throw no_proof;
            if (genuine_receipt(answer.receipt, *keys, me.id).held_through < offer.last_sequence) throw no_proof;
        }
        if (!answer.receipt.empty()) {
            result.receipt = genuine_receipt(answer.receipt, *keys, me.id);
            if (result.receipt->held_through > acknowledged) device.save_receipt(*result.receipt, result.hub);
        }
        result.nothing_new = true;
        report(progress, PushProgress::Stage::done);
        return;
    }

    ExportChoice choice;
    choice.after_sequence = answer.held_through;
    choice.blobs_held = blobs;
    for (const auto& missing : answer.missing_blobs) choice.blobs_held.erase(missing);
    choice.sealed = true;
    const auto bundle = export_bundle_with_summary(device, choice);
    const std::string& bytes = bundle.bytes;
    result.operations_sent = bundle.header.operation_count;
    result.blobs_sent = bundle.header.blob_count;

    // The hub checks these before it reads the bundle (hub_protocol.hpp).
    httplib::Headers headers;
    PushCredentials credentials{keys->workshop_id, me.id, me.public_key, offer.membership_proof, content_hash(bytes), {}};
    credentials.signature = device.sign(push_statement(credentials));
    for (auto& [name, value] : push_headers(credentials)) headers.emplace(std::move(name), std::move(value));
    httplib::Result pushed{nullptr, httplib::Error::Unknown};
    for (int attempt = 1; attempt <= push_attempts; ++attempt) {
        if (attempt > 1) std::this_thread::sleep_for(std::chrono::seconds{attempt - 1});
        report(progress, PushProgress::Stage::sending, 0, bytes.size());
        pushed = client.Post(
            hub_push_path, headers, bytes.size(),
            [&](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                const auto chunk = std::min(length, send_chunk);
                if (!sink.write(bytes.data() + offset, chunk)) return false;
                result.bytes_sent = offset + chunk;
                report(progress, PushProgress::Stage::sending, result.bytes_sent, bytes.size());
                if (result.bytes_sent == bytes.size()) report(progress, PushProgress::Stage::waiting_for_receipt);
                return true;
            },
            hub_content_type);
        if (!pushed || pushed->status != 503) break;
    }
    if (!pushed) throw network_problem(result.hub, pushed.error(), true);
    if (pushed->status != 200) throw refusal(*pushed);
    result.receipt = genuine_receipt(pushed->body, *keys, me.id);
    device.save_receipt(*result.receipt, result.hub);
    report(progress, PushProgress::Stage::done);
}

}  // namespace

double PushProgress::fraction() const {
    switch (stage) {
        case Stage::offering: return 0.02;
        case Stage::sending:
            return 0.05 + 0.9 * (bytes_total ? static_cast<double>(bytes_sent) / static_cast<double>(bytes_total) : 0.0);
        case Stage::waiting_for_receipt: return 0.95;
        case Stage::done: return 1.0;
    }
    return 0.0;
}

PushResult push_to_hub(Store& device, const std::string& hub, const PushProgressCallback& progress,
                       int timeout_seconds) {
    PushResult result;
    try {
        push_steps(device, hub, progress, timeout_seconds, result);
    } catch (const Stop& stop) {
        result.problem = stop.problem;
        result.error = stop.sentence;
    } catch (const std::exception& error) {  // the device's own store or export
        result.problem = Problem::failed;
        result.error = error.what();
    }
    if (!result.ok()) result.receipt.reset();
    return result;
}

JoinFile fetch_join_file(const std::string& hub, const std::string& code, int timeout_seconds,
                         const std::string& key_fingerprint_seen) {
    using Problem = JoinError::Problem;
    const auto wanted = normalise_join_code(code);
    if (wanted.empty())
        throw JoinError(Problem::malformed_code, "the join code is empty: type the code the facilitator's screen shows");
    for (const char c : wanted)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            throw JoinError(Problem::malformed_code, "a join code has only letters and digits, like K7QM-3XTD");
    if (wanted.size() != 8)
        throw JoinError(Problem::malformed_code, "a join code has 8 letters and digits, like K7QM-3XTD");
    std::string url;
    try {
        url = normalise_hub_url(hub);
    } catch (const UserError& error) {
        throw JoinError(Problem::bad_address, error.what());
    }
    // The code itself never travels: the hub is asked by a slow hash of it and answers
    // the join file sealed with a key from it (core/harvest/join_file.hpp).
    auto client = client_for(url, timeout_seconds);
    const auto answer = client.Get(std::string(hub_join_path) + join_code_lookup(wanted));
    if (!answer) {
        const Stop stop = network_problem(url, answer.error(), false);
        throw JoinError(stop.problem == PushResult::Problem::unreachable ? Problem::unreachable : Problem::refused,
                        stop.sentence);
    }
    if (answer->status == 404)
        throw JoinError(Problem::wrong_code, "the hub at " + url + " does not know the join code " + code +
                                                 ": check it on the facilitator's screen");
    if (answer->status == 429) throw JoinError(Problem::too_many_tries, first_line(answer->body));
    if (answer->status != 200) throw JoinError(Problem::refused, refusal(*answer).sentence);
    JoinFile join;
    try {
        join = decode_join_file(open_join_file_for_code(answer->body, wanted));
    } catch (const FormatError& error) {
        throw JoinError(Problem::not_genuine,
                        first_line(error.what()) + ": is the hub at " + url + " really the facilitator's?");
    }
    // Whoever answered knew the code; only the facilitator's own keys give it back, so
    // a hub handing out a stranger's keys (to read the bundles sealed to them) is caught.
    if (!join_file_matches_code(join, wanted))
        throw JoinError(Problem::not_genuine, "the join file from the hub at " + url +
                                                  " does not belong to the join code " + code +
                                                  ": this is not the facilitator's hub, do not join it");
    if (!key_fingerprint_seen.empty() &&
        normalise_join_code(key_fingerprint(join.keys.public_key)) != normalise_join_code(key_fingerprint_seen))
        throw JoinError(Problem::not_genuine, "the workshop key of the join file from the hub at " + url +
                                                  " is not the key " + key_fingerprint_seen +
                                                  " the facilitator's QR code shows: do not join it");
    if (join.keys.is_facilitator()) join.keys.secret_key.clear();
    return join;
}

}  // namespace oogst::platform
