// Typing on the touch keyboard: what a finger types must be what the store keeps.
#include "tests/app/widgets/keyboard_fixture.hpp"

namespace oogst::testing {
namespace {

TEST_F(KeyboardTest, NoteTypedWithTapsOnlyIsStoredWithItsAccentAndCapital) {
    const std::size_t before = store->state().captures_of(first_session()).size();

    ui->tap("keyboard.key.shift");  // one capital
    tap_keys("caf");
    ui->long_press("keyboard.key.e", 0.8f);  // the accents open and stay open for a tap
    ASSERT_TRUE(ui->shows("keyboard.accent.é"));
    ui->tap("keyboard.accent.é");
    EXPECT_FALSE(ui->shows("keyboard.accent.é"));
    tap_keys(" op het plein");
    EXPECT_EQ(ui->state().draft, "Café op het plein");
    ui->tap("keyboard.key.enter");

    EXPECT_EQ(ui->state().draft, "");
    EXPECT_EQ(ui->state().error, "");
    EXPECT_EQ(store->state().captures_of(first_session()).size(), before + 1);
    EXPECT_EQ(notes_with_text(*store, "Café op het plein"), 1);
    // Enter keeps the keyboard for the next note.
    EXPECT_TRUE(ui->shows("keyboard.key.e"));

    ui.reset();
    store.reset();
    store.emplace(Store::open(folder.path()));
    EXPECT_EQ(store->state().captures_of(first_session()).size(), before + 1);
    EXPECT_EQ(notes_with_text(*store, "Café op het plein"), 1);
}

TEST_F(KeyboardTest, AFingerSlidesFromTheLongPressOntoTheAccent) {
    tap_keys("no");
    long_press_and_slide("keyboard.key.e", "keyboard.accent.ë");
    tap_keys("l");
    EXPECT_EQ(ui->state().draft, "noël");
    EXPECT_FALSE(ui->shows("keyboard.accent.ë"));
}

TEST_F(KeyboardTest, ALongPressDoesNotTypeThePlainLetterToo) {
    ui->long_press("keyboard.key.e", 0.8f);
    EXPECT_EQ(ui->state().draft, "");
    // A tap beside the accents (they cover part of the top row) closes them and types
    // what it was on.
    tap_keys("b");
    EXPECT_FALSE(ui->shows("keyboard.accent.é"));
    EXPECT_EQ(ui->state().draft, "b");
}

TEST_F(KeyboardTest, ShiftGivesCapitalAccents) {
    ui->tap("keyboard.key.shift");
    ui->long_press("keyboard.key.e", 0.8f);
    ASSERT_TRUE(ui->shows("keyboard.accent.É"));
    ui->tap("keyboard.accent.É");
    tap_keys("te");
    EXPECT_EQ(ui->state().draft, "Éte");  // shift was for one letter
}

TEST_F(KeyboardTest, ShiftIsForOneLetterAndADoubleTapLocksCapitals) {
    ui->tap("keyboard.key.shift");
    tap_keys("ab");
    ui->tap("keyboard.key.shift");
    ui->tap("keyboard.key.shift");  // a quick second tap: caps lock
    tap_keys("cd");
    ui->tap("keyboard.key.shift");  // off again
    tap_keys("e");
    EXPECT_EQ(ui->state().draft, "AbCDe");
}

TEST_F(KeyboardTest, BackspaceTakesOffAWholeCharacter) {
    ui->tap("keyboard.key.shift");
    ui->long_press("keyboard.key.o", 0.8f);
    ui->tap("keyboard.accent.Œ");
    ui->tap("keyboard.key.numbers");
    tap_keys("€");
    EXPECT_EQ(ui->state().draft, "Œ€");
    ui->tap("keyboard.key.backspace");
    EXPECT_EQ(ui->state().draft, "Œ");
    ui->tap("keyboard.key.backspace");
    EXPECT_EQ(ui->state().draft, "");
    ui->tap("keyboard.key.backspace");  // nothing left: nothing happens
    EXPECT_EQ(ui->state().draft, "");
}

TEST_F(KeyboardTest, HoldingBackspaceRepeats) {
    const std::string long_text(40, 'x');
    ui->type(long_text);  // the physical keyboard types into the same field
    ASSERT_EQ(ui->state().draft, long_text);

    ui->long_press("keyboard.key.backspace", 0.3f);  // too short to repeat
    EXPECT_EQ(ui->state().draft.size(), 39u);

    ui->long_press("keyboard.key.backspace", 1.5f);
    // One at the touch, then about twelve a second after half a second.
    const std::size_t gone = 39 - ui->state().draft.size();
    EXPECT_GE(gone, 10u);
    EXPECT_LE(gone, 16u);
}

TEST_F(KeyboardTest, LayoutKeySwitchesBetweenAzertyAndQwerty) {
    const auto top = [&](const char* key) { return ui->widget(std::string("keyboard.key.") + key).rect.Min.y; };
    const auto left = [&](const char* key) { return ui->widget(std::string("keyboard.key.") + key).rect.Min.x; };
    // Belgian AZERTY first: a in the top row, at its left end.
    EXPECT_EQ(top("a"), top("p"));
    EXPECT_EQ(left("a"), left("q"));
    EXPECT_LT(top("a"), top("q"));

    ui->tap("keyboard.key.layout");
    // Dutch QWERTY: a starts the middle row, q the top row.
    EXPECT_GT(top("a"), top("p"));
    EXPECT_EQ(top("a"), top("l"));
    EXPECT_EQ(top("q"), top("p"));
    EXPECT_GT(top("m"), top("l"));
    tap_keys("qwerty");
    EXPECT_EQ(ui->state().draft, "qwerty");

    ui->tap("keyboard.key.layout");
    EXPECT_EQ(top("a"), top("p"));
}

TEST_F(KeyboardTest, NumbersPageTypesDigitsAndPunctuation) {
    tap_keys("prijs");
    ui->tap("keyboard.key.numbers");
    EXPECT_FALSE(ui->shows("keyboard.key.a"));
    tap_keys(" 12,50 €!");
    ui->tap("keyboard.key.numbers");  // back to the letters
    EXPECT_TRUE(ui->shows("keyboard.key.a"));
    tap_keys(" ok");
    EXPECT_EQ(ui->state().draft, "prijs 12,50 €! ok");
}

TEST_F(KeyboardTest, PhysicalKeyboardStillTypesWhileTheTouchKeyboardShows) {
    ui->type("Zwembad");
    tap_keys(" in");
    ui->type(" de wijk");
    ui->press_key(ImGuiKey_Backspace);
    EXPECT_EQ(ui->state().draft, "Zwembad in de wij");
    ui->press_enter();
    EXPECT_EQ(notes_with_text(*store, "Zwembad in de wij"), 1);
    EXPECT_TRUE(ui->shows("keyboard.key.e"));
}

TEST_F(KeyboardTest, AddButtonAddsWhatWasTyped) {
    tap_keys("groen");
    ui->tap("board.add");
    EXPECT_EQ(notes_with_text(*store, "groen"), 1);
    EXPECT_TRUE(ui->shows("keyboard.key.e"));  // the keyboard stays for the next note
}

}  // namespace
}  // namespace oogst::testing
