#pragma once
// Human names for the method and board ids stored in sessions and captures
// ("droomsessie", "stad-2030"). A later issue reads them from the method templates in
// assets/templates/; until then the dream session's names live here, and an unknown id
// is shown as written.
#include <string>

namespace oogst::app {

std::string method_label(const std::string& method_id);
std::string board_label(const std::string& board_id);

// The board a new note goes to on a session of method that has no notes yet: for a
// dream session its ideas board, where most notes land; "" (no board, the notes form
// a grid) for methods whose boards are not known here yet.
std::string first_note_board(const std::string& method_id);

}  // namespace oogst::app
