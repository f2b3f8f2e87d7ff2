#pragma once
// The fixed workshop and device keys of the fuzz target and its corpus generator. Fixed
// so that the seed bundles carry a membership proof and signature the target can check
// and, for mutated inputs, make valid again: a fuzzer cannot find a BLAKE2b hash or an
// Ed25519 signature by mutation, so without re-signing it would never get past them to
// the operations and blobs behind.
#include <sodium.h>

#include <string>
#include <string_view>

#include "core/harvest/workshop_keys.hpp"
#include "core/model/ids.hpp"

namespace oogst::fuzz {

inline std::string seeded(unsigned char fill, std::size_t size) { return std::string(size, static_cast<char>(fill)); }

inline WorkshopKeys workshop_keys() {
    ensure_crypto_ready();
    WorkshopKeys keys;
    keys.workshop_id = id_from(0x00f022, 0x5eed);
    unsigned char public_key[crypto_box_PUBLICKEYBYTES], secret_key[crypto_box_SECRETKEYBYTES];
    const std::string seed = seeded(7, crypto_box_SEEDBYTES);
    crypto_box_seed_keypair(public_key, secret_key, reinterpret_cast<const unsigned char*>(seed.data()));
    keys.public_key.assign(reinterpret_cast<char*>(public_key), sizeof public_key);
    keys.secret_key.assign(reinterpret_cast<char*>(secret_key), sizeof secret_key);
    keys.pairing_token = seeded(9, 32);
    return keys;
}

struct DeviceKey {
    std::string id, public_key, secret_key;
};

inline DeviceKey device_key(unsigned char which = 1) {
    ensure_crypto_ready();
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES], secret_key[crypto_sign_SECRETKEYBYTES];
    const std::string seed = seeded(which, crypto_sign_SEEDBYTES);
    crypto_sign_seed_keypair(public_key, secret_key, reinterpret_cast<const unsigned char*>(seed.data()));
    return {id_from(0xde71ce, which), std::string(reinterpret_cast<char*>(public_key), sizeof public_key),
            std::string(reinterpret_cast<char*>(secret_key), sizeof secret_key)};
}

inline std::string sign(const DeviceKey& device, std::string_view message) {
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         reinterpret_cast<const unsigned char*>(device.secret_key.data()));
    return signature;
}

}  // namespace oogst::fuzz
