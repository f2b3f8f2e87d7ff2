// What a child leaves behind stays theirs, whatever happens around the turn: the lock
// corner tapped and left, the staff leaving or changing settings mid-turn, a camera
// whose clock runs ahead, a power cut, a full disk when the child walks away, and a
// staff side children keep touching.
#include <sys/stat.h>
#include <utime.h>

#include "tests/app/kiosk/child/kiosk_child_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStaffScreen;
using app::KioskStep;

class KioskTurnGuard : public KioskChildTest {
protected:
    app::KioskStaff& staff() { return ui->state().kiosk.staff; }

    void start_a_poem(const std::string& text) {
        wake();
        ui->tap("kiosk.choose.poem");
        ui->type(text);
    }
    void unlock() {
        ui->tap("kiosk.staff");
        for (const char digit : std::string("4821")) ui->tap(std::string("pin.digit.") + digit);
        ui->tap("pin.ok");
        ASSERT_EQ(staff().screen, KioskStaffScreen::menu);
    }
    // Back to the choice, then home: the child's turn ends.
    void go_home() {
        if (child().step != KioskStep::choose) ui->tap("kiosk.back");
        ui->tap("kiosk.home");
        ASSERT_EQ(child().step, KioskStep::loop);
    }
    // Whether the photo step of a new child lists the file called name.
    bool next_child_sees_photo(const std::string& name) {
        wake();
        ui->tap("kiosk.choose.photo");
        ui->frame();
        const bool seen = ui->shows("kiosk.photo." + name);
        go_home();
        return seen;
    }
};

TEST_F(KioskTurnGuard, APinPadLeftOpenStillPutsTheWorkAwayOnTime) {
    start_a_poem("Lottes gedicht");
    ui->tap("kiosk.staff");
    ASSERT_EQ(staff().screen, KioskStaffScreen::pin);
    // Children play with the pad now and then; none of it is Lotte coming back.
    for (int i = 0; i < 3; ++i) {
        ui->wait(5);
        ui->tap("pin.digit.7");
    }
    ui->wait(6);  // 21 s: past the 15 s idle and the 5 s countdown
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
    EXPECT_EQ(child().step, KioskStep::loop);
    const auto drafts = store->kiosk_drafts();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].poem, "Lottes gedicht");
    // The next child starts from nothing.
    wake();
    ui->tap("kiosk.choose.poem");
    EXPECT_TRUE(child().work.poem.empty());
}

TEST_F(KioskTurnGuard, BackFromThePadWithoutThePinGivesNoExtraTime) {
    start_a_poem("half");
    ui->tap("kiosk.staff");
    ui->wait(12);
    ui->tap("pin.back");
    ui->wait(4);  // 16 s since the child's last touch
    EXPECT_TRUE(ui->shows("kiosk.still_there.yes")) << "the pad did not reset the child's idle time";
}

TEST_F(KioskTurnGuard, LeavingTheKioskMidTurnKeepsTheWorkAndHidesThePhotos) {
    camera_takes("van-lotte.png", test_png(64, 48));
    wake();
    ui->tap("kiosk.choose.photo");
    ui->frame();
    ui->tap("kiosk.photo.van-lotte.png");
    ASSERT_FALSE(child().work.photo_blob.empty());
    unlock();
    ui->tap("kiosk.menu.leave");
    EXPECT_EQ(ui->state().screen, app::Screen::start);
    ASSERT_EQ(store->kiosk_drafts().size(), 1u);
    EXPECT_FALSE(store->kiosk_drafts()[0].photo_blob.empty());

    ui->state().screen = app::Screen::kiosk;  // the next morning
    ui->frame();
    EXPECT_FALSE(next_child_sees_photo("van-lotte.png"));
}

TEST_F(KioskTurnGuard, SavingSettingsMidTurnKeepsTheWork) {
    wake();
    ui->tap("kiosk.choose.drawing");
    draw_on_canvas();
    unlock();
    ui->tap("kiosk.menu.settings");
    ui->tap("settings.save");
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
    EXPECT_EQ(child().step, KioskStep::loop);
    ASSERT_EQ(store->kiosk_drafts().size(), 1u);
    EXPECT_EQ(store->kiosk_drafts()[0].strokes.size(), 2u);
}

TEST_F(KioskTurnGuard, APhotoWithItsClockAheadIsNotShownToTheNextChild) {
    camera_takes("vooruit.png", test_png(64, 48));
    // The camera's clock is an hour ahead (or the copy kept the camera's time).
    const auto file = camera() / "vooruit.png";
    struct utimbuf ahead {};
    ahead.actime = ahead.modtime = time(nullptr) + 3600;
    ASSERT_EQ(utime(file.c_str(), &ahead), 0);
    EXPECT_TRUE(next_child_sees_photo("vooruit.png")) << "the child who took it sees it";
    // That child's turn ended (home); the next one does not.
    EXPECT_FALSE(next_child_sees_photo("vooruit.png"));
}

TEST_F(KioskTurnGuard, AKioskThatStoppedMidTurnEndsThatTurnWhenItOpens) {
    camera_takes("voor-de-stroompanne.png", test_png(64, 48));
    wake();  // the turn begins; then the power goes
    const auto folder = store->folder();
    open(folder);  // the same store, a new app
    EXPECT_GE(store->kiosk_turn_ended_ms(), store->kiosk_turn_started_ms());
    EXPECT_FALSE(next_child_sees_photo("voor-de-stroompanne.png"));
}

TEST_F(KioskTurnGuard, ADraftAFullDiskRefusedIsKeptAndSavedWhenThereIsRoom) {
    SmallTestDisk disk;
    if (!disk.mounted()) GTEST_SKIP() << disk.why_not();
    open(disk.path() / "kiosk");
    make_a_busy_drawing();
    const std::filesystem::path filler = disk.fill();
    ui->wait(21);  // the child walked away; the disk has no room for the draft
    EXPECT_EQ(child().step, KioskStep::loop);
    EXPECT_TRUE(store->kiosk_drafts().empty());
    ASSERT_EQ(ui->state().kiosk.unsaved_drafts.size(), 1u);
    wake();
    ui->tap("kiosk.choose.drawing");
    EXPECT_TRUE(child().canvas.draft.empty()) << "kept out of sight of the next child";
    go_home();

    std::filesystem::remove(filler);
    unlock();  // the staff menu tries again
    EXPECT_TRUE(ui->state().kiosk.unsaved_drafts.empty());
    const auto drafts = store->kiosk_drafts();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].strokes.size(), 2002u);
}

TEST_F(KioskTurnGuard, OneRightPinOpensTheStaffSideForTenMinutesAtMost) {
    unlock();
    // Someone keeps touching the menu (its empty space) for eleven minutes.
    for (int minute = 0; minute < 11 && staff().screen != KioskStaffScreen::none; ++minute) {
        ui->wait(60);
        ui->drag(ImVec2(40, 700), ImVec2(0, 4));
    }
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
    ui->tap("kiosk.staff");
    EXPECT_EQ(staff().screen, KioskStaffScreen::pin) << "the PIN is asked again";
}

}  // namespace
}  // namespace oogst::testing
