#pragma once
// Human names for the method and board ids stored in sessions and captures
// ("droomsessie", "stad-2030"), from the method templates in the chosen language. An
// id no template knows (a template removed, a capture merged from elsewhere) is shown
// as written.
#include <string>

#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"

namespace oogst::app {

std::string method_label(const Ui& ui, const std::string& method_id);
std::string board_label(const Ui& ui, const std::string& method_id, const std::string& board_id);

// "1 notitie", "12 notities" in the chosen language.
std::string notes_count(const Ui& ui, std::size_t count);

}  // namespace oogst::app
