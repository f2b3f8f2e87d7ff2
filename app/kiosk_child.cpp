// Placeholder until the children's side lands (issue 4): the helper replaces this file.
#include "app/kiosk_child.hpp"

namespace oogst::app {

void draw_kiosk_child(Store&, AppState&, Ui&) {}

}  // namespace oogst::app
