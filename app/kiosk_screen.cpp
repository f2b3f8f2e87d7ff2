#include "app/kiosk_screen.hpp"

#include <imgui.h>

#include <utility>

#include "app/kiosk_child.hpp"
#include "app/kiosk_staff.hpp"

namespace oogst::app {

void open_kiosk(Store& store, AppState& state) {
    KioskState& kiosk = state.kiosk;
    const bool quit_on_leave = kiosk.quit_on_leave;
    auto now_ms = std::move(kiosk.staff.now_ms);  // the app's clock, not this visit's
    kiosk = KioskState{};
    kiosk.quit_on_leave = quit_on_leave;
    kiosk.staff.now_ms = std::move(now_ms);
    kiosk.opened = true;
    kiosk.settings = store.kiosk_settings();
    state.screen = Screen::kiosk;
    if (!kiosk.settings || !store.has_kiosk_pin()) {
        // Not set up on this device: whoever opened it sets it up, unlocked.
        kiosk.staff.screen = KioskStaffScreen::settings;
        return;
    }
    kiosk.locked = true;
}

void leave_kiosk(AppState& state) {
    KioskState& kiosk = state.kiosk;
    kiosk.locked = false;
    kiosk.opened = false;
    auto now_ms = std::move(kiosk.staff.now_ms);
    kiosk.staff = KioskStaff{};
    kiosk.staff.now_ms = std::move(now_ms);
    kiosk.child = KioskChild{};
    if (kiosk.quit_on_leave) kiosk.quit = true;
    state.screen = Screen::start;
}

void draw_kiosk_screen(Store& store, AppState& state, Ui& ui) {
    if (!state.kiosk.opened) open_kiosk(store, state);
    if (state.kiosk.staff.screen != KioskStaffScreen::none) {
        draw_kiosk_staff(store, state, ui);
        // Back from the staff side, a child's work in the middle of being made gets its
        // full idle time again: the minutes the teacher spent behind the PIN were not
        // the child walking away.
        if (state.kiosk.staff.screen == KioskStaffScreen::none) state.kiosk.child.last_input = ImGui::GetTime();
        return;
    }
    draw_kiosk_child(store, state, ui);
    draw_kiosk_staff_corner(state, ui);
}

}  // namespace oogst::app
