#pragma once
// Merges of one thing into another (sessions, themes) form trees: the facilitator
// merges four tablets' "Tafel 1" into one, or two keys into one. Each merge is a
// last-writer-wins register on what is merged ("into": its target, or empty when the
// merge was undone). The root each merged id counts under is a pure function of the
// registers, so every device folding the same operations agrees.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/last_writer_wins.hpp"

namespace oogst {

struct MergeLink {
    const std::string* from;
    const LastWriterWins<std::string>* into;
};

// Merged id -> the root it counts under, for every merge that stands. Merges that would
// close a circle are left out, decided in write order: taken from the earliest written
// on, a merge whose target already leads back to what it merges is skipped (so in a
// circle, the merge written last does not count).
std::unordered_map<std::string, std::string> merge_roots(std::vector<MergeLink> links);

}  // namespace oogst
