#pragma once
// Building operations by hand, as if several devices had made them: the fold and merge
// tests need exact control over devices, sequences and clock stamps.
#include <string>
#include <vector>

#include "core/model/operation.hpp"
#include "core/model/wire.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::testing {

template <class Payload>
Operation make_operation(const std::string& device, std::uint64_t sequence, std::int64_t wall_ms,
                         const Payload& payload, std::uint32_t logical = 0) {
    return Operation{{device, sequence}, {wall_ms, logical}, Payload::kind, wire::encode(payload)};
}

// The state these operations fold to, applied in the order given.
inline WorkshopState fold(const std::vector<Operation>& operations) {
    WorkshopState state;
    for (const auto& op : operations) state.apply(op);
    return state;
}

}  // namespace oogst::testing
