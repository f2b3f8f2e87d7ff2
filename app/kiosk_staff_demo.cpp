// Placeholder until the staff's side lands (issue 4): the helper replaces this file.
#include "app/kiosk_staff_demo.hpp"

namespace oogst::app {

bool show_kiosk_staff_screen(const std::string&, Store&, AppState&) { return false; }

}  // namespace oogst::app
