#include "app/widgets/keyboard/keyboard_layouts.hpp"

#include <algorithm>
#include <array>

namespace oogst::app {
namespace {

KeySpec key(std::string_view lower, std::string_view upper) { return {KeyKind::character, lower, upper, 1}; }
KeySpec symbol(std::string_view text) { return {KeyKind::character, text, text, 1}; }
KeySpec special(KeyKind kind, float width) { return {kind, {}, {}, width}; }

// A row of letters, lower and upper case in the same order.
std::vector<KeySpec> letters(std::initializer_list<std::string_view> lower, std::initializer_list<std::string_view> upper) {
    std::vector<KeySpec> keys;
    auto u = upper.begin();
    for (const std::string_view l : lower) keys.push_back(key(l, *u++));
    return keys;
}

// The third row of letters has shift on its left and backspace on its right.
std::vector<KeySpec> between_shift_and_backspace(std::vector<KeySpec> keys) {
    keys.insert(keys.begin(), special(KeyKind::shift, 1.5f));
    keys.push_back(special(KeyKind::backspace, 1.5f));
    return keys;
}

// Every page ends with the same row: page switch, layout, comma, space, full stop,
// Enter, hide.
KeyRow bottom_row() {
    return {special(KeyKind::page, 1.25f), special(KeyKind::layout, 1), symbol(","), special(KeyKind::space, 3.5f),
            symbol("."), special(KeyKind::enter, 1.25f), special(KeyKind::hide, 1)};
}

// Belgian AZERTY as Belgian touch keyboards have it: the apostrophe (French l'idée,
// Dutch 's avonds) where the physical keyboard has its comma and semicolon.
KeyboardLayout make_azerty() {
    KeyboardPage page;
    page.rows.push_back(letters({"a", "z", "e", "r", "t", "y", "u", "i", "o", "p"},
                                    {"A", "Z", "E", "R", "T", "Y", "U", "I", "O", "P"}));
    page.rows.push_back(letters({"q", "s", "d", "f", "g", "h", "j", "k", "l", "m"},
                                    {"Q", "S", "D", "F", "G", "H", "J", "K", "L", "M"}));
    auto third = letters({"w", "x", "c", "v", "b", "n"}, {"W", "X", "C", "V", "B", "N"});
    third.push_back(symbol("'"));
    page.rows.push_back(between_shift_and_backspace(std::move(third)));
    page.rows.push_back(bottom_row());
    return {"azerty-be", "keyboard.layout.azerty_be", std::move(page)};
}

// Dutch QWERTY: the US layout the Netherlands type on (US International), with the
// apostrophe beside the l where the US keyboard has it.
KeyboardLayout make_qwerty() {
    KeyboardPage page;
    page.rows.push_back(letters({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"},
                                    {"Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P"}));
    auto second = letters({"a", "s", "d", "f", "g", "h", "j", "k", "l"}, {"A", "S", "D", "F", "G", "H", "J", "K", "L"});
    second.push_back(symbol("'"));
    page.rows.push_back(std::move(second));
    page.rows.push_back(between_shift_and_backspace(
        letters({"z", "x", "c", "v", "b", "n", "m"}, {"Z", "X", "C", "V", "B", "N", "M"})));
    page.rows.push_back(bottom_row());
    return {"qwerty-nl", "keyboard.layout.qwerty_nl", std::move(page)};
}

KeyboardPage make_symbols() {
    KeyboardPage page;
    std::vector<KeySpec> digits, signs, marks;
    for (const char* d : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}) digits.push_back(symbol(d));
    for (const char* s : {"@", "#", "€", "%", "&", "-", "+", "(", ")", "/"}) signs.push_back(symbol(s));
    marks.push_back({KeyKind::character, "=", "=", 1.5f});
    for (const char* m : {"*", "\"", "'", ":", ";", "!", "?"}) marks.push_back(symbol(m));
    marks.push_back(special(KeyKind::backspace, 1.5f));
    page.rows = {std::move(digits), std::move(signs), std::move(marks), bottom_row()};
    return page;
}

// French and Dutch accents first (é è ê ë, ç, ï, ô), then the ones names and loan
// words bring (á, ñ, ó).
const std::array<AccentSet, 8> accent_sets = {{
    {"a", {"à", "â", "ä", "á", "æ"}, {"À", "Â", "Ä", "Á", "Æ"}},
    {"c", {"ç"}, {"Ç"}},
    {"e", {"é", "è", "ê", "ë"}, {"É", "È", "Ê", "Ë"}},
    {"i", {"ï", "î", "í", "ì"}, {"Ï", "Î", "Í", "Ì"}},
    {"n", {"ñ"}, {"Ñ"}},
    {"o", {"ô", "ö", "ó", "ò", "œ"}, {"Ô", "Ö", "Ó", "Ò", "Œ"}},
    {"u", {"ù", "û", "ü", "ú"}, {"Ù", "Û", "Ü", "Ú"}},
    {"y", {"ÿ"}, {"Ÿ"}},
}};

const char* key_kind_name(KeyKind kind) {
    switch (kind) {
        case KeyKind::character: return "";
        case KeyKind::shift: return "shift";
        case KeyKind::backspace: return "backspace";
        case KeyKind::space: return "space";
        case KeyKind::enter: return "enter";
        case KeyKind::page: return "numbers";
        case KeyKind::layout: return "layout";
        case KeyKind::hide: return "hide";
    }
    return "";
}

}  // namespace

std::span<const KeyboardLayout> keyboard_layouts() {
    static const std::array<KeyboardLayout, 2> layouts = {make_azerty(), make_qwerty()};
    return layouts;
}

const KeyboardLayout& belgian_azerty() { return keyboard_layouts()[0]; }
const KeyboardLayout& dutch_qwerty() { return keyboard_layouts()[1]; }

const KeyboardPage& symbols_page() {
    static const KeyboardPage page = make_symbols();
    return page;
}

const AccentSet* accents_of(std::string_view letter) {
    const auto found = std::find_if(accent_sets.begin(), accent_sets.end(), [&](const auto& set) { return set.letter == letter; });
    return found == accent_sets.end() ? nullptr : &*found;
}

std::string key_name(const KeySpec& key) {
    return "keyboard.key." + std::string(key.kind == KeyKind::character ? key.text : key_kind_name(key.kind));
}

std::string accent_name(std::string_view accent) { return "keyboard.accent." + std::string(accent); }

}  // namespace oogst::app
