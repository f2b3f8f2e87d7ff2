#include "core/harvest/workshop_keys.hpp"

#include <sodium.h>

#include <array>
#include <cstring>

#include "core/errors.hpp"
#include "core/harvest/sodium_bytes.hpp"
#include "core/model/ids.hpp"

namespace oogst {
namespace {

// Sealed data is streamed in chunks of this size, so opening a large bundle checks each
// piece as it goes and a change anywhere is caught.
constexpr std::size_t chunk_bytes = 64 * 1024;
constexpr std::size_t sealed_key_bytes = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr std::size_t stream_header_bytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t chunk_overhead = crypto_secretstream_xchacha20poly1305_ABYTES;

std::string little_endian(std::uint64_t value) {
    std::string out(8, '\0');
    for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(value >> (8 * i));
    return out;
}

std::uint64_t read_little_endian(std::string_view in) {
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[i])) << (8 * i);
    return value;
}

std::uint64_t chunk_count(std::uint64_t plain_size) {
    return plain_size == 0 ? 1 : (plain_size + chunk_bytes - 1) / chunk_bytes;
}

// Crockford's base32 (no I, L, O, U): easy to read aloud and to type.
std::string base32_group(std::string_view bytes, std::size_t characters) {
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string out;
    std::uint64_t buffer = 0;
    int bits = 0;
    for (unsigned char c : bytes) {
        buffer = (buffer << 8) | c;
        bits += 8;
        while (bits >= 5 && out.size() < characters) {
            out.push_back(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    return out.substr(0, 4) + "-" + out.substr(4, 4);
}

}  // namespace

WorkshopKeys make_workshop_keys(std::string workshop_id) {
    ensure_crypto_ready();
    WorkshopKeys keys;
    keys.workshop_id = std::move(workshop_id);
    keys.public_key.resize(crypto_box_PUBLICKEYBYTES);
    keys.secret_key.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(bytes_of(keys.public_key), bytes_of(keys.secret_key));
    keys.pairing_token.resize(crypto_auth_KEYBYTES);
    randombytes_buf(keys.pairing_token.data(), keys.pairing_token.size());
    return keys;
}

std::string membership_proof(const WorkshopKeys& keys, std::string_view device_id, std::string_view device_public_key) {
    ensure_crypto_ready();
    if (keys.pairing_token.size() != crypto_auth_KEYBYTES) throw UserError("the workshop has no pairing token");
    std::string message = std::string(device_id) + '\n' + std::string(device_public_key);
    std::string proof(crypto_auth_BYTES, '\0');
    crypto_auth(bytes_of(proof), bytes_of(message), message.size(), bytes_of(keys.pairing_token));
    return proof;
}

bool is_member(const WorkshopKeys& keys, std::string_view device_id, std::string_view device_public_key,
               std::string_view proof) {
    ensure_crypto_ready();
    if (keys.pairing_token.size() != crypto_auth_KEYBYTES || proof.size() != crypto_auth_BYTES) return false;
    std::string message = std::string(device_id) + '\n' + std::string(device_public_key);
    return crypto_auth_verify(bytes_of(proof), bytes_of(message), message.size(), bytes_of(keys.pairing_token)) == 0;
}

// Layout: the stream key sealed to the workshop (crypto_box_seal), the stream header,
// the plain size (u64), then the chunks. Every chunk is authenticated together with the
// plain size, so neither can be changed without the opening failing.
std::string seal_to_workshop(const WorkshopKeys& keys, std::string_view plain) {
    ensure_crypto_ready();
    if (keys.public_key.size() != crypto_box_PUBLICKEYBYTES) throw UserError("the workshop has no public key");
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    crypto_secretstream_xchacha20poly1305_keygen(key.data());

    const std::uint64_t chunks = chunk_count(plain.size());
    std::string out;
    out.reserve(sealed_key_bytes + stream_header_bytes + 8 + plain.size() + chunks * chunk_overhead);
    out.resize(sealed_key_bytes + stream_header_bytes);
    crypto_box_seal(bytes_of(out), key.data(), key.size(), bytes_of(keys.public_key));

    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes_of(out) + sealed_key_bytes, key.data());
    sodium_memzero(key.data(), key.size());
    const std::string size = little_endian(plain.size());
    out += size;

    for (std::uint64_t i = 0; i < chunks; ++i) {
        const std::size_t begin = i * chunk_bytes;
        const std::size_t length = std::min(chunk_bytes, plain.size() - begin);
        const std::size_t at = out.size();
        out.resize(at + length + chunk_overhead);
        const unsigned char tag = i + 1 == chunks ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytes_of(out) + at, nullptr, bytes_of(plain) + begin, length,
                                                   bytes_of(size), size.size(), tag);
    }
    return out;
}

std::uint64_t sealed_size(std::uint64_t plain_size) {
    return sealed_key_bytes + stream_header_bytes + 8 + plain_size + chunk_count(plain_size) * chunk_overhead;
}

namespace {

// The checks made before anything is allocated or opened: the facilitator's keys, and
// the size must be exactly what the chunks take. Returns the plain size.
std::uint64_t checked_plain_size(const WorkshopKeys& keys, std::string_view sealed) {
    if (!keys.is_facilitator())
        throw FormatError("this bundle is sealed for the facilitator: import it on the facilitator's machine");
    const std::size_t front = sealed_key_bytes + stream_header_bytes + 8;
    if (sealed.size() < front) throw FormatError("the sealed bundle is cut short");
    const std::uint64_t plain_size = read_little_endian(sealed.substr(sealed_key_bytes + stream_header_bytes, 8));
    if (plain_size > sealed.size() || sealed.size() - front != plain_size + chunk_count(plain_size) * chunk_overhead)
        throw FormatError("the sealed bundle is cut short or has extra bytes");
    return plain_size;
}

}  // namespace

std::string open_sealed(const WorkshopKeys& keys, std::string_view sealed) {
    checked_plain_size(keys, sealed);  // before the copy
    return open_sealed(keys, std::string(sealed), 0);
}

// Chunk i's plain bytes go to i * chunk_bytes, which is before its sealed bytes (they
// start after the front and i chunks' overhead): writing them can only cover bytes
// already read. Each chunk is opened into a buffer of its own and then copied into
// place, since libsodium does not promise to open into bytes that overlap the sealed
// ones at an offset.
std::string open_sealed(const WorkshopKeys& keys, std::string file, std::size_t at) {
    ensure_crypto_ready();
    if (at > file.size()) throw FormatError("the sealed bundle is cut short");
    const std::string_view sealed = std::string_view(file).substr(at);
    const std::uint64_t plain_size = checked_plain_size(keys, sealed);
    const std::uint64_t chunks = chunk_count(plain_size);
    const std::size_t front = sealed_key_bytes + stream_header_bytes + 8;
    // A copy: the plain bytes will be written over these eight.
    const std::string size(sealed.substr(sealed_key_bytes + stream_header_bytes, 8));

    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    if (crypto_box_seal_open(key.data(), bytes_of(sealed), sealed_key_bytes, bytes_of(keys.public_key),
                             bytes_of(keys.secret_key)) != 0)
        throw FormatError("the bundle was sealed for another workshop, or its seal is damaged");
    crypto_secretstream_xchacha20poly1305_state state;
    const int ready = crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes_of(sealed) + sealed_key_bytes, key.data());
    sodium_memzero(key.data(), key.size());
    if (ready != 0) throw FormatError("the bundle's seal is damaged");

    std::string chunk(std::min<std::uint64_t>(chunk_bytes, plain_size), '\0');
    std::size_t in = at + front;
    for (std::uint64_t i = 0; i < chunks; ++i) {
        const std::size_t begin = i * chunk_bytes;
        const std::size_t length = std::min<std::size_t>(chunk_bytes, plain_size - begin);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, bytes_of(chunk), nullptr, &tag, bytes_of(file) + in,
                                                       length + chunk_overhead, bytes_of(size), size.size()) != 0)
            throw FormatError("the bundle was changed after it was sealed (or is damaged)");
        const bool last = i + 1 == chunks;
        if (last != (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL))
            throw FormatError("the sealed bundle is cut short");
        std::memcpy(file.data() + begin, chunk.data(), length);
        in += length + chunk_overhead;
    }
    file.resize(plain_size);
    return std::move(file);
}

std::string key_fingerprint(std::string_view public_key) {
    ensure_crypto_ready();
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), bytes_of(public_key), public_key.size(), nullptr, 0);
    return base32_group({reinterpret_cast<const char*>(hash.data()), hash.size()}, 8);
}

}  // namespace oogst
