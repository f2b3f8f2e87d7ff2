// The teacher's consents through the UI (issue 12, section 4): several waiting works
// shown with one tap; a work's details with its first name corrected and each consent
// given on its own; a draft without a school completed and sent in.
#include "tests/app/kiosk/staff/kiosk_staff_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStaffScreen;

class KioskConsentTest : public KioskStaffTest {
protected:
    void open_moderation() {
        open_kiosk();
        ui->tap("kiosk.staff");
        tap_pin(pin);
        ui->tap("kiosk.menu.moderation");
        ASSERT_EQ(staff().screen, KioskStaffScreen::moderation);
    }
    const CaptureRecord& work(const std::string& id) const { return *store->state().capture(id); }
};

TEST_F(KioskConsentTest, SeveralWaitingWorksAreShownWithOneTap) {
    set_up_kiosk();
    const std::string a = submit(drawing_work("Lotte")), b = submit(poem_work("Ayoub")), c = submit(drawing_work("Mila"));
    open_moderation();
    EXPECT_FALSE(ui->shows("moderation.show_chosen")) << "nothing chosen yet";
    ui->tap("moderation.choose." + a);
    ui->tap("moderation.choose." + c);
    ui->tap("moderation.choose." + b);
    ui->tap("moderation.choose." + b);  // changed the teacher's mind
    ASSERT_TRUE(ui->shows("moderation.show_chosen"));
    ui->tap("moderation.show_chosen");
    EXPECT_TRUE(has(WorkStatus::shown, a));
    EXPECT_TRUE(has(WorkStatus::shown, c));
    EXPECT_TRUE(has(WorkStatus::waiting, b));
    EXPECT_FALSE(ui->shows("moderation.show_chosen"));
}

TEST_F(KioskConsentTest, AWorksNameAndEachConsentAreSetOnTheirOwn) {
    set_up_kiosk();
    const std::string id = submit(drawing_work("Lote"));
    open_moderation();
    ui->tap("moderation.show." + id);
    ui->tap("moderation.tab.shown");
    ui->tap("moderation.more." + id);
    ASSERT_TRUE(ui->shows("details.close"));
    EXPECT_EQ(kiosk_work_label(work(id)), "Lote · 5B · De Regenboog");

    // Without the name in the loop; published, on its own.
    ui->tap("details.named.no");
    EXPECT_EQ(kiosk_work_label(work(id)), "5B · De Regenboog");
    EXPECT_EQ(work_status(work(id)), WorkStatus::shown);
    EXPECT_FALSE(work(id).consent.publish.written());
    ui->tap("details.publish.yes");
    EXPECT_TRUE(work(id).consent.published());

    // The name the child mistyped, corrected.
    ui->tap("details.name");
    for (int i = 0; i < 4; ++i) ui->press_key(ImGuiKey_Backspace);
    ui->type("Lotte");
    ui->tap("details.name.save");
    EXPECT_EQ(field_value(work(id), kiosk_field::first_name), "Lotte");
    ui->tap("details.named.yes");
    EXPECT_EQ(kiosk_work_label(work(id)), "Lotte · 5B · De Regenboog");
    EXPECT_TRUE(ui->state().error.empty()) << ui->state().error;

    ui->tap("details.close");
    EXPECT_FALSE(ui->shows("details.close"));
}

TEST_F(KioskConsentTest, ADraftWithoutASchoolIsCompletedAndSentIn) {
    set_up_kiosk();
    const KioskWork unfinished = drawing_work("Noor", false);  // no school picked
    store->save_kiosk_draft(unfinished);
    open_moderation();
    ui->tap("moderation.tab.drafts");
    ui->tap("moderation.draft.complete." + unfinished.id);
    ASSERT_TRUE(ui->shows("details.school.0"));
    EXPECT_FALSE(ui->shows("details.class.0")) << "a class after its school";
    ui->tap("details.send");  // not yet: nothing happens
    EXPECT_EQ(store->kiosk_drafts().size(), 1u);
    ui->tap("details.school.0");
    ui->tap("details.class.1");
    ui->tap("details.send");
    EXPECT_TRUE(store->kiosk_drafts().empty());
    ASSERT_TRUE(has(WorkStatus::waiting, unfinished.id));
    EXPECT_EQ(field_value(work(unfinished.id), kiosk_field::school), "De Regenboog");
    EXPECT_EQ(field_value(work(unfinished.id), kiosk_field::class_name), "5B");
    EXPECT_FALSE(ui->shows("details.send"));
}

}  // namespace
}  // namespace oogst::testing
