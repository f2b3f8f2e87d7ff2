#pragma once
// What the wall's piles and its cards' places are made from, each in one number. A vote
// or a filing leaves both as they were: the wall then brings its cards' support and
// keys up to date without making piles or laying the cards out again, which is what
// keeps a frame right after a change short on a wall of thousands.
#include <cstddef>

#include "core/model/workshop_state.hpp"

namespace oogst {

struct WallFingerprint {
    // Changes with a capture's words, its being live or shown, and its being kept apart:
    // what piles are made from (wall_piles).
    std::size_t words = 0;
    // Changes with the words and with a card's session (merged or renamed), its board and
    // place, and the sessions' order: what the cards' order and their own fields are
    // made from (lay_out_wall).
    std::size_t places = 0;

    bool operator==(const WallFingerprint&) const = default;
};

// One pass over the captures. Hashed: two states could in principle share a number,
// as two texts share a hash; the wall takes that chance as it did for its piles.
WallFingerprint wall_fingerprint(const WorkshopState& state);

}  // namespace oogst
