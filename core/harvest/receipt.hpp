#pragma once
// A receipt: the facilitator's machine signs that it holds every operation of a device
// up to a sequence number. A device keeps its receipts; "export only what is new" and
// the Harvest screen's "everything is with the facilitator" are computed from them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/harvest/workshop_keys.hpp"

namespace oogst {

class Store;

struct Receipt {
    std::string workshop_id;
    std::string device_id;
    std::uint64_t held_through = 0;  // the facilitator holds sequences 1..held_through
    std::uint64_t new_operations = 0, known_operations = 0;  // of the push it answers
    std::int64_t received_at_ms = 0;
    std::string signature;  // Ed25519 by the facilitator's device key, over signed_part()

    std::string signed_part() const;
};

std::string encode_receipt(const Receipt& receipt);
// Throws FormatError when the bytes are not a receipt.
Receipt decode_receipt(std::string_view bytes);

// The facilitator's side (the hub, a stick): a receipt for a device, signed by this
// machine's device key, for everything of it this store holds without a gap. UserError
// on a store that is not the facilitator's.
Receipt sign_receipt(const Store& facilitator, const std::string& device_id, std::uint64_t new_operations,
                     std::uint64_t known_operations);

// True when the facilitator of these keys signed it, for this workshop.
bool receipt_is_genuine(const Receipt& receipt, const WorkshopKeys& keys);

// Whether a genuine receipt changes what the device counts as handed in, given the
// newest receipt it holds (signed at newest_ms, for 1..acknowledged). The newest signed
// receipt speaks for the facilitator's store as it is now: one that says less than an
// older one means that store lost work (a backup put back, another laptop), and the
// device then sends that work again instead of believing it safe.
bool receipt_is_news(const Receipt& receipt, std::optional<std::int64_t> newest_ms, std::uint64_t acknowledged);

}  // namespace oogst
