// The language and the keyboard layout a table chose are this device's: a restart of
// the app (a new shell on the same store, reopened from disk) starts with them.
#include "tests/app/app_fixture.hpp"

namespace oogst::testing {
namespace {

class DeviceSettingsUi : public AppTest {
protected:
    // The app closed and started again on the same store folder.
    void restart() {
        ui.reset();
        store.reset();
        store.emplace(Store::open(folder.path()));
        ui = std::make_unique<UiHarness>(*store);
    }
};

TEST_F(DeviceSettingsUi, TheChosenLanguageAndKeyboardLayoutSurviveARestart) {
    ui->tap("start.language.fr");
    open_first_board();
    ui->tap("board.text");
    ASSERT_TRUE(ui->shows("keyboard.key.layout"));
    const float azerty_a = ui->widget("keyboard.key.a").rect.Min.y;
    ui->tap("keyboard.key.layout");  // Dutch QWERTY
    const float qwerty_a = ui->widget("keyboard.key.a").rect.Min.y;
    ASSERT_GT(qwerty_a, azerty_a) << "on QWERTY the a starts the middle row";

    restart();
    EXPECT_EQ(ui->state().language, Language::fr) << "the start screen speaks French at once";
    open_first_board();
    ui->tap("board.ambassador");
    EXPECT_EQ(ui->state().error, "Ambassadeur : garde le bouton appuyé une seconde.");
    ui->tap("board.text");
    EXPECT_EQ(ui->widget("keyboard.key.a").rect.Min.y, qwerty_a) << "the keyboard opens on QWERTY";
}

TEST_F(DeviceSettingsUi, ANewDeviceStartsInDutchOnBelgianAzerty) {
    restart();
    EXPECT_EQ(ui->state().language, Language::nl);
    EXPECT_FALSE(store->device_settings().language) << "nothing is saved before a choice is made";
    open_first_board();
    ui->tap("board.text");
    EXPECT_EQ(ui->widget("keyboard.key.a").rect.Min.y, ui->widget("keyboard.key.p").rect.Min.y);
}

}  // namespace
}  // namespace oogst::testing
