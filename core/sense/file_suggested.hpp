#pragma once
// Accepting suggestions: files each capture under its suggested theme.
#include <vector>

#include "core/sense/filing.hpp"

namespace oogst {

class Store;

// Files every suggestion with at least min_confidence; returns how many were filed.
// Records KeyMembershipSet directly for now: the key work (issue 13, the facilitator's
// filing with rejections as operations) brings one filing function, and this is the
// one place to route through it when the two meet.
std::size_t file_suggested(Store& store, const std::vector<FilingSuggestion>& suggestions, double min_confidence);

}  // namespace oogst
