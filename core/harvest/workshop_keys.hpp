#pragma once
// The keys of a workshop. The facilitator's machine makes them when the workshop is
// created and keeps the secret key; devices receive the rest in the join file.
//
// - public_key / secret_key: an X25519 key pair (libsodium crypto_box). Bundles are
//   sealed to the public key, so a lost USB stick or a sniffed push leaks nothing:
//   only the facilitator's machine can open them.
// - pairing_token: 32 random bytes every joined device holds. A device proves it joined
//   by a keyed hash of its id and signing key under the token (membership_proof), so a
//   stranger on the venue Wi-Fi, who never saw the join file, cannot push.
#include <string>
#include <string_view>

namespace oogst {

struct WorkshopKeys {
    std::string workshop_id;
    std::string public_key;     // 32 raw bytes
    std::string secret_key;     // 32 raw bytes on the facilitator's machine; empty on a device
    std::string pairing_token;  // 32 raw bytes
    std::string hub;            // "http://192.168.1.20:8620", or empty when no hub was named
    // The facilitator machine's Ed25519 device key: devices check receipts with it, so a
    // stranger posing as the hub cannot make a tablet believe its notes were received.
    std::string facilitator_key;

    bool is_facilitator() const { return !secret_key.empty(); }
};

// A fresh key pair and pairing token for the workshop.
WorkshopKeys make_workshop_keys(std::string workshop_id);

// 32 raw bytes: crypto_auth (HMAC-SHA512-256) of device id and public key under the token.
std::string membership_proof(const WorkshopKeys& keys, std::string_view device_id,
                             std::string_view device_public_key);
bool is_member(const WorkshopKeys& keys, std::string_view device_id, std::string_view device_public_key,
               std::string_view proof);

// Seals bytes to the workshop (anyone with the join file can); opens them again (only
// with the secret key). open_sealed throws FormatError when the bytes were not sealed to
// this workshop or were changed.
std::string seal_to_workshop(const WorkshopKeys& keys, std::string_view plain);
std::string open_sealed(const WorkshopKeys& keys, std::string_view sealed);
// The same for the sealed bytes that start at `at` in `file` (hand it over with
// std::move), opened in place: the plain bytes are written over the sealed ones and the
// same memory is returned holding them alone, so a large bundle is never in memory twice.
std::string open_sealed(const WorkshopKeys& keys, std::string file, std::size_t at);
// How many bytes seal_to_workshop makes of plain_size bytes: so a file's size can be
// checked against what its first bytes announce before the rest is read.
std::uint64_t sealed_size(std::uint64_t plain_size);

// A short human fingerprint of the public key ("K7QM-3XTD"), to compare by eye.
std::string key_fingerprint(std::string_view public_key);

}  // namespace oogst
