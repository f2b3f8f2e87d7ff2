#pragma once
// The piles the wall shows: near-duplicates grouped so a repeated dream is one card
// with its size as support. A capture the facilitator took out of its pile
// (CaptureKeptApart) is never piled.
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/sense/sense_input.hpp"

namespace oogst {

// Groups of two or more capture ids, each sorted, in the order of their first id.
std::vector<std::vector<std::string>> wall_piles(const WorkshopState& state);

}  // namespace oogst
