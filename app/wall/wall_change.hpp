#pragma once
// A change the facilitator makes on the wall or a key's page: on success the last
// failure is forgotten; a failure (a full disk, a key deleted on another laptop) is
// said over the screen in the person's language, and the store is as it was.
#include <exception>

#include "app/shell/app_state.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

template <class Work>
void wall_change(AppState& state, const Ui& ui, Work&& work) {
    try {
        work();
        state.error.clear();
    } catch (const std::exception& error) {
        state.error = ui.tr("wall.not_saved", {{"reason", error_text(ui, error)}});
    }
}

}  // namespace oogst::app
