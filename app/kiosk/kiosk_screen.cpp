#include "app/kiosk/kiosk_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <exception>
#include <utility>

#include "app/kiosk/child/kiosk_child.hpp"
#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/staff/kiosk_staff.hpp"
#include "core/model/hybrid_clock.hpp"

namespace oogst::app {
namespace {

// The end of the last turn as the photo step needs it. A kiosk that stopped in the
// middle of a turn (a power cut) ends that turn now, so the next child does not see that
// child's photos; an end noted in the future (the clock was set back since) becomes now,
// or no photo would appear until the clock caught up.
void settle_last_turn(Store& store) {
    const std::int64_t now = wall_clock_ms();
    const std::int64_t ended = store.kiosk_turn_ended_ms();
    if (store.kiosk_turn_started_ms() > ended || ended > now) store.set_kiosk_turn_ended_ms(now);
}

}  // namespace

void open_kiosk(Store& store, AppState& state) {
    KioskState& kiosk = state.kiosk;
    const bool quit_on_leave = kiosk.quit_on_leave;
    auto now_ms = std::move(kiosk.staff.now_ms);  // the app's clock, not this visit's
    auto unsaved = std::move(kiosk.unsaved_drafts);
    kiosk = KioskState{};
    kiosk.quit_on_leave = quit_on_leave;
    kiosk.staff.now_ms = std::move(now_ms);
    kiosk.unsaved_drafts = std::move(unsaved);
    try {
        kiosk.settings = store.kiosk_settings();
        const bool set_up = kiosk.settings && store.has_kiosk_pin();
        if (set_up) settle_last_turn(store);
        kiosk.opened = true;
        state.screen = Screen::kiosk;
        // Not set up on this device: whoever opened it sets it up, unlocked.
        if (!set_up) kiosk.staff.screen = KioskStaffScreen::settings;
        kiosk.locked = set_up;
    } catch (const std::exception& error) {
        // A store that cannot say how its kiosk is set up (damaged, unreadable) cannot
        // run one: the start screen says why.
        kiosk.opened = false;
        state.screen = Screen::start;
        state.error = error.what();
    }
}

void leave_kiosk(Store& store, AppState& state, Ui& ui) {
    KioskState& kiosk = state.kiosk;
    put_kiosk_turn_away(store, kiosk, ui);  // a child's work in the middle: a draft
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
    if (!state.kiosk.opened) return;
    KioskState& kiosk = state.kiosk;
    if (kiosk.staff.screen != KioskStaffScreen::none) {
        // The PIN pad is not the PIN: while it is up, a child's work in the middle keeps
        // its deadline, so a curious tap on the lock (or children playing with the pad)
        // never keeps one child's work on screen for the next.
        const bool on_the_pad = kiosk.staff.screen == KioskStaffScreen::pin;
        if (on_the_pad && kiosk.locked && kiosk.settings && kiosk.child.step != KioskStep::loop &&
            kiosk.child.step != KioskStep::thanks &&
            kiosk_now() - kiosk.child.last_input >= kiosk.settings->idle_seconds + kiosk.settings->countdown_seconds) {
            put_kiosk_turn_away(store, kiosk, ui);
            close_kiosk_staff(kiosk.staff);
            return;
        }
        draw_kiosk_staff(store, state, ui);
        // Back from behind the PIN, a child's work in the middle gets its full idle time
        // again: the minutes the teacher spent there were not the child walking away.
        if (kiosk.staff.screen == KioskStaffScreen::none && !on_the_pad) kiosk.child.last_input = kiosk_now();
        return;
    }
    draw_kiosk_child(store, state, ui);
    draw_kiosk_staff_corner(state, ui);
}

}  // namespace oogst::app
