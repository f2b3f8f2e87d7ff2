// Placeholder until the staff's side lands (issue 4): the helper replaces this file.
#include "app/kiosk_staff.hpp"

namespace oogst::app {

void draw_kiosk_staff_corner(AppState&, Ui&) {}
void draw_kiosk_staff(Store&, AppState&, Ui&) {}

}  // namespace oogst::app
