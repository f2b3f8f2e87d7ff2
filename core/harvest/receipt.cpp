#include "core/harvest/receipt.hpp"

#include <sodium.h>

#include "core/errors.hpp"
#include "core/harvest/byte_reader.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

constexpr std::string_view receipt_magic = "OOGSTRCT";
constexpr std::uint32_t receipt_version = 1;

}  // namespace

// Everything but the signature, in a fixed layout: what the facilitator signs.
std::string Receipt::signed_part() const {
    ByteWriter out;
    out.raw(receipt_magic);
    out.integer(receipt_version);
    out.sized(workshop_id);
    out.sized(device_id);
    out.integer(held_through);
    out.integer(new_operations);
    out.integer(known_operations);
    out.integer(received_at_ms);
    return std::move(out.bytes());
}

std::string encode_receipt(const Receipt& receipt) {
    ByteWriter out;
    out.raw(receipt.signed_part());
    out.sized(receipt.signature);
    return std::move(out.bytes());
}

Receipt decode_receipt(std::string_view bytes) {
    ByteReader in(bytes, "the receipt");
    if (in.take(receipt_magic.size()) != receipt_magic) throw FormatError("this is not an Oogst receipt");
    if (in.integer<std::uint32_t>() != receipt_version) throw FormatError("this receipt was made by another version of Oogst");
    Receipt receipt;
    receipt.workshop_id = std::string(in.sized());
    receipt.device_id = std::string(in.sized());
    receipt.held_through = in.integer<std::uint64_t>();
    receipt.new_operations = in.integer<std::uint64_t>();
    receipt.known_operations = in.integer<std::uint64_t>();
    receipt.received_at_ms = in.integer<std::int64_t>();
    receipt.signature = std::string(in.sized());
    if (!in.done()) throw FormatError("the receipt has extra bytes");
    return receipt;
}

Receipt sign_receipt(const Store& facilitator, const std::string& device_id, std::uint64_t new_operations,
                     std::uint64_t known_operations) {
    const auto keys = facilitator.workshop_keys();
    if (!keys || !keys->is_facilitator()) throw UserError("only the facilitator's machine signs receipts");
    Receipt receipt;
    receipt.workshop_id = keys->workshop_id;
    receipt.device_id = device_id;
    receipt.held_through = facilitator.held_through(device_id);
    receipt.new_operations = new_operations;
    receipt.known_operations = known_operations;
    receipt.received_at_ms = wall_clock_ms();
    receipt.signature = facilitator.sign(receipt.signed_part());
    return receipt;
}

bool receipt_is_genuine(const Receipt& receipt, const WorkshopKeys& keys) {
    ensure_crypto_ready();
    if (receipt.workshop_id != keys.workshop_id) return false;
    if (keys.facilitator_key.size() != crypto_sign_PUBLICKEYBYTES || receipt.signature.size() != crypto_sign_BYTES)
        return false;
    const std::string message = receipt.signed_part();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(receipt.signature.data()),
                                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       reinterpret_cast<const unsigned char*>(keys.facilitator_key.data())) == 0;
}

bool receipt_is_news(const Receipt& receipt, std::optional<std::int64_t> newest_ms, std::uint64_t acknowledged) {
    if (!newest_ms) return receipt.held_through > 0;
    if (receipt.received_at_ms > *newest_ms) return receipt.held_through != acknowledged;
    return receipt.received_at_ms == *newest_ms && receipt.held_through > acknowledged;
}

}  // namespace oogst
