#pragma once
// Taking a real bundle apart and putting it back together, as an attacker with a
// joined device would: change a count, a length, a kind, a blob, and then (or not)
// compute the hash again and sign it with a device's real key, so that the reader's own
// checks, not the signature, must catch the lie. Follows the layout in core/harvest/bundle.hpp;
// parse_body() refuses bytes that do not add up, so a change of layout fails the tests
// loudly instead of testing nothing.
#include <sodium.h>

#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/harvest/workshop_keys.hpp"

namespace oogst::testing {

inline constexpr std::string_view body_magic = "OOGSTBDY";
inline constexpr std::string_view sealed_magic = "OOGSTSLD";
inline constexpr std::size_t hash_bytes = 32, signature_bytes = 64;
// The header's fixed-width tail: made_at_ms, first and last sequence, operation and
// blob counts, operation and blob bytes (8 + 8 + 8 + 4 + 4 + 8 + 8).
inline constexpr std::size_t header_tail_bytes = 48;

template <class T>
void put_le(std::string& out, T value) {
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.push_back(static_cast<char>((static_cast<std::uint64_t>(value) >> (8 * i)) & 0xff));
}

template <class T>
T get_le(std::string_view bytes, std::size_t at) {
    if (at + sizeof(T) > bytes.size()) throw std::runtime_error("bundle surgery: read past the end");
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    return static_cast<T>(value);
}

struct BodyOperation {
    std::uint64_t sequence = 0;
    std::int64_t wall_ms = 0;
    std::uint32_t logical = 0;
    std::uint16_t kind = 0;
    std::string payload;
};

struct BodyBlob {
    std::string raw_hash;  // 32 bytes
    std::string media_type, bytes;
};

struct OpenBody {
    std::uint32_t version = 0;
    std::string header_strings;  // the header's cereal bytes before its fixed-width tail
    std::int64_t made_at_ms = 0;
    std::uint64_t first_sequence = 0, last_sequence = 0;
    std::uint32_t operation_count = 0, blob_count = 0;
    std::uint64_t operation_bytes = 0, blob_bytes = 0;
    std::vector<BodyOperation> operations;
    std::vector<BodyBlob> blobs;
    std::string hash, signature;

    std::string header() const {
        std::string out = header_strings;
        put_le(out, made_at_ms);
        put_le(out, first_sequence), put_le(out, last_sequence);
        put_le(out, operation_count), put_le(out, blob_count);
        put_le(out, operation_bytes), put_le(out, blob_bytes);
        return out;
    }
};

inline std::string operations_section(const std::vector<BodyOperation>& operations) {
    std::string out;
    for (const auto& op : operations) {
        put_le(out, op.sequence), put_le(out, op.wall_ms), put_le(out, op.logical), put_le(out, op.kind);
        put_le(out, static_cast<std::uint32_t>(op.payload.size()));
        out += op.payload;
    }
    return out;
}

inline std::string blobs_section(const std::vector<BodyBlob>& blobs) {
    std::string out;
    for (const auto& blob : blobs) {
        out += blob.raw_hash;
        put_le(out, static_cast<std::uint32_t>(blob.media_type.size()));
        out += blob.media_type;
        put_le(out, static_cast<std::uint32_t>(blob.bytes.size()));
        out += blob.bytes;
    }
    return out;
}

inline OpenBody parse_body(std::string_view body) {
    if (body.substr(0, 8) != body_magic) throw std::runtime_error("bundle surgery: not a plain body");
    OpenBody open;
    open.version = get_le<std::uint32_t>(body, 8);
    const auto header_length = get_le<std::uint32_t>(body, 12);
    std::size_t at = 16;
    if (header_length < header_tail_bytes || at + header_length > body.size())
        throw std::runtime_error("bundle surgery: header length does not fit");
    const std::string_view header = body.substr(at, header_length);
    open.header_strings = std::string(header.substr(0, header_length - header_tail_bytes));
    std::size_t tail = header_length - header_tail_bytes;
    open.made_at_ms = get_le<std::int64_t>(header, tail), tail += 8;
    open.first_sequence = get_le<std::uint64_t>(header, tail), tail += 8;
    open.last_sequence = get_le<std::uint64_t>(header, tail), tail += 8;
    open.operation_count = get_le<std::uint32_t>(header, tail), tail += 4;
    open.blob_count = get_le<std::uint32_t>(header, tail), tail += 4;
    open.operation_bytes = get_le<std::uint64_t>(header, tail), tail += 8;
    open.blob_bytes = get_le<std::uint64_t>(header, tail);
    at += header_length;
    if (at + open.operation_bytes + open.blob_bytes + hash_bytes + signature_bytes != body.size())
        throw std::runtime_error("bundle surgery: the header's section sizes do not add up to the body");
    const std::size_t operations_end = at + open.operation_bytes;
    for (std::uint32_t i = 0; i < open.operation_count; ++i) {
        BodyOperation op;
        op.sequence = get_le<std::uint64_t>(body, at), at += 8;
        op.wall_ms = get_le<std::int64_t>(body, at), at += 8;
        op.logical = get_le<std::uint32_t>(body, at), at += 4;
        op.kind = get_le<std::uint16_t>(body, at), at += 2;
        const auto length = get_le<std::uint32_t>(body, at);
        at += 4;
        if (at + length > operations_end) throw std::runtime_error("bundle surgery: operation overruns its section");
        op.payload = std::string(body.substr(at, length));
        at += length;
        open.operations.push_back(std::move(op));
    }
    if (at != operations_end) throw std::runtime_error("bundle surgery: operation section size mismatch");
    for (std::uint32_t i = 0; i < open.blob_count; ++i) {
        BodyBlob blob;
        blob.raw_hash = std::string(body.substr(at, 32)), at += 32;
        const auto media_length = get_le<std::uint32_t>(body, at);
        at += 4;
        blob.media_type = std::string(body.substr(at, media_length)), at += media_length;
        const auto length = get_le<std::uint32_t>(body, at);
        at += 4;
        blob.bytes = std::string(body.substr(at, length)), at += length;
        open.blobs.push_back(std::move(blob));
    }
    if (at + hash_bytes + signature_bytes != body.size())
        throw std::runtime_error("bundle surgery: blob section size mismatch");
    open.hash = std::string(body.substr(at, hash_bytes));
    open.signature = std::string(body.substr(at + hash_bytes, signature_bytes));
    return open;
}

// Everything the hash covers, with the header's counts and sizes as they stand in open
// (so they may lie about the sections that follow).
inline std::string signed_part(const OpenBody& open) {
    std::string out(body_magic);
    put_le(out, open.version);
    const std::string header = open.header();
    put_le(out, static_cast<std::uint32_t>(header.size()));
    out += header;
    out += operations_section(open.operations);
    out += blobs_section(open.blobs);
    return out;
}

// The counts and sizes that match the sections: what an honest writer puts.
inline void recount(OpenBody& open) {
    open.operation_count = static_cast<std::uint32_t>(open.operations.size());
    open.blob_count = static_cast<std::uint32_t>(open.blobs.size());
    open.operation_bytes = operations_section(open.operations).size();
    open.blob_bytes = blobs_section(open.blobs).size();
}

inline std::string blake2b(std::string_view bytes) {
    std::string hash(hash_bytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
    return hash;
}

using Signer = std::function<std::string(std::string_view message)>;

// The body with a fresh hash and a signature by signer: valid as far as cryptography goes.
inline std::string resign(std::string part, const Signer& signer) {
    const std::string hash = blake2b(part);
    part += hash;
    part += signer(hash);
    return part;
}
inline std::string resign(const OpenBody& open, const Signer& signer) { return resign(signed_part(open), signer); }

// The body with the hash and signature it had: the lie shows in the hash.
inline std::string without_resigning(const OpenBody& open) { return signed_part(open) + open.hash + open.signature; }

// The sealed wrapper: magic, version, the workshop id (u32 length and text, readable
// before anything is decrypted), the plain body's length, the sealed body.
struct SealedWrapper {
    std::uint32_t version = 0;
    std::string workshop;
    std::uint64_t body_length = 0;
    std::string sealed;
};

inline bool is_sealed(std::string_view bytes) { return bytes.substr(0, 8) == sealed_magic; }

inline SealedWrapper parse_sealed(std::string_view bytes) {
    if (!is_sealed(bytes)) throw std::runtime_error("bundle surgery: not a sealed bundle");
    SealedWrapper wrapper;
    wrapper.version = get_le<std::uint32_t>(bytes, 8);
    const auto workshop_length = get_le<std::uint32_t>(bytes, 12);
    if (16 + workshop_length + 8 > bytes.size()) throw std::runtime_error("bundle surgery: wrapper does not fit");
    wrapper.workshop = std::string(bytes.substr(16, workshop_length));
    wrapper.body_length = get_le<std::uint64_t>(bytes, 16 + workshop_length);
    wrapper.sealed = std::string(bytes.substr(16 + workshop_length + 8));
    return wrapper;
}

inline std::string wrap(const SealedWrapper& wrapper) {
    std::string out(sealed_magic);
    put_le(out, wrapper.version);
    put_le(out, static_cast<std::uint32_t>(wrapper.workshop.size()));
    out += wrapper.workshop;
    put_le(out, wrapper.body_length);
    out += wrapper.sealed;
    return out;
}

// Where the wrapper's body length is: after magic, version and the sized workshop id.
inline std::size_t sealed_length_at(std::string_view bytes) { return 16 + get_le<std::uint32_t>(bytes, 12); }

// The body inside a sealed bundle (needs the facilitator's keys).
inline std::string unseal(std::string_view bytes, const WorkshopKeys& keys) {
    return open_sealed(keys, parse_sealed(bytes).sealed);
}

// Seals a (changed) body again under the wrapper of an original sealed bundle, with the
// body length written the way the original writer wrote it (of the plain or the sealed
// bytes), unless length_claim says what to claim.
inline std::string reseal(std::string_view original, std::string_view body, const WorkshopKeys& keys,
                          std::optional<std::uint64_t> length_claim = std::nullopt) {
    SealedWrapper wrapper = parse_sealed(original);
    const std::string plain = open_sealed(keys, wrapper.sealed);
    const bool counts_plain = wrapper.body_length == plain.size();
    wrapper.sealed = seal_to_workshop(keys, body);
    wrapper.body_length = length_claim ? *length_claim : counts_plain ? body.size() : wrapper.sealed.size();
    return wrap(wrapper);
}

}  // namespace oogst::testing
