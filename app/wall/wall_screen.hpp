#pragma once
// The facilitator's wall (Ordenen, --screen wall): every capture of every session on
// one surface, filtered and searched, zoomed and panned, chosen and filed under the
// workshop's keys. It files, piles and names; it never edits a participant's words.
#include <cstddef>
#include <functional>
#include <string>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_wall_screen(Store& store, AppState& state, Ui& ui);

// Works the wall's cards out again when the store or the filter changed since, and
// takes in piles made on their own thread. wake: how that thread asks for a frame
// (Ui::wake).
void refresh_wall(const Store& store, WallState& wall, const std::function<void()>& wake);

// A count as the language writes it: 1.180 (nl), 1 180 (fr), 1,180 (en).
std::string count_text(const Ui& ui, std::size_t count);

}  // namespace oogst::app
