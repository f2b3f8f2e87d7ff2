#pragma once
// The merge report on the desk: a summary line, then one row per bundle that
// arrived (newest on top): which device or table, merged / already imported / rejected
// with the reason, how many changes were new or already known, and per session the new
// notes, drawings and photos.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/desk/desk_state.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

// What the newest import (or push) brought: the summary counts one stick at a time, not
// a running total over the evening, which would hide that the last stick brought nothing.
struct ArrivalCounts {
    std::size_t bundles = 0, merged = 0, known = 0, rejected = 0;
    std::uint64_t new_operations = 0;
};
ArrivalCounts newest_batch_counts(const std::vector<DeskArrival>& arrivals);

// Draws the report, width wide, its rows scrolling in the height left: a summary of the
// newest import or push, the receipts it left on the stick, then every arrival.
void draw_merge_report(Ui& ui, const Desk& desk, float width);

// Who a bundle came from, in words: its tables' names, else "Device 3f9a1c2b".
std::string arrival_source(const Ui& ui, const DeskArrival& arrival);

}  // namespace oogst::app
