#pragma once
// What the staff's side of the kiosk remembers between frames: the PIN pad, the staff
// menu, moderation and the settings being edited. No ImGui here.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/kiosk/kiosk_settings.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/hybrid_clock.hpp"

namespace oogst::app {

enum class KioskStaffScreen {
    none,        // the children's side is shown
    pin,         // the PIN pad, reached from the discreet corner button
    menu,        // after the right PIN: moderation, settings, leave the kiosk, back to the children
    moderation,  // waiting, shown and hidden works
    settings,    // title, schools and classes, idle times, PIN (also the first set-up)
};

// Untouched this long, any staff screen goes back to the children by itself: a teacher
// who walks away must not leave moderation or the way out open to the next child.
inline constexpr double kiosk_staff_idle_seconds = 180;
// However busy, one right PIN opens the staff side for this long at most; then the PIN
// is asked again, so a teacher who walks away from a screen children keep touching does
// not leave the way out open.
inline constexpr double kiosk_staff_unlock_seconds = 600;

// What the PIN pad says under its dots.
enum class PinMessage {
    none,
    wrong,    // "Verkeerde code"
    waiting,  // too many wrong tries: a countdown, the pad disabled
    no_pin,   // the kiosk has no PIN (cannot happen once set up; said all the same)
};

enum class ModerationTab { waiting, shown, hidden, drafts };

// The settings screen's copy of the settings while they are edited: nothing reaches
// the store before "Bewaren", and then only when check_kiosk_settings accepts them.
struct KioskSettingsEdit {
    bool loaded = false;       // filled from the kiosk's settings when the screen opened
    bool first_setup = false;  // no settings or no PIN yet: a PIN is required
    KioskSettings settings;
    std::string new_school;               // the school being typed
    std::vector<std::string> new_class;   // per school, the class being typed
    std::string pin, pin_again;           // a new PIN, typed twice; empty: keep the old one
    std::string in_view;                  // the field last scrolled into view for the keyboard
};

struct KioskStaff {
    KioskStaffScreen screen = KioskStaffScreen::none;
    std::string pin;  // digits typed on the pad so far
    PinMessage message = PinMessage::none;
    std::int64_t wait_until_ms = 0;  // the pad takes no try before this wall-clock time
    double last_touch = -1;          // UI clock (ImGui::GetTime) of the last touch; -1: not yet
    double unlocked_at = -1;         // UI clock when the right PIN was typed; -1: locked
    ModerationTab tab = ModerationTab::waiting;
    std::string confirm_delete;  // the draft whose "throw away" waits for a second tap
    std::vector<std::string> selected;  // waiting works chosen to be shown together
    // The work (or draft) whose details are open over moderation: its first name being
    // corrected, its consents, or, for a draft, the school and class a teacher completes.
    std::string details;
    bool details_is_draft = false;
    std::string details_name;  // the first name in the field
    KioskWork completing;      // the draft being completed
    KioskSettingsEdit edit;
    // The wall clock the PIN's back-off is measured with. Kept when the kiosk is opened
    // or left (kiosk_screen.cpp), so tests can move time without sleeping.
    std::function<std::int64_t()> now_ms = wall_clock_ms;
};

}  // namespace oogst::app
