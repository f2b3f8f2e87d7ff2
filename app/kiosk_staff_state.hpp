#pragma once
// What the staff's side of the kiosk remembers between frames: the PIN pad, the staff
// menu, moderation and the settings being edited. No ImGui here.
#include <string>

namespace oogst::app {

enum class KioskStaffScreen {
    none,        // the children's side is shown
    pin,         // the PIN pad, reached from the discreet corner button
    menu,        // after the right PIN: moderation, settings, leave the kiosk, back to the children
    moderation,  // waiting, shown and hidden works
    settings,    // title, schools and classes, idle times, PIN (also the first set-up)
};

struct KioskStaff {
    KioskStaffScreen screen = KioskStaffScreen::none;
    std::string pin;  // digits typed on the pad so far
};

}  // namespace oogst::app
