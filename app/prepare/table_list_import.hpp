#pragma once
// Importing the planners' list of tables: every *.csv on the sticks as a card; a tap
// adds all its tables, or none and lists each bad row in the facilitator's language.
#include <filesystem>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_table_list_import(Store& store, AppState& state, Ui& ui, float width);

// Reads file and adds its tables (all or none); what happened goes to the preparation's
// notice, or its problems to table_list_problems. Returns whether the tables were added.
bool import_table_list_file(Store& store, AppState& state, Ui& ui, const std::filesystem::path& file);

}  // namespace oogst::app
