// Privacy between children, and the loop. A child who walks away gets "Ben je er nog?"
// with a countdown; at zero their work is saved as a draft and the next child starts
// from nothing: an empty canvas, an empty poem, none of the photos taken before. The
// press that wakes the kiosk does not also pick a card. Only works the teacher approved
// are in the loop.
#include <gtest/gtest.h>

#include <cfloat>

#include "tests/app/kiosk/child/kiosk_child_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStep;

class KioskPrivacy : public KioskChildTest {
protected:
    // Untouched past the idle time and the countdown.
    void walk_away() {
        ui->wait(static_cast<float>(settings().idle_seconds) + 0.5f);
        ASSERT_TRUE(ui->shows("kiosk.still_there.yes"));
        ui->wait(static_cast<float>(settings().countdown_seconds));
        ASSERT_EQ(child().step, KioskStep::loop);
        EXPECT_FALSE(ui->shows("kiosk.still_there.yes"));
    }
};

TEST_F(KioskPrivacy, AWalkedAwayDrawingIsADraftAndTheNextCanvasIsEmpty) {
    wake();
    ui->tap("kiosk.choose.drawing");
    draw_on_canvas();
    const std::string first_work = child().work.id;
    walk_away();

    const auto drafts = store->kiosk_drafts();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].id, first_work);
    EXPECT_EQ(drafts[0].kind, CaptureKind::drawing);
    EXPECT_EQ(drafts[0].strokes.size(), 2u);
    EXPECT_TRUE(works(WorkStatus::waiting).empty());  // a draft, not sent in

    wake();
    ui->tap("kiosk.choose.drawing");
    EXPECT_TRUE(child().canvas.draft.empty());
    EXPECT_FALSE(child().canvas.draft.can_undo());  // nothing to bring back either
    EXPECT_NE(child().work.id, first_work);
}

TEST_F(KioskPrivacy, AWalkedAwayPoemIsADraftAndTheNextPoemIsEmpty) {
    wake();
    ui->tap("kiosk.choose.poem");
    ui->type("Geheim gedicht");
    walk_away();
    ASSERT_EQ(store->kiosk_drafts().size(), 1u);
    EXPECT_EQ(store->kiosk_drafts()[0].poem, "Geheim gedicht");
    EXPECT_FALSE(ui->shell().text_entry().has_focus());

    wake();
    ui->tap("kiosk.choose.poem");
    EXPECT_TRUE(child().work.poem.empty());
    ui->type("Nieuw");
    EXPECT_EQ(child().work.poem, "Nieuw");
}

TEST_F(KioskPrivacy, TheNextChildSeesNoneOfTheEarlierPhotos) {
    camera_takes("van-lotte.jpg", test_jpeg(320, 240));
    wake();
    ui->tap("kiosk.choose.photo");
    ASSERT_TRUE(ui->shows("kiosk.photo.van-lotte.jpg"));
    ui->tap("kiosk.photo.van-lotte.jpg");
    ASSERT_FALSE(child().work.photo_blob.empty());
    walk_away();
    ASSERT_EQ(store->kiosk_drafts().size(), 1u);
    EXPECT_FALSE(store->kiosk_drafts()[0].photo_blob.empty());  // the draft keeps the photo

    wake();
    ui->tap("kiosk.choose.photo");
    EXPECT_FALSE(ui->shows("kiosk.photo.van-lotte.jpg"));
    EXPECT_TRUE(child().photos.empty());
    EXPECT_TRUE(child().work.photo_blob.empty());
    // A photo this child takes shows up by itself within a few seconds.
    camera_takes("van-noah.jpg", test_jpeg(320, 240));
    ui->wait(2.5f);
    EXPECT_TRUE(ui->shows("kiosk.photo.van-noah.jpg"));
    EXPECT_FALSE(ui->shows("kiosk.photo.van-lotte.jpg"));
}

TEST_F(KioskPrivacy, YesKeepsTheWorkAndTheKeyboard) {
    wake();
    ui->tap("kiosk.choose.poem");
    ui->type("Nog even");
    ui->wait(static_cast<float>(settings().idle_seconds) + 1);
    ASSERT_TRUE(ui->shows("kiosk.still_there.yes"));
    EXPECT_FALSE(ui->shell().text_entry().has_focus());  // the question has the screen
    ui->tap("kiosk.still_there.yes");
    EXPECT_FALSE(ui->shows("kiosk.still_there.yes"));
    EXPECT_EQ(child().step, KioskStep::make);
    EXPECT_EQ(child().work.poem, "Nog even");
    EXPECT_TRUE(ui->shell().text_entry().has_focus("kiosk.poem"));
    // The idle time starts again from the answer.
    ui->wait(static_cast<float>(settings().idle_seconds) - 1);
    EXPECT_FALSE(ui->shows("kiosk.still_there.yes"));
    EXPECT_TRUE(store->kiosk_drafts().empty());
}

// A child who taps now and then is never asked.
TEST_F(KioskPrivacy, TouchesKeepTheQuestionAway) {
    wake();
    ui->tap("kiosk.choose.drawing");
    for (int i = 0; i < 4; ++i) {
        ui->wait(static_cast<float>(settings().idle_seconds) - 3);
        draw_on_canvas();
    }
    EXPECT_FALSE(ui->shows("kiosk.still_there.yes"));
    EXPECT_EQ(child().step, KioskStep::make);
}

// An empty work left behind is no draft: there is nothing to keep.
TEST_F(KioskPrivacy, NothingMadeIsNoDraft) {
    wake();
    ui->tap("kiosk.choose.drawing");
    walk_away();
    EXPECT_TRUE(store->kiosk_drafts().empty());
}

// The finger that wakes the kiosk rests where the drawing card will be; lifting it
// must not pick the card.
TEST_F(KioskPrivacy, TheWakingPressDoesNotPickACard) {
    wake();
    const ImVec2 card = ui->widget("kiosk.choose.drawing").rect.GetCenter();
    ui->tap("kiosk.home");
    ASSERT_EQ(child().step, KioskStep::loop);
    ui->drag(card, ImVec2(0, 0));  // press, hold a few frames, release at the same place
    EXPECT_EQ(child().step, KioskStep::choose);
    EXPECT_TRUE(child().work.id.empty());
    ui->frames(3);
    EXPECT_EQ(child().step, KioskStep::choose);
}

// The staff's discreet corner button lies over the loop: its tap opens the PIN pad and
// does not also wake the kiosk for a child.
TEST_F(KioskPrivacy, TheStaffCornerDoesNotWakeTheLoop) {
    ui->tap("kiosk.staff");
    EXPECT_EQ(ui->state().kiosk.staff.screen, app::KioskStaffScreen::pin);
    EXPECT_EQ(child().step, KioskStep::loop);
}

// The thanks goes back to the loop on a touch, and that touch does not wake it again.
TEST_F(KioskPrivacy, TouchingTheThanksGoesBackToTheLoop) {
    wake();
    ui->tap("kiosk.choose.drawing");
    draw_on_canvas();
    ui->tap("kiosk.next");
    about("", "De Regenboog", "5A");
    ui->tap("kiosk.send");
    ASSERT_EQ(child().step, KioskStep::thanks);
    ui->tap("kiosk.thanks");
    EXPECT_EQ(child().step, KioskStep::loop);
    ui->frames(3);
    EXPECT_EQ(child().step, KioskStep::loop);
}

class KioskLoop : public KioskChildTest {
protected:
    // A work sent in the way the screens do, waiting for the teacher.
    std::string send_in(const std::string& poem) {
        KioskWork work = new_kiosk_work(CaptureKind::text);
        work.poem = poem;
        work.school = "De Regenboog";
        work.class_name = "5A";
        submit_kiosk_work(*store, settings(), work);
        return work.id;
    }
};

TEST_F(KioskLoop, OnlyApprovedWorksAreShown) {
    const std::string approved = send_in("Goedgekeurd");
    const std::string waiting = send_in("Wacht nog");
    ui->wait(1);
    EXPECT_TRUE(child().slides.shown_id.empty());  // the welcome
    set_work_status(*store, approved, WorkStatus::shown);
    ui->frame();
    EXPECT_EQ(child().slides.shown_id, approved);
    // Alone in the loop it stays; the waiting work never comes.
    for (int i = 0; i < 4; ++i) {
        ui->wait(static_cast<float>(settings().slide_seconds));
        EXPECT_EQ(child().slides.shown_id, approved);
    }

    // Approved too: the loop moves on to it after a slide's time, and back.
    set_work_status(*store, waiting, WorkStatus::shown);
    ui->wait(static_cast<float>(settings().slide_seconds) + 0.1f);
    EXPECT_EQ(child().slides.shown_id, waiting);
    ui->wait(static_cast<float>(settings().slide_seconds) + 0.1f);
    EXPECT_EQ(child().slides.shown_id, approved);

    // Hidden: gone from the loop at once.
    set_work_status(*store, approved, WorkStatus::hidden);
    ui->frame();
    EXPECT_EQ(child().slides.shown_id, waiting);
    for (int i = 0; i < 3; ++i) {
        ui->wait(static_cast<float>(settings().slide_seconds));
        EXPECT_EQ(child().slides.shown_id, waiting);
    }
}

// The loop fades from one work into the next, and draws frames only while it does.
TEST_F(KioskLoop, FadesOnlyWhileChanging) {
    set_work_status(*store, send_in("Een"), WorkStatus::shown);
    set_work_status(*store, send_in("Twee"), WorkStatus::shown);
    ui->frame();
    EXPECT_FALSE(ui->shell().animating());
    ui->wait(static_cast<float>(settings().slide_seconds) + 0.1f);
    EXPECT_TRUE(ui->shell().animating());
    ui->wait(1);
    EXPECT_FALSE(ui->shell().animating());
}

}  // namespace
}  // namespace oogst::testing
