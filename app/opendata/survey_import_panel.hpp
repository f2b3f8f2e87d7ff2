#pragma once
// The desk's import of an online survey (issue 17): the exports found on the sticks,
// beside the store and in Downloads as cards; the chosen one's columns mapped once to
// the parts of an idea, with the first ideas previewed as they will come in; then the
// import on its own thread with a progress bar, and what it added.
#include <filesystem>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The exports found as cards, and what the last import did or why it could not.
void draw_survey_import(Store& store, AppState& state, Ui& ui, float width);
// Once a file is chosen: its columns, each mapped to a part of an idea...
void draw_survey_columns(Store& store, AppState& state, Ui& ui, float width);
// ... and beside them the first ideas as they will come in, and the import with its progress.
void draw_survey_preview(Store& store, AppState& state, Ui& ui, float width);

// Reads file and proposes its columns (the recognised ones); a file that cannot be read
// leaves its problem on the panel.
void choose_survey_file(Store& store, SurveyImportState& import, const std::filesystem::path& file);

// The problem in the person's language, with its row.
std::string survey_problem_text(const Ui& ui, const SurveyProblem& problem);

}  // namespace oogst::app
