#pragma once
// An operation is one change made on one device: the only thing a store keeps and the
// only thing bundles carry. The state of a workshop is a pure fold over a set of them.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "core/model/hybrid_clock.hpp"
#include "core/model/operation_kinds.hpp"

namespace oogst {

// The numbers are stable (operation_kinds.hpp): never reused or renumbered.
enum class OperationKind : std::uint16_t {
#define OOGST_KIND_NUMBER(name, number, Payload, subject) name = number,
    OOGST_OPERATION_KINDS(OOGST_KIND_NUMBER)
#undef OOGST_KIND_NUMBER
};

// What an operation changes.
enum class Subject : std::uint8_t { workshop, session, capture, theme, roadmap };

// Every kind, in the list's order.
inline constexpr OperationKind all_kinds[] = {
#define OOGST_KIND_VALUE(name, number, Payload, subject) OperationKind::name,
    OOGST_OPERATION_KINDS(OOGST_KIND_VALUE)
#undef OOGST_KIND_VALUE
};
inline constexpr std::size_t kind_count = sizeof all_kinds / sizeof all_kinds[0];

bool is_known_kind(std::uint16_t kind);
std::string_view kind_name(OperationKind kind);
// Empty for a kind this version does not know.
std::optional<Subject> kind_subject(OperationKind kind);

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
