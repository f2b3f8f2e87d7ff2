// The keyboard's layouts as data: full rows, the right letters in the right places,
// every key a test or a finger can find by a unique name, and the accents French and
// Dutch need.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "app/widgets/keyboard/keyboard_layouts.hpp"

namespace oogst::testing {
namespace {

using app::KeyboardPage;
using app::KeyKind;

std::string row_text(const app::KeyRow& row) {
    std::string text;
    for (const auto& key : row)
        if (key.kind == KeyKind::character) text += key.text;
    return text;
}

std::vector<const KeyboardPage*> every_page() {
    std::vector<const KeyboardPage*> pages{&app::symbols_page()};
    for (const auto& layout : app::keyboard_layouts()) pages.push_back(&layout.letters);
    return pages;
}

TEST(KeyboardLayouts, BelgianAzertyComesFirstAndIsAzerty) {
    const auto& azerty = app::keyboard_layouts().front();
    EXPECT_EQ(azerty.id, "azerty-be");
    EXPECT_EQ(&azerty, &app::belgian_azerty());
    ASSERT_EQ(azerty.letters.rows.size(), 4u);
    EXPECT_EQ(row_text(azerty.letters.rows[0]), "azertyuiop");
    EXPECT_EQ(row_text(azerty.letters.rows[1]), "qsdfghjklm");
    EXPECT_EQ(row_text(azerty.letters.rows[2]), "wxcvbn'");
}

TEST(KeyboardLayouts, DutchQwertyIsQwerty) {
    const auto& qwerty = app::dutch_qwerty();
    EXPECT_EQ(qwerty.id, "qwerty-nl");
    ASSERT_EQ(qwerty.letters.rows.size(), 4u);
    EXPECT_EQ(row_text(qwerty.letters.rows[0]), "qwertyuiop");
    EXPECT_EQ(row_text(qwerty.letters.rows[1]), "asdfghjkl'");
    EXPECT_EQ(row_text(qwerty.letters.rows[2]), "zxcvbnm");
}

TEST(KeyboardLayouts, EveryRowIsTenKeysWide) {
    for (const KeyboardPage* page : every_page())
        for (const auto& row : page->rows) {
            float width = 0;
            for (const auto& key : row) width += key.width;
            EXPECT_FLOAT_EQ(width, app::keys_per_row) << row_text(row);
        }
}

TEST(KeyboardLayouts, EveryLetterHasItsCapital) {
    for (const auto& layout : app::keyboard_layouts())
        for (const auto& row : layout.letters.rows)
            for (const auto& key : row) {
                if (key.kind != KeyKind::character) continue;
                ASSERT_EQ(key.text.size(), 1u);
                const char c = key.text[0];
                const std::string capital(1, static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
                EXPECT_EQ(key.shifted, capital) << key.text;
            }
}

TEST(KeyboardLayouts, KeyNamesAreUniqueOnEveryPageAndEveryPageHasTheFunctionKeys) {
    for (const KeyboardPage* page : every_page()) {
        std::set<std::string> names;
        for (const auto& row : page->rows)
            for (const auto& key : row) EXPECT_TRUE(names.insert(app::key_name(key)).second) << app::key_name(key);
        for (const char* name : {"backspace", "space", "enter", "numbers", "layout", "hide"})
            EXPECT_EQ(names.count(std::string("keyboard.key.") + name), 1u) << name;
    }
    EXPECT_EQ(app::key_name({KeyKind::character, "e", "E", 1}), "keyboard.key.e");
    EXPECT_EQ(app::key_name({KeyKind::shift, {}, {}, 1.5f}), "keyboard.key.shift");
    EXPECT_EQ(app::accent_name("é"), "keyboard.accent.é");
}

TEST(KeyboardLayouts, LettersHaveShiftAndTheSymbolsPageHasTheDigitsAndPunctuation) {
    for (const auto& layout : app::keyboard_layouts()) {
        bool shift = false;
        for (const auto& row : layout.letters.rows)
            for (const auto& key : row) shift |= key.kind == KeyKind::shift;
        EXPECT_TRUE(shift) << layout.id;
    }
    std::set<std::string> symbols;
    for (const auto& row : app::symbols_page().rows)
        for (const auto& key : row)
            if (key.kind == KeyKind::character) symbols.insert(std::string(key.text));
    for (const char* needed : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "€", "@", "'", "\"", "-", "(", ")", "!",
                               "?", ",", ".", ":", ";"})
        EXPECT_EQ(symbols.count(needed), 1u) << needed;
}

TEST(KeyboardLayouts, LongPressAccentsCoverFrenchAndDutch) {
    const std::vector<std::pair<const char*, std::vector<const char*>>> needed = {
        {"e", {"é", "è", "ê", "ë"}}, {"a", {"à", "â", "ä"}}, {"i", {"ï", "î"}}, {"o", {"ô", "ö", "œ"}},
        {"u", {"ù", "û", "ü"}},      {"c", {"ç"}},           {"n", {"ñ"}},      {"y", {"ÿ"}}};
    for (const auto& [letter, accents] : needed) {
        const app::AccentSet* set = app::accents_of(letter);
        ASSERT_NE(set, nullptr) << letter;
        for (const char* accent : accents)
            EXPECT_NE(std::find(set->lower.begin(), set->lower.end(), accent), set->lower.end()) << accent;
        EXPECT_EQ(set->lower.size(), set->upper.size()) << letter;
    }
    EXPECT_EQ(app::accents_of("e")->upper.front(), "É");
    EXPECT_EQ(app::accents_of("y")->upper.front(), "Ÿ");
    EXPECT_EQ(app::accents_of("o")->upper.back(), "Œ");
    EXPECT_EQ(app::accents_of("z"), nullptr);
    // Every letter with accents is on every layout.
    for (const auto& layout : app::keyboard_layouts()) {
        std::string letters;
        for (const auto& row : layout.letters.rows) letters += row_text(row);
        for (const auto& [letter, accents] : needed) EXPECT_NE(letters.find(letter), std::string::npos) << letter;
    }
}

}  // namespace
}  // namespace oogst::testing
