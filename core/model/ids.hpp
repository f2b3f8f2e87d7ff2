#pragma once
// Identifiers and content hashes. Entity ids are random (libsodium) so two offline
// devices never collide; tests and the demo may draw them from a seeded generator.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace oogst {

// 16 random bytes as 32 lowercase hex digits.
std::string new_id();
// The same shape from a caller's generator (demo data, property tests).
std::string id_from(std::uint64_t high, std::uint64_t low);

std::string to_hex(std::string_view bytes);
// BLAKE2b-256 of the bytes, as hex: the address of a blob.
std::string content_hash(std::string_view bytes);

// A device's id is the BLAKE2b-128 of its Ed25519 public key, as hex: a bundle's device
// id can then be checked against the key that signed it, so one device that joined
// cannot send operations in another device's name.
std::string device_id_for_key(std::string_view public_key);

// libsodium must be initialised once before use; every entry point calls this.
void ensure_crypto_ready();

}  // namespace oogst
