#pragma once
// Accepting suggestions: files each capture under its suggested theme.
#include <vector>

#include "core/sense/filing.hpp"

namespace oogst {

class Store;
class UndoHistory;

// Files every suggestion with at least min_confidence, through ThemeActions as a tap on
// the wall would (one undo step per key); returns how many were filed.
std::size_t file_suggested(Store& store, UndoHistory& history, const std::vector<FilingSuggestion>& suggestions,
                           double min_confidence);

}  // namespace oogst
