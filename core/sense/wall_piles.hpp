#pragma once
// The piles the wall shows: near-duplicates grouped so a repeated dream is one card
// with its size as support. A capture the facilitator took out of its pile
// (CaptureKeptApart) is never piled.
#include <stop_token>
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/sense/sense_input.hpp"

namespace oogst {

// Groups of two or more capture ids, each sorted, in the order of their first id.
using WallPiles = std::vector<std::vector<std::string>>;

WallPiles wall_piles(const WorkshopState& state);
// The same from a copy of the captures (sense_input): plain values, so the wall can make
// its piles on a thread of its own while the state changes. With stop requested it
// returns early, with piles that are not to be shown.
WallPiles wall_piles(const SenseInput& input, std::stop_token stop = {});

}  // namespace oogst
