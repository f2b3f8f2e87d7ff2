#pragma once
// The debate screen's side panel: one initiative's words (title, owner, horizon,
// description, status), its actions (added, and moved on with a tap: open → running →
// done → dropped), and what it answers: the captures linked as its evidence, taken
// back with ✕, added from the key's strongest dreams in a picker.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The open initiative (or the new one's form) of key, width wide.
void draw_initiative_panel(Store& store, AppState& state, Ui& ui, const ThemeSet& key, float width);
// Over the screen while linking: the key's cards, each linked or not with a tap.
void draw_evidence_picker(Store& store, AppState& state, Ui& ui, const ThemeSet& key);

}  // namespace oogst::app
