#pragma once
// The bar under a board where a participant types a note (on the touch keyboard the
// shell shows under it, or a physical one) and adds it.
#include <string>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// Records the draft as a text note on board of the open session. The draft is cleared
// only once the store has committed the note, and the board draws notes from the
// store, so a note is never shown before it is safe. A failure leaves the draft as it
// was and puts the reason in state.error. Blank drafts are ignored. True when added.
bool add_note(Store& store, AppState& state, const Ui& ui, const std::string& board);

// The text field and the "Toevoegen" button, width wide at the cursor; board_label
// names the column new notes go to, in the field's hint.
// Beside them, "Tekening" and "Foto" open the drawing and photo screens when method
// (nullable) allows those kinds.
void draw_note_composer(Store& store, AppState& state, Ui& ui, const std::string& board,
                        const std::string& board_label, const MethodTemplate* method, float width);

}  // namespace oogst::app
