// Moderation through the UI on a real store: the teacher's "Toon" puts a work in the
// loop's list (kiosk_works shown), "Verberg" keeps one out, and the drafts children left
// are sent in anyway or thrown away.
#include "tests/app/kiosk/staff/kiosk_staff_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStaffScreen;

class KioskModerationTest : public KioskStaffTest {
protected:
    void open_moderation() {
        open_kiosk();
        ui->tap("kiosk.staff");
        tap_pin(pin);
        ui->tap("kiosk.menu.moderation");
        ASSERT_EQ(staff().screen, KioskStaffScreen::moderation);
    }
};

TEST_F(KioskModerationTest, ShowingAWorkPutsItInTheLoopAndHidingKeepsAnotherOut) {
    set_up_kiosk();
    const std::string lotte = submit(drawing_work("Lotte"));
    const std::string ayoub = submit(poem_work("Ayoub"));
    open_moderation();
    ASSERT_TRUE(ui->shows("moderation.show." + lotte));
    ASSERT_TRUE(ui->shows("moderation.hide." + ayoub));
    EXPECT_FALSE(has(WorkStatus::shown, lotte));

    ui->tap("moderation.show." + lotte);
    EXPECT_TRUE(has(WorkStatus::shown, lotte));
    EXPECT_FALSE(has(WorkStatus::waiting, lotte));
    EXPECT_FALSE(ui->shows("moderation.show." + lotte)) << "it left the waiting list";

    ui->tap("moderation.hide." + ayoub);
    EXPECT_TRUE(has(WorkStatus::hidden, ayoub));
    EXPECT_FALSE(has(WorkStatus::shown, ayoub));

    // Each in its own tab, with the one button that changes its mind.
    ui->tap("moderation.tab.shown");
    EXPECT_TRUE(ui->shows("moderation.hide." + lotte));
    EXPECT_FALSE(ui->shows("moderation.show." + lotte));
    EXPECT_FALSE(ui->shows("moderation.hide." + ayoub));
    ui->tap("moderation.tab.hidden");
    EXPECT_TRUE(ui->shows("moderation.show." + ayoub));
    // A hidden work shown after all joins the loop.
    ui->tap("moderation.show." + ayoub);
    EXPECT_TRUE(has(WorkStatus::shown, ayoub));
    const auto loop = kiosk_works(store->state(), settings.session_id, WorkStatus::shown);
    ASSERT_EQ(loop.size(), 2u);
    EXPECT_EQ(loop[0].id, lotte);  // the loop's order: the first sent in first
}

TEST_F(KioskModerationTest, ADraftIsSentInAnywayAndAnotherThrownAway) {
    set_up_kiosk();
    const KioskWork complete = drawing_work("Mila");
    const KioskWork unfinished = drawing_work("Noor", false);  // no school picked
    const KioskWork other = poem_work("Sem");
    store->save_kiosk_draft(complete);
    store->save_kiosk_draft(unfinished);
    store->save_kiosk_draft(other);
    open_moderation();
    ui->tap("moderation.tab.drafts");
    ASSERT_TRUE(ui->shows("moderation.draft.send." + complete.id));

    // An unfinished draft cannot be sent in: its button does nothing.
    ui->tap("moderation.draft.send." + unfinished.id);
    EXPECT_EQ(store->kiosk_drafts().size(), 3u);
    EXPECT_FALSE(has(WorkStatus::waiting, unfinished.id));

    ui->tap("moderation.draft.send." + complete.id);
    EXPECT_TRUE(has(WorkStatus::waiting, complete.id)) << "sent in, it waits for consent like any work";
    EXPECT_EQ(store->kiosk_drafts().size(), 2u);
    EXPECT_TRUE(ui->state().error.empty()) << ui->state().error;

    // Throwing away asks once more: the draft has no other copy.
    ui->tap("moderation.draft.delete." + other.id);
    EXPECT_EQ(store->kiosk_drafts().size(), 2u);
    ui->tap("moderation.draft.keep." + other.id);
    EXPECT_EQ(store->kiosk_drafts().size(), 2u);
    ui->tap("moderation.draft.delete." + other.id);
    ui->tap("moderation.draft.confirm." + other.id);
    const auto drafts = store->kiosk_drafts();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].id, unfinished.id);
    EXPECT_FALSE(has(WorkStatus::waiting, other.id));
    EXPECT_FALSE(ui->shows("moderation.draft.send." + other.id));

    ui->tap("moderation.tab.waiting");
    EXPECT_TRUE(ui->shows("moderation.show." + complete.id));
}

TEST_F(KioskModerationTest, TheMenuCountsTheWaitingWorksAndBackLeadsToTheChildren) {
    set_up_kiosk();
    submit(drawing_work("Lotte"));
    open_kiosk();
    ui->tap("kiosk.staff");
    tap_pin(pin);
    ui->tap("kiosk.menu.moderation");
    ui->tap("moderation.back");
    EXPECT_EQ(staff().screen, KioskStaffScreen::menu);
    ui->tap("kiosk.menu.back");
    EXPECT_EQ(staff().screen, KioskStaffScreen::none);
    EXPECT_TRUE(ui->state().kiosk.locked);
}

}  // namespace
}  // namespace oogst::testing
