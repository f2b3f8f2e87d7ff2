#pragma once
// The merge report on the desk: a summary line, then one row per bundle that
// arrived (newest on top): which device or table, merged / already imported / rejected
// with the reason, how many changes were new or already known, and per session the new
// notes, drawings and photos.
#include <string>
#include <vector>

#include "app/desk/desk_state.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

// Draws the report, width wide, its rows scrolling in the height left.
void draw_merge_report(Ui& ui, const std::vector<DeskArrival>& arrivals, float width);

// Who a bundle came from, in words: its tables' names, else "Device 3f9a1c2b".
std::string arrival_source(const Ui& ui, const DeskArrival& arrival);

}  // namespace oogst::app
