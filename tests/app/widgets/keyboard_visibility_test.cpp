// The touch keyboard shows while a field is being typed in, never covers that field
// (landscape or portrait, at any scale), and goes away when the typing is over.
#include "app/shell/ui.hpp"
#include "tests/app/widgets/keyboard_fixture.hpp"

namespace oogst::testing {
namespace {

bool keyboard_shows(UiHarness& ui) {
    for (const auto& widget : ui.shell().touch().widgets())
        if (widget.name.rfind("keyboard.", 0) == 0) return true;
    return false;
}

struct ScreenSize {
    float width, height, scale;
};

void PrintTo(const ScreenSize& size, std::ostream* out) {
    *out << size.width << "x" << size.height << " at scale " << size.scale;
}

class KeyboardOnScreen : public AppTest, public ::testing::WithParamInterface<ScreenSize> {
protected:
    void SetUp() override {
        AppTest::SetUp();
        const ScreenSize size = GetParam();
        ui.reset();
        ui = std::make_unique<UiHarness>(*store, ImVec2(size.width, size.height), size.scale);
    }
};

TEST_P(KeyboardOnScreen, NeverCoversTheFieldBeingTypedIn) {
    const ScreenSize size = GetParam();
    open_first_board();
    EXPECT_FALSE(keyboard_shows(*ui));
    ui->tap("board.text");
    ui->type("Een café in elke wijk");
    ui->frame();

    const ImRect keyboard = ui->shell().keyboard_area();
    ASSERT_GT(keyboard.GetHeight(), 0);
    EXPECT_EQ(keyboard.Max.y, size.height);  // at the bottom of the screen
    EXPECT_EQ(keyboard.GetWidth(), size.width);
    for (const char* name : {"board.text", "board.add"}) {
        const app::TouchWidget& widget = ui->widget(name);
        EXPECT_EQ(widget.visible.Min.x, widget.rect.Min.x) << name << " is clipped";
        EXPECT_EQ(widget.visible.Min.y, widget.rect.Min.y) << name << " is clipped";
        EXPECT_EQ(widget.visible.Max.x, widget.rect.Max.x) << name << " is clipped";
        EXPECT_EQ(widget.visible.Max.y, widget.rect.Max.y) << name << " is clipped";
        EXPECT_GE(widget.rect.Min.y, 0) << name;
        EXPECT_LE(widget.rect.Max.y, keyboard.Min.y) << name << " is under the keyboard";
    }
    // The composer sits right above the keyboard, not somewhere up the screen.
    EXPECT_LT(keyboard.Min.y - ui->widget("board.text").rect.Max.y, size.scale * 48);

    // Every key is inside the keyboard, finger-sized, and keys do not overlap.
    std::vector<ImRect> keys;
    for (const auto& widget : ui->shell().touch().widgets()) {
        if (widget.name.rfind("keyboard.", 0) != 0) continue;
        EXPECT_TRUE(keyboard.Contains(widget.rect)) << widget.name;
        EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px * size.scale - 0.5f) << widget.name;
        EXPECT_GE(widget.rect.GetHeight(), app::min_touch_px * size.scale - 0.5f) << widget.name;
        for (const ImRect& other : keys) EXPECT_FALSE(other.Overlaps(widget.rect)) << widget.name;
        keys.push_back(widget.rect);
    }
    EXPECT_GE(keys.size(), 30u);
}

TEST_P(KeyboardOnScreen, AccentRowStaysOnTheKeyboard) {
    open_first_board();
    ui->tap("board.text");
    const ImRect keyboard = ui->shell().keyboard_area();
    for (const char* letter : {"a", "e", "o", "n", "c"}) {
        ui->long_press(std::string("keyboard.key.") + letter, 0.8f);
        int choices = 0;
        for (const auto& widget : ui->shell().touch().widgets()) {
            if (widget.name.rfind("keyboard.accent.", 0) != 0) continue;
            ++choices;
            EXPECT_TRUE(keyboard.Contains(widget.rect)) << widget.name;
            EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px * GetParam().scale - 0.5f) << widget.name;
        }
        EXPECT_GE(choices, 2) << letter;
        ui->tap("keyboard.accent." + std::string(letter));  // the plain letter is a choice too
    }
    EXPECT_EQ(ui->state().draft, "aeonc");
}

INSTANTIATE_TEST_SUITE_P(Sizes, KeyboardOnScreen,
                         ::testing::Values(ScreenSize{1280, 800, 1}, ScreenSize{800, 1280, 1},
                                           ScreenSize{2560, 1600, 2}, ScreenSize{800, 600, 1}),
                         [](const auto& info) {
                             return std::to_string(static_cast<int>(info.param.width)) + "x" +
                                    std::to_string(static_cast<int>(info.param.height)) + "_scale" +
                                    std::to_string(static_cast<int>(info.param.scale));
                         });

TEST_F(KeyboardTest, HideKeyPutsTheKeyboardAwayAndTheFieldBringsItBack) {
    tap_keys("half");
    ui->tap("keyboard.key.hide");
    EXPECT_FALSE(keyboard_shows(*ui));
    EXPECT_EQ(ui->shell().keyboard_area().GetHeight(), 0);
    EXPECT_EQ(ui->state().draft, "half");  // the text stays
    ui->type("niet hier");                 // no field has the keyboard
    EXPECT_EQ(ui->state().draft, "half");

    ui->tap("board.text");
    EXPECT_TRUE(keyboard_shows(*ui));
    tap_keys(" af");
    EXPECT_EQ(ui->state().draft, "half af");
}

TEST_F(KeyboardTest, LeavingTheScreenPutsTheKeyboardAway) {
    tap_keys("wip");
    ui->tap("board.back");
    EXPECT_EQ(ui->state().screen, app::Screen::sessions);
    EXPECT_FALSE(keyboard_shows(*ui));
    EXPECT_FALSE(ui->shell().text_entry().has_focus());
    // Coming back shows the board without the keyboard until the field is tapped.
    ui->tap("sessions.open." + first_session());
    EXPECT_FALSE(keyboard_shows(*ui));
}

TEST_F(KeyboardTest, ATapOnTheBoardPutsTheKeyboardAwayButATapOnAColumnDoesNot) {
    ui->tap("board.column.waarden");  // choosing where the note goes while typing
    EXPECT_TRUE(keyboard_shows(*ui));

    // A tap on the header's words, between the back button and the ambassador's tools.
    const ImRect back = ui->widget("board.back").rect;
    const ImVec2 empty(ImGui::GetIO().DisplaySize.x / 2, back.GetCenter().y);
    ui->drag(empty, ImVec2(0, 0));
    EXPECT_FALSE(keyboard_shows(*ui));
}

TEST_F(KeyboardTest, DraggingTheBoardKeepsTheKeyboard) {
    const ImRect text = ui->widget("board.text").rect;
    const ImVec2 empty(ImGui::GetIO().DisplaySize.x - 40, ui->widget("board.back").rect.GetCenter().y);
    ui->drag(empty, ImVec2(-200, 0));
    EXPECT_TRUE(keyboard_shows(*ui));
    EXPECT_EQ(ui->widget("board.text").rect.Min.y, text.Min.y);
}

}  // namespace
}  // namespace oogst::testing
