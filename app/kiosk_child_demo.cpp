// Placeholder until the children's side lands (issue 4): the helper replaces this file.
#include "app/kiosk_child_demo.hpp"

namespace oogst::app {

bool show_kiosk_child_screen(const std::string&, Store&, AppState&) { return false; }

}  // namespace oogst::app
