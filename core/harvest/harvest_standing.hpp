#pragma once
// Where a device stands with the facilitator: how much of its work the facilitator has
// acknowledged (receipts), how many of its captures still wait, and the table it served,
// which names its bundles. The Harvest screen shows it; the command line names files by it.
#include <cstdint>
#include <string>

#include "core/store/store.hpp"

namespace oogst {

// Where this device stands with the facilitator.
struct HarvestStanding {
    bool joined = false;                // the store holds a workshop's keys from a join file
    bool facilitator = false;           // ... with the secret key: this is the facilitator's machine
    std::string workshop_name;
    std::string hub;                    // the hub the join file named; empty: none
    std::uint64_t own = 0;              // operations this device made (its last sequence)
    std::uint64_t acknowledged = 0;     // 1..acknowledged are confirmed by the facilitator
    std::uint64_t waiting_captures = 0; // notes, drawings and photos among the rest
    std::string table;                  // the table most of this device's captures were made at

    std::uint64_t waiting() const { return own > acknowledged ? own - acknowledged : 0; }
    bool all_received() const { return own > 0 && acknowledged >= own; }
};

// Reads the standing from the store: the counts from SQLite, the table and the waiting
// captures from this device's own operations. Those are decoded again only when the
// counts differ from the previous standing's, so a screen may call this every second.
HarvestStanding read_standing(const Store& store, const HarvestStanding* previous = nullptr);

}  // namespace oogst
