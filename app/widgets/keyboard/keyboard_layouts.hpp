#pragma once
// The touch keyboard's layouts as plain data: which keys, in which rows, how wide, and
// the accented letters a long press on a letter offers. Nothing here draws; the
// keyboard (app/touch_keyboard.*) lays these out, and the tests read them directly.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace oogst::app {

// Every row of every page is this many key widths wide.
inline constexpr float keys_per_row = 10;

enum class KeyKind {
    character,  // types its text (its shifted text while shift is on)
    shift,
    backspace,
    space,
    enter,
    page,    // letters ⇄ digits and punctuation
    layout,  // the next layout (Belgian AZERTY ⇄ Dutch QWERTY)
    hide,    // puts the keyboard away (the field loses the focus)
};

struct KeySpec {
    KeyKind kind = KeyKind::character;
    std::string_view text;     // what a character key types, and its name; empty otherwise
    std::string_view shifted;  // what it types with shift on
    float width = 1;           // in key widths; a row is 10 wide
};

// Left to right; the widths of a row add up to keys_per_row.
using KeyRow = std::vector<KeySpec>;

struct KeyboardPage {
    std::vector<KeyRow> rows;  // top to bottom
};

struct KeyboardLayout {
    std::string_view id;        // "azerty-be", "qwerty-nl"
    std::string_view name_key;  // its name (in assets/i18n/keyboard.yaml), on the space bar
    KeyboardPage letters;
};

// The layouts in the order the layout key steps through them; the first is the default.
std::span<const KeyboardLayout> keyboard_layouts();
const KeyboardLayout& belgian_azerty();
const KeyboardLayout& dutch_qwerty();

// Digits and punctuation, the same for every layout (the "?123" key).
const KeyboardPage& symbols_page();

// A letter and its accented forms, lower and upper case in the same order.
struct AccentSet {
    std::string_view letter;
    std::vector<std::string_view> lower;
    std::vector<std::string_view> upper;
};

// What a long press on letter (lower case) offers; empty for a letter without accents.
const AccentSet* accents_of(std::string_view letter);

// The name a key records in the touch registry: "keyboard.key.e", "keyboard.key.shift".
std::string key_name(const KeySpec& key);
// The name of an accent choice: "keyboard.accent.é".
std::string accent_name(std::string_view accent);

}  // namespace oogst::app
