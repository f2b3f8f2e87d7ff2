#pragma once
// The on-screen keyboard for the app's text fields (app/widgets/keyboard/text_entry.hpp): Belgian AZERTY
// or Dutch QWERTY letters, a page of digits and punctuation, shift (tap: one capital;
// double tap: caps lock), accented letters on a long press, backspace that repeats
// while held, space, Enter and a key to put the keyboard away.
//
// The shell gives it a strip at the bottom of the screen that the screens do not use
// (so it never covers the field being typed in) and it sends the keys it is tapped with
// to the TextEntry. Every key records itself in the touch registry as
// "keyboard.key.<text or function>" and every accent choice as "keyboard.accent.<letter>".
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/shell/ui.hpp"
#include "app/widgets/keyboard/keyboard_icons.hpp"
#include "app/widgets/keyboard/keyboard_layouts.hpp"
#include "app/widgets/keyboard/text_entry.hpp"

namespace oogst::app {

// How long a finger rests on a letter before its accents show, and on backspace
// before it repeats; how fast it then repeats.
inline constexpr float long_press_seconds = 0.45f;
inline constexpr float backspace_repeat_after_seconds = 0.5f;
inline constexpr float backspace_repeats_per_second = 12;
// Two taps on shift this close together lock capitals.
inline constexpr double caps_lock_double_tap_seconds = 0.4;

class TouchKeyboard {
public:
    // The height of the keyboard on a screen of this size (pixels).
    float height(const Ui& ui, ImVec2 screen) const;

    // Draws the keyboard filling area (a window of its own) and sends what is tapped
    // to entry. The accent row of a long press may rise above the key rows but stays
    // inside area.
    void draw(Ui& ui, TextEntry& entry, const ImRect& area);

    // Back to lower-case letters with nothing open, as when the keyboard reappears. The
    // layout stays as the table chose it.
    void reset();

    const KeyboardLayout& layout() const { return keyboard_layouts()[layout_]; }
    // Switches to the layout with this id (the one the device remembered); an id no
    // layout has leaves the layout as it is.
    void use_layout(std::string_view id);

private:
    // The accented letters a long press opened, above the letter's key.
    struct AccentRow {
        std::vector<std::string> choices;  // the letter itself first, then its accents
        ImRect area;                       // the whole row, in screen pixels
        std::vector<ImRect> cells;
        bool finger_down = true;  // still the finger of the long press: it slides to choose
        ImVec2 opened_at;         // where that finger was when the row opened
    };

    void draw_key(Ui& ui, TextEntry& entry, const KeySpec& key, const ImRect& rect);
    void press(TextEntry& entry, const KeySpec& key);
    void type(TextEntry& entry, const std::string& text);
    void open_accents(const Ui& ui, const KeySpec& key, const ImRect& key_rect, const ImRect& area);
    void draw_accents(Ui& ui, TextEntry& entry);

    std::size_t layout_ = 0;  // into keyboard_layouts()
    bool symbols_ = false;    // the digits and punctuation page
    ShiftLook shift_ = ShiftLook::off;
    double last_shift_tap_ = -1;
    std::optional<AccentRow> accents_;
    ImGuiID ignore_release_ = 0;  // the key whose long press opened the accents
    int backspace_repeats_ = 0;   // in the current hold of backspace
};

}  // namespace oogst::app
