#pragma once
// The kiosk: a child's side (the loop and the submission flow, kiosk_child.hpp) and a
// staff side behind the PIN (kiosk_staff.hpp). While locked, the window fills the
// monitor and refuses to close; main.cpp applies `locked` to the window every frame.
#include <optional>
#include <vector>

#include "app/kiosk/child/kiosk_child_state.hpp"
#include "app/kiosk/staff/kiosk_staff_state.hpp"
#include "core/kiosk/kiosk_settings.hpp"

namespace oogst::app {

struct KioskState {
    bool opened = false;                    // settings loaded for this visit (open_kiosk)
    std::optional<KioskSettings> settings;  // none until the kiosk is set up on this device
    bool locked = false;         // lock-down: full screen, close and key combinations ignored
    bool quit_on_leave = false;  // the app was started as a kiosk (--kiosk): leaving ends it
    bool quit = false;           // the app should end now (main.cpp reads it)
    KioskChild child;
    KioskStaff staff;
    // Drafts of children who walked away that the store could not take (a full disk):
    // kept here, out of sight, tried again at every turn's end and on the staff menu,
    // which counts them.
    std::vector<KioskWork> unsaved_drafts;
};

}  // namespace oogst::app
