#pragma once
// The wall's filters, in a row above it: a search (accents and case folded), "not filed
// yet", adults or children, the kind of capture, a minimum score, and "Filter ▾", a
// panel listing the tables, methods and boards to narrow to. Each says what it shows.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_wall_filters(Store& store, AppState& state, Ui& ui);

// Lasso and zoom (−/+, for fingers; a mouse wheel zooms too), at the header's right end.
float wall_tools_width(const Ui& ui);
void draw_wall_tools(AppState& state, Ui& ui);

// The panel of tables, methods and boards (open while state.wall.tables_open).
void draw_wall_filter_lists(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
