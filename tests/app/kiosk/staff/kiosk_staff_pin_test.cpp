// The way from the children's side to the staff's: the corner button, the PIN pad with
// its back-off, the staff menu, and the idle timer that closes it all again. Driven
// through the UI on a real store; the back-off is the store's own (core/kiosk/kiosk_pin.hpp).
#include "tests/app/kiosk/staff/kiosk_staff_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStaffScreen;
using app::PinMessage;

TEST_F(KioskStaffTest, AKioskThatIsSetUpStartsLockedWithOnlyTheCornerButtonToTheStaff) {
    set_up_kiosk();
    open_kiosk();
    EXPECT_TRUE(ui->state().kiosk.locked);
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
    ASSERT_TRUE(ui->shows("kiosk.staff"));
    EXPECT_GE(ui->widget("kiosk.staff").rect.GetWidth(), 48);
    for (const auto& widget : ui->shell().touch().widgets()) {
        EXPECT_NE(widget.name.rfind("kiosk.menu", 0), 0u) << widget.name;
        EXPECT_NE(widget.name.rfind("settings.", 0), 0u) << widget.name;
    }
    ui->tap("kiosk.staff");
    EXPECT_EQ(staff().screen, KioskStaffScreen::pin);
    for (int digit = 0; digit <= 9; ++digit) EXPECT_TRUE(ui->shows("pin.digit." + std::to_string(digit)));
    ui->tap("pin.back");
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
}

TEST_F(KioskStaffTest, WrongPinsAreRefusedWithGrowingDelaysAndTheRightOneUnlocks) {
    set_up_kiosk();
    open_kiosk();
    ui->tap("kiosk.staff");

    // Two free mistakes: refused, no wait.
    for (int i = 0; i < 2; ++i) {
        tap_pin("0000");
        EXPECT_EQ(staff().screen, KioskStaffScreen::pin);
        EXPECT_EQ(staff().message, PinMessage::wrong);
        EXPECT_EQ(staff().wait_until_ms, 0);
        EXPECT_TRUE(staff().pin.empty());
    }
    // The third: five seconds during which the pad takes nothing.
    tap_pin("9999");
    EXPECT_EQ(staff().message, PinMessage::wrong);
    EXPECT_EQ(staff().wait_until_ms, now_ms + 5'000);
    ui->tap("pin.digit.1");
    EXPECT_TRUE(staff().pin.empty()) << "the pad is disabled while it waits";
    // Not even the right PIN is looked at during the wait, from the keyboard either.
    now_ms += 4'000;
    ui->type(pin);
    ui->press_enter();
    EXPECT_EQ(staff().screen, KioskStaffScreen::pin);
    // That try was not counted either: the next wrong one is the fourth, 10 s.
    now_ms += 1'000;
    tap_pin("1111");
    EXPECT_EQ(staff().wait_until_ms, now_ms + 10'000) << "the wait doubles";
    now_ms += 10'000;
    tap_pin("2222");
    EXPECT_EQ(staff().wait_until_ms, now_ms + 20'000);
    // The right one after the wait opens the staff menu.
    now_ms += 20'000;
    tap_pin(pin);
    EXPECT_EQ(staff().screen, KioskStaffScreen::menu);
    EXPECT_TRUE(ui->shows("kiosk.menu.moderation"));
    EXPECT_TRUE(ui->shows("kiosk.menu.leave"));
    // And the wrong tries are forgotten: the next mistake is free again.
    EXPECT_EQ(store->try_kiosk_pin("0000", now_ms).wait_ms, 0);
}

TEST_F(KioskStaffTest, AWaitSurvivesGoingBackToTheChildrenAndAnotherTap) {
    set_up_kiosk();
    open_kiosk();
    ui->tap("kiosk.staff");
    for (int i = 0; i < 3; ++i) tap_pin("0000");
    ASSERT_GT(staff().wait_until_ms, now_ms);
    ui->tap("pin.back");
    ui->tap("kiosk.staff");
    ui->tap("pin.digit.1");
    EXPECT_TRUE(staff().pin.empty());
    EXPECT_EQ(staff().message, PinMessage::wrong);
}

TEST_F(KioskStaffTest, APhysicalKeyboardTypesThePin) {
    set_up_kiosk();
    open_kiosk();
    ui->tap("kiosk.staff");
    ui->type("48");
    EXPECT_EQ(staff().pin, "48");
    ui->press_key(ImGuiKey_Backspace);
    EXPECT_EQ(staff().pin, "4");
    ui->press_enter();  // too short: not a try
    EXPECT_EQ(staff().message, PinMessage::none);
    ui->type("821");
    ui->press_enter();
    EXPECT_EQ(staff().screen, KioskStaffScreen::menu);
}

TEST_F(KioskStaffTest, LeavingTheKioskIsOnlyReachedThroughThePin) {
    set_up_kiosk();
    open_kiosk();
    ui->state().kiosk.quit_on_leave = true;  // as `oogst --kiosk` starts it
    EXPECT_FALSE(ui->shows("kiosk.menu.leave"));
    ui->tap("kiosk.staff");
    EXPECT_FALSE(ui->shows("kiosk.menu.leave"));
    tap_pin("4321");
    EXPECT_FALSE(ui->shows("kiosk.menu.leave"));
    EXPECT_TRUE(ui->state().kiosk.locked);
    tap_pin(pin);
    ui->tap("kiosk.menu.leave");
    EXPECT_EQ(ui->state().screen, app::Screen::start);
    EXPECT_FALSE(ui->state().kiosk.locked);
    EXPECT_TRUE(ui->state().kiosk.quit);
}

TEST_F(KioskStaffTest, TheStaffSideReturnsToTheChildrenAfterItsIdleTime) {
    set_up_kiosk();
    open_kiosk();
    ImGui::GetIO().DeltaTime = 0.5f;  // minutes of frames, quickly
    ui->tap("kiosk.staff");
    tap_pin(pin);
    ui->tap("kiosk.menu.moderation");
    ASSERT_EQ(staff().screen, KioskStaffScreen::moderation);
    ui->wait(static_cast<float>(app::kiosk_staff_idle_seconds) - 20);
    EXPECT_EQ(staff().screen, KioskStaffScreen::moderation) << "not before its time";
    ui->tap("moderation.tab.shown");  // a touch starts the time again
    ui->wait(static_cast<float>(app::kiosk_staff_idle_seconds) - 20);
    EXPECT_EQ(staff().screen, KioskStaffScreen::moderation);
    ui->wait(30);
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
    EXPECT_TRUE(ui->shows("kiosk.staff"));
    EXPECT_TRUE(ui->state().kiosk.locked);

    // The PIN pad with digits typed goes too, and forgets them.
    ui->tap("kiosk.staff");
    ui->tap("pin.digit.1");
    ui->wait(static_cast<float>(app::kiosk_staff_idle_seconds) + 5);
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
    EXPECT_TRUE(staff().pin.empty());
}

}  // namespace
}  // namespace oogst::testing
