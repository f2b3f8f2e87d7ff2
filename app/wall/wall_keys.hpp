#pragma once
// The keys' panel beside the wall: a tile per key (its colour, its name, how many cards
// it holds), where carried cards are dropped and a tap opens the key's page; and "New
// key", made from the chosen cards when some are chosen, named in a small panel.
#include <vector>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "app/wall/wall_canvas.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Draws the panel width wide in the rest of the current window's height; returns its
// tiles, for the canvas to drop onto.
std::vector<DropTarget> draw_wall_keys(Store& store, AppState& state, Ui& ui, float width);

// The panel that names a new key (open while state.wall.naming).
void draw_new_key_panel(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
