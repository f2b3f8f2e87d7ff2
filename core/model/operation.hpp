#pragma once
// An operation is one change made on one device: the only thing a store keeps and the
// only thing bundles carry. The state of a workshop is a pure fold over a set of them.
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>

#include "core/model/hybrid_clock.hpp"

namespace oogst {

// Stable numbers: they are written to stores and bundles. Never reuse or renumber.
enum class OperationKind : std::uint16_t {
    workshop_set = 1,
    session_set = 2,
    session_deleted = 3,
    session_table_set = 4,  // the table renames itself or counts its participants
    capture_added = 10,
    capture_text_edited = 11,
    capture_moved = 12,
    capture_consent_set = 13,
    capture_deleted = 14,
    capture_restored = 15,  // undoes a deletion (the table's undo)
    vote_cast = 20,
    key_set = 30,
    key_deleted = 31,
    key_membership_set = 32,
};

bool is_known_kind(std::uint16_t kind);
std::string_view kind_name(OperationKind kind);

struct OperationId {
    std::string device;
    std::uint64_t sequence = 0;

    auto operator<=>(const OperationId&) const = default;
};

struct Operation {
    OperationId id;
    Stamp stamp;
    OperationKind kind{};
    std::string payload;  // wire::encode of the payload type that belongs to kind
};

// The total order last-writer-wins decides by: the clock stamp, then the device and
// sequence so that two devices writing in the same instant still agree on a winner.
inline auto write_order(const Operation& op) {
    return std::tie(op.stamp, op.id.device, op.id.sequence);
}

}  // namespace oogst
