#include "core/harvest/bundle.hpp"

#include <sodium.h>

#include <algorithm>
#include <unordered_set>

#include "core/harvest/byte_reader.hpp"
#include "core/harvest/sodium_bytes.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/model/operation_check.hpp"
#include "core/model/wire.hpp"

namespace oogst {

template <class Archive>
void serialize(Archive& ar, BundleHeader& h, std::uint32_t version) {
    // Version 2 added made_through and damaged_blobs; a version 1 bundle says nothing of
    // them (0, none).
    wire::require_version_range(version, 1, 2, "bundle header");
    wire::text(ar, h.workshop_id), wire::text(ar, h.device_id);
    wire::text(ar, h.device_public_key), wire::text(ar, h.membership_proof);
    // Before the fixed-width counts, which stay the header's last bytes in every version.
    if (version >= 2) {
        ar(h.made_through);
        wire::texts(ar, h.damaged_blobs);
        std::uint32_t count = static_cast<std::uint32_t>(h.damaged_sequences.size());
        ar(count);
        if constexpr (Archive::is_loading::value) h.damaged_sequences.resize(wire::checked_count(count, 8));
        for (auto& sequence : h.damaged_sequences) ar(sequence);
    }
    ar(h.made_at_ms, h.first_sequence, h.last_sequence, h.operation_count, h.blob_count, h.operation_bytes,
       h.blob_bytes);
}

}  // namespace oogst

CEREAL_CLASS_VERSION(oogst::BundleHeader, 2)

namespace oogst {

BundleBlob::BundleBlob(std::string hash, std::string media_type, std::string bytes)
    : hash(std::move(hash)), media_type(std::move(media_type)),
      held(std::make_shared<const std::string>(std::move(bytes))) {
    this->bytes = *held;
}

BundleBlob::BundleBlob(std::string hash, std::string media_type, std::string_view bytes,
                       std::shared_ptr<const std::string> held)
    : hash(std::move(hash)), media_type(std::move(media_type)), bytes(bytes), held(std::move(held)) {}

namespace {

constexpr std::string_view body_magic = "OOGSTBDY";
constexpr std::string_view sealed_magic = "OOGSTSLD";
constexpr std::size_t hash_bytes = 32;
constexpr std::size_t signature_bytes = crypto_sign_BYTES;
constexpr std::uint32_t max_header_bytes = 4096;
// The smallest operation on the wire: the fixed fields and an empty payload.
constexpr std::uint64_t min_operation_bytes = 8 + 8 + 4 + 2 + 4;
constexpr std::uint64_t min_blob_bytes = hash_bytes + 4 + 4;
constexpr std::uint32_t max_media_type_bytes = 100;

std::string raw_hash(std::string_view bytes) {
    std::string hash(hash_bytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(), bytes_of(bytes), bytes.size(),
                       nullptr, 0);
    return hash;
}

std::string raw_from_hex(const std::string& hex) {
    if (hex.size() != 2 * hash_bytes) throw std::logic_error("a blob name is not a hash");
    std::string raw(hash_bytes, '\0');
    sodium_hex2bin(reinterpret_cast<unsigned char*>(raw.data()), raw.size(), hex.data(), hex.size(), nullptr, nullptr,
                   nullptr);
    return raw;
}

// The workshop id in a reason, when it is one: it comes from the file, and a line break,
// a terminal escape or broken UTF-8 must not reach the facilitator's screen.
std::string named_workshop(std::string_view id) {
    const bool plain = !id.empty() && id.size() <= 64 &&
                       std::all_of(id.begin(), id.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    return plain ? " (" + std::string(id) + ")" : "";
}

BundleError bad(const std::string& sentence) { return BundleError("this is not a usable bundle: " + sentence); }

BundleError other_version(std::uint32_t version) {
    return BundleError("this bundle was made by a " +
                       std::string(version > bundle_format_version ? "newer" : "different") +
                       " version of Oogst (bundle format " + std::to_string(version) + "; this program reads " +
                       std::to_string(bundle_format_version) + "): update Oogst on this machine");
}

// held: the body's bytes; the pictures read are views into them and keep them alive.
Bundle read_body(const std::shared_ptr<const std::string>& held, const WorkshopKeys* keys) {
    const std::string_view body = *held;
    ByteReader reader(body, "the bundle");
    if (reader.left() < body_magic.size() + 4 || reader.take(body_magic.size()) != body_magic)
        throw bad("it is not an Oogst bundle (the first bytes are wrong)");
    const auto version = reader.integer<std::uint32_t>();
    if (version != bundle_format_version) throw other_version(version);
    if (reader.left() < hash_bytes + signature_bytes) throw bad("it is cut short");

    // The hash and the signature come first: nothing the device did not sign is decoded.
    const std::string_view signed_part = body.substr(0, body.size() - hash_bytes - signature_bytes);
    const std::string_view hash = body.substr(signed_part.size(), hash_bytes);
    const std::string_view signature = body.substr(signed_part.size() + hash_bytes, signature_bytes);
    if (raw_hash(signed_part) != hash) throw bad("it is damaged or cut short (its checksum does not match)");

    Bundle bundle;
    bundle.body_hash = to_hex(hash);
    ByteReader front(signed_part, "the bundle");
    front.take(body_magic.size() + 4);
    const auto header_size = front.integer<std::uint32_t>();
    if (header_size > max_header_bytes) throw bad("its header is larger than any real header");
    bundle.header = wire::decode<BundleHeader>(front.take(header_size));
    auto& header = bundle.header;
    if (header.device_public_key.size() != crypto_sign_PUBLICKEYBYTES) throw bad("it names no valid device key");
    if (crypto_sign_verify_detached(bytes_of(signature), bytes_of(hash), hash.size(), bytes_of(header.device_public_key)) != 0)
        throw bad("its signature does not match: it was changed after the device made it");
    if (header.device_id != device_id_for_key(header.device_public_key))
        throw bad("the device it names is not the one whose key signed it");
    if (header.workshop_id.empty() || header.workshop_id.size() > 64 ||
        !std::all_of(header.workshop_id.begin(), header.workshop_id.end(), [](char c) { return c > ' ' && c < 127; }))
        throw bad("it names no valid workshop");
    if (keys) {
        if (header.workshop_id != keys->workshop_id)
            throw BundleError("this bundle belongs to another workshop" + named_workshop(header.workshop_id));
        if (!keys->pairing_token.empty() &&
            !is_member(*keys, header.device_id, header.device_public_key, header.membership_proof))
            throw BundleError("this bundle comes from a device that never joined this workshop");
    }

    // Both sections must fill the rest exactly, and each count must fit its section.
    if (header.operation_bytes > front.left() || header.blob_bytes != front.left() - header.operation_bytes)
        throw bad("the sizes in its header do not match the file (" + std::to_string(header.operation_bytes) + " + " +
                  std::to_string(header.blob_bytes) + " bytes claimed, " + std::to_string(front.left()) + " present)");
    if (header.operation_count * min_operation_bytes > header.operation_bytes ||
        header.blob_count * min_blob_bytes > header.blob_bytes)
        throw bad("its header claims more items than the file can hold");

    ByteReader operations(front.take(header.operation_bytes), "the bundle's operations");
    bundle.operations.reserve(header.operation_count);
    bundle.facts.reserve(header.operation_count);
    std::uint64_t previous = 0;
    const std::int64_t latest_wall_ms = wall_clock_ms() + 366LL * 24 * 3600 * 1000;
    constexpr std::uint32_t max_logical = 1u << 30;
    for (std::uint32_t i = 0; i < header.operation_count; ++i) {
        Operation op;
        op.id.device = header.device_id;
        op.id.sequence = operations.integer<std::uint64_t>();
        op.stamp.wall_ms = operations.integer<std::int64_t>();
        op.stamp.logical = operations.integer<std::uint32_t>();
        op.kind = static_cast<OperationKind>(operations.integer<std::uint16_t>());
        op.payload = std::string(operations.sized());
        if (op.id.sequence <= previous) throw bad("its operations are out of order");
        // A stamp far in the future would win every later edit of the same field, the
        // facilitator's included, for as long as it is ahead: refused.
        if (op.stamp.wall_ms > latest_wall_ms || op.stamp.logical > max_logical)
            throw BundleError("operation " + std::to_string(op.id.sequence) +
                              " in this bundle is dated more than a year ahead: the device's clock is wrong, or the "
                              "bundle was made to overrule other changes");
        previous = op.id.sequence;
        try {
            bundle.facts.push_back(check_operation(op));
        } catch (const FormatError& error) {
            throw BundleError("operation " + std::to_string(op.id.sequence) + " in this bundle cannot be read: " + error.what());
        }
        bundle.operations.push_back(std::move(op));
    }
    if (!operations.done()) throw bad("its operations section has extra bytes");
    // A damaged operation's number stands for it: it must be one the device made and
    // not also carried.
    for (const std::uint64_t sequence : header.damaged_sequences) {
        const auto at = std::lower_bound(bundle.operations.begin(), bundle.operations.end(), sequence,
                                         [](const Operation& op, std::uint64_t s) { return op.id.sequence < s; });
        const bool carried = at != bundle.operations.end() && at->id.sequence == sequence;
        if (sequence == 0 || (header.made_through && sequence > header.made_through) || carried)
            throw bad("it names a damaged change that cannot be one");
    }
    if (header.operation_count &&
        (header.first_sequence != bundle.operations.front().id.sequence || header.last_sequence != previous))
        throw bad("its header does not match its operations");

    // Every picture must be one an operation uses: one that none does would be kept on
    // the facilitator's disk and never shown, a way to fill it or to smuggle files in.
    std::unordered_set<std::string> used;
    for (const auto& facts : bundle.facts) used.insert(facts.blobs.begin(), facts.blobs.end());
    ByteReader blobs(front.take(header.blob_bytes), "the bundle's pictures");
    bundle.blobs.reserve(header.blob_count);
    for (std::uint32_t i = 0; i < header.blob_count; ++i) {
        const auto hash_of_blob = blobs.take(hash_bytes);
        const auto media_type = blobs.sized();
        if (media_type.size() > max_media_type_bytes) throw bad("a picture in it has an impossible type");
        std::string hash = to_hex(hash_of_blob);
        if (!used.count(hash))
            throw BundleError("this bundle carries a picture that none of its notes or drawings uses, so it is refused");
        const auto bytes = blobs.sized();
        if (raw_hash(bytes) != hash_of_blob) throw bad("a picture in it is damaged (its checksum does not match)");
        bundle.blobs.emplace_back(std::move(hash), std::string(media_type), bytes, held);
    }
    if (!blobs.done()) throw bad("its pictures section has extra bytes");
    return bundle;
}

}  // namespace

std::string write_bundle(const Bundle& bundle, std::string_view device_secret_key, const WorkshopKeys* seal_with) {
    ensure_crypto_ready();
    ByteWriter operations;
    for (const auto& op : bundle.operations) {
        // The body names the device once, in the header: another device's operation
        // would be signed as this device's own.
        if (op.id.device != bundle.header.device_id)
            throw std::logic_error("a bundle carries only its own device's operations");
        operations.integer(op.id.sequence);
        operations.integer(op.stamp.wall_ms);
        operations.integer(op.stamp.logical);
        operations.integer(static_cast<std::uint16_t>(op.kind));
        operations.sized(op.payload);
    }
    ByteWriter blobs;
    for (const auto& blob : bundle.blobs) {
        blobs.raw(raw_from_hex(blob.hash));
        blobs.sized(blob.media_type);
        blobs.sized(blob.bytes);
    }
    BundleHeader header = bundle.header;
    header.operation_count = static_cast<std::uint32_t>(bundle.operations.size());
    header.blob_count = static_cast<std::uint32_t>(bundle.blobs.size());
    header.operation_bytes = operations.bytes().size();
    header.blob_bytes = blobs.bytes().size();
    header.first_sequence = bundle.operations.empty() ? 0 : bundle.operations.front().id.sequence;
    header.last_sequence = bundle.operations.empty() ? 0 : bundle.operations.back().id.sequence;

    ByteWriter body;
    body.raw(body_magic);
    body.integer(bundle_format_version);
    body.sized(wire::encode(header));
    body.raw(operations.bytes());
    body.raw(blobs.bytes());
    const std::string hash = raw_hash(body.bytes());
    std::string signature(signature_bytes, '\0');
    if (device_secret_key.size() != crypto_sign_SECRETKEYBYTES) throw std::logic_error("not a signing key");
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes_of(hash), hash.size(),
                         bytes_of(device_secret_key));
    body.raw(hash);
    body.raw(signature);
    if (!seal_with) return std::move(body.bytes());

    ByteWriter sealed;
    sealed.raw(sealed_magic);
    sealed.integer(bundle_format_version);
    sealed.sized(header.workshop_id);
    sealed.integer(static_cast<std::uint64_t>(body.bytes().size()));
    sealed.raw(seal_to_workshop(*seal_with, body.bytes()));
    return std::move(sealed.bytes());
}

BundleCover read_cover(std::string_view file) {
    BundleCover cover;
    cover.size = file.size();
    try {
        const auto magic = file.substr(0, body_magic.size());
        cover.sealed = magic == sealed_magic;
        if (!cover.sealed && magic != body_magic) throw bad("it is not an Oogst bundle (the first bytes are wrong)");
        ByteReader reader(file, "the bundle");
        reader.take(magic.size());
        cover.format_version = reader.integer<std::uint32_t>();
        if (cover.format_version != bundle_format_version) return cover;
        if (cover.sealed) {
            const auto workshop = reader.sized();
            if (workshop.size() > 64) throw bad("its workshop name is impossible");
            cover.workshop_id = std::string(workshop);
        } else {
            const auto header_size = reader.integer<std::uint32_t>();
            if (header_size > max_header_bytes) throw bad("its header is larger than any real header");
            cover.workshop_id = wire::decode<BundleHeader>(reader.take(header_size)).workshop_id;
        }
    } catch (const BundleError&) {
        throw;
    } catch (const FormatError& error) {
        throw bad(error.what());
    }
    return cover;
}

namespace {

// owner: the string file views, when the caller handed it over: then the bundle is
// opened in it, and the pictures stay in it, so nothing the size of the file is copied.
Bundle read_any_bundle(std::string_view file, const WorkshopKeys* keys, std::string* owner) {
    ensure_crypto_ready();
    if (file.size() > max_bundle_bytes) throw BundleError("this bundle is larger than Oogst accepts (2 GB)");
    try {
        const auto cover = read_cover(file);
        if (cover.format_version != bundle_format_version) throw other_version(cover.format_version);
        if (!cover.sealed)
            return read_body(std::make_shared<const std::string>(owner ? std::move(*owner) : std::string(file)), keys);
        if (keys && cover.workshop_id != keys->workshop_id)
            throw BundleError("this bundle belongs to another workshop" + named_workshop(cover.workshop_id));
        if (!keys) throw BundleError("this bundle is sealed: only the facilitator's machine can open it");
        ByteReader reader(file, "the bundle");
        reader.take(8 + 4);
        reader.sized();
        const auto body_size = reader.integer<std::uint64_t>();
        if (body_size > reader.left()) throw bad("it is cut short");
        // file is not looked at again: with an owner, the opened body takes its place.
        auto body = std::make_shared<const std::string>(
            owner ? open_sealed(*keys, std::move(*owner), reader.position()) : open_sealed(*keys, file.substr(reader.position())));
        if (body->size() != body_size) throw bad("its sealed size does not match");
        Bundle bundle = read_body(body, keys);
        bundle.sealed = true;
        return bundle;
    } catch (const BundleError&) {
        throw;
    } catch (const FormatError& error) {
        throw bad(error.what());
    }
}

}  // namespace

Bundle read_bundle(std::string_view file, const WorkshopKeys* keys) { return read_any_bundle(file, keys, nullptr); }

Bundle read_bundle(std::string&& file, const WorkshopKeys* keys) {
    std::string owned = std::move(file);
    return read_any_bundle(owned, keys, &owned);
}

void check_bundle_front(std::string_view front, std::uint64_t file_size, const WorkshopKeys* keys) {
    if (file_size > max_bundle_bytes) throw BundleError("this bundle is larger than Oogst accepts (2 GB)");
    try {
        const auto cover = read_cover(front);
        if (cover.format_version != bundle_format_version) throw other_version(cover.format_version);
        if (keys && cover.workshop_id != keys->workshop_id)
            throw BundleError("this bundle belongs to another workshop" + named_workshop(cover.workshop_id));
        ByteReader reader(front, "the bundle");
        reader.take(body_magic.size() + 4);
        std::uint64_t announced = 0;
        if (cover.sealed) {
            reader.sized();
            const auto body_size = reader.integer<std::uint64_t>();
            if (body_size > max_bundle_bytes) throw bad("it announces more than any bundle holds");
            announced = reader.position() + sealed_size(body_size);
        } else {
            const auto header = wire::decode<BundleHeader>(reader.sized());
            if (header.operation_bytes > max_bundle_bytes || header.blob_bytes > max_bundle_bytes)
                throw bad("it announces more than any bundle holds");
            announced = reader.position() + header.operation_bytes + header.blob_bytes + hash_bytes + signature_bytes;
        }
        if (announced != file_size)
            throw bad("it is cut short or has bytes added (its header announces " + std::to_string(announced) +
                      " bytes, the file has " + std::to_string(file_size) + ")");
    } catch (const BundleError&) {
        throw;
    } catch (const FormatError& error) {
        throw bad(error.what());
    }
}

}  // namespace oogst
