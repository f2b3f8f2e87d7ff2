#pragma once
// A chosen photo becoming a capture: its original and preview stored as blobs and the
// capture recorded, all in one transaction; and the sentence for a photo that cannot
// be used.
#include <string>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"
#include "platform/photo_import.hpp"

namespace oogst::app {

// Adds photo to the open session, in the column state.capture_board, after the notes
// already there. On failure the reason is in state.error and nothing is stored.
bool add_photo_capture(Store& store, AppState& state, const Ui& ui, const platform::ImportedPhoto& photo);

// What the ambassador reads when file_name cannot be used, in the UI's language.
std::string photo_problem_sentence(const Ui& ui, const std::string& file_name, const platform::PhotoFailure& failure);

}  // namespace oogst::app
