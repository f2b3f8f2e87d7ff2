// The staff's screens for `oogst --screenshot FILE --screen kiosk-…`: the PIN pad with
// two digits typed (kiosk-pin) or waiting after wrong tries (kiosk-pin-wait), the staff menu, moderation on its waiting works, and the settings
// (the first set-up when the kiosk has none).
#include "app/kiosk/staff/kiosk_staff_demo.hpp"

#include "app/kiosk/staff/kiosk_settings_screen.hpp"
#include "app/kiosk/staff/kiosk_work_details.hpp"
#include "core/kiosk/kiosk_moderation.hpp"

namespace oogst::app {

void show_kiosk_staff_screen(const std::string& name, Store& store, AppState& state) {
    KioskStaff& staff = state.kiosk.staff;
    const bool set_up = state.kiosk.settings && store.has_kiosk_pin();
    if (name == "kiosk-pin") {
        staff.screen = KioskStaffScreen::pin;
        staff.pin = "12";  // dots show what a half-typed PIN looks like
        return;
    }
    // After too many wrong tries: the message with its countdown, the pad disabled.
    if (name == "kiosk-pin-wait") {
        staff.screen = KioskStaffScreen::pin;
        staff.message = PinMessage::waiting;
        staff.wait_until_ms = staff.now_ms() + 40'000;
        return;
    }
    // Without a kiosk set up, these screens are its first set-up (what open_kiosk shows).
    if (name == "kiosk-menu") {
        if (set_up) staff.screen = KioskStaffScreen::menu;
        return;
    }
    if (name == "kiosk-moderation") {
        if (set_up) {
            staff.screen = KioskStaffScreen::moderation;
            staff.tab = ModerationTab::waiting;
        }
        return;
    }
    // A shown work's details: its name, and each of its three consents.
    if (name == "kiosk-details") {
        if (!set_up || !state.kiosk.settings) return;
        staff.screen = KioskStaffScreen::moderation;
        staff.tab = ModerationTab::shown;
        const auto shown = kiosk_works(store.state(), state.kiosk.settings->session_id, WorkStatus::shown);
        if (!shown.empty()) open_work_details(staff, store, shown.front().id);
        return;
    }
    if (name == "kiosk-settings") {
        staff.screen = KioskStaffScreen::settings;
        load_kiosk_settings_edit(store, state);
    }
}

}  // namespace oogst::app
