#pragma once
// The hub's little protocol (HTTP on the venue's network, bodies application/octet-stream):
//
//   POST /v1/offer        headers: PushCredentials (offer_statement), body: Offer
//                                                      -> 200 OfferAnswer | 400 | 403 | 409 | 413
//   POST /v1/push         headers: PushCredentials, body: sealed bundle
//                                                      -> 200 receipt (core/harvest/receipt.hpp) | 400 | 403 | 409 | 413 | 503
//   GET  /v1/join/LOOKUP  (join_code_lookup of the code, 32 hex)
//                                                      -> 200 join file sealed for the code | 404 | 429 | 503
//
// A device first offers what it has (its last sequence and the blobs its unacknowledged
// operations use); the hub answers what it already holds, so the push that follows
// carries only what is new. Refusals carry one sentence as text/plain.
//
// A push names its device and proves membership in its headers, so the hub refuses a
// stranger before it reads a byte of the body; the bundle that follows must be that
// device's own. The membership proof is the same for every push, so the headers also
// carry the hash of the body and the device's signature of it (push_statement): headers
// captured on the venue's network are good for that one body only, and a replay of a
// push the hub already merged is answered from its ledger before the body is read. An
// offer carries the same headers, signed over the offer's bytes: a stranger's offer is
// refused from its headers, and a captured one cannot be changed and sent again (sent
// again unchanged, it is answered from the hub's memory). The short join code itself
// never travels (core/harvest/join_file.hpp).
//
// Offer and OfferAnswer are read from bytes a stranger may send, so their encoding is
// the bounded one of core/model/wire.hpp: magic, version, then every length checked against
// the bytes left before anything is allocated.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oogst::platform {

inline constexpr std::uint32_t hub_protocol_version = 1;
inline constexpr int default_hub_port = 8620;
inline constexpr const char* hub_offer_path = "/v1/offer";
inline constexpr const char* hub_push_path = "/v1/push";
inline constexpr const char* hub_join_path = "/v1/join/";  // followed by join_code_lookup(code)
inline constexpr const char* hub_content_type = "application/octet-stream";
// An offer is small (a few dozen bytes per photo); a larger one is refused unread.
inline constexpr std::size_t max_offer_bytes = std::size_t{4} << 20;

// Who is pushing or offering, in the request's headers: the workshop and device ids as text,
// the device's Ed25519 key and membership proof (workshop_keys.hpp) as hex.
inline constexpr const char* hub_workshop_header = "X-Oogst-Workshop";
inline constexpr const char* hub_device_header = "X-Oogst-Device";
inline constexpr const char* hub_device_key_header = "X-Oogst-Device-Key";
inline constexpr const char* hub_proof_header = "X-Oogst-Proof";
inline constexpr const char* hub_body_hash_header = "X-Oogst-Body-Hash";  // content_hash of the body, hex
inline constexpr const char* hub_signature_header = "X-Oogst-Signature";  // Ed25519 of push_statement, hex
// On a 403, why in a word a device's screen can say in its language: "revoked" when the
// facilitator took the device out of the workshop (its pushes are refused unread until it
// is readmitted; its work stays on it). Absent: the hub does not know the device.
inline constexpr const char* hub_refusal_header = "X-Oogst-Refusal";
inline constexpr const char* hub_refusal_revoked = "revoked";

struct PushCredentials {
    std::string workshop_id;
    std::string device_id;
    std::string device_public_key;  // 32 raw bytes
    std::string membership_proof;   // 32 raw bytes
    std::string body_hash;          // content_hash (core/model/ids.hpp) of the body, 64 hex
    std::string signature;          // the device's Ed25519 signature of push_statement, 64 raw bytes
};
// What a device signs for one push: its workshop, its name and the hash of exactly the
// body it sends.
std::string push_statement(const PushCredentials& credentials);
// Whether signature is the named device key's signature of push_statement.
bool push_signed(const PushCredentials& credentials);
// An offer is signed the same way, over its own statement ("oogst offer 1"): a captured
// offer is good for its own bytes only, and a push's signature is no offer's.
std::string offer_statement(const PushCredentials& credentials);
bool offer_signed(const PushCredentials& credentials);
// The headers to send: name, value.
std::vector<std::pair<std::string, std::string>> push_headers(const PushCredentials& credentials);
// From a request's headers (header(name) gives "" when absent); nullopt when one is
// missing or not of the right form.
std::optional<PushCredentials> read_push_credentials(const std::function<std::string(const char*)>& header);

// What a device says before it pushes.
struct Offer {
    std::string workshop_id;
    std::string device_id;
    std::string device_public_key;  // Ed25519, 32 raw bytes
    std::string membership_proof;   // membership_proof() of workshop_keys.hpp, 32 raw bytes
    std::uint64_t last_sequence = 0;       // the device's newest own operation
    std::vector<std::string> blob_hashes;  // hex: blobs its unacknowledged operations use
};

// What the hub answers.
struct OfferAnswer {
    std::uint64_t held_through = 0;          // the hub holds this device's 1..held_through
    std::vector<std::string> missing_blobs;  // of the offered hashes, those the hub lacks
    // encode_receipt of a receipt for held_through (empty when 0), so a device whose work
    // already reached the facilitator (a USB stick, an earlier push whose answer was lost)
    // gets its receipt without sending anything.
    std::string receipt;
};

std::string encode_offer(const Offer& offer);
// Throws FormatError (core/errors.hpp) with a plain sentence on bytes that are not an offer.
Offer decode_offer(std::string_view bytes);
std::string encode_offer_answer(const OfferAnswer& answer);
OfferAnswer decode_offer_answer(std::string_view bytes);

// "k7qm 3xtd", "K7QM-3XTD" and "K7QM3XTD" are one code: Crockford base32 ignores case
// and dashes, and reads O as 0 and I, L as 1, so a code read aloud still works.
std::string normalise_join_code(std::string_view code);

// "192.168.1.20", "192.168.1.20:8620/" and "http://192.168.1.20:8620" all become
// "http://192.168.1.20:8620". Throws UserError for anything that is not a plain http
// address (https, user names, paths).
std::string normalise_hub_url(std::string_view url);

}  // namespace oogst::platform
