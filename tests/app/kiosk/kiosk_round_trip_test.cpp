// Both sides of the kiosk together, through the UI only: children send works in, the
// teacher approves one behind the PIN, and the loop then shows that one and never the
// one still waiting; a teacher's visit behind the PIN does not count as a child's
// absence.
#include <set>

#include "tests/app/kiosk/child/kiosk_child_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStaffScreen;
using app::KioskStep;

class KioskRoundTrip : public KioskChildTest {
protected:
    // A drawing or a poem sent in through the children's side; returns its id.
    std::string child_sends(const char* kind, const std::string& first_name) {
        wake();
        ui->tap(std::string("kiosk.choose.") + kind);
        if (std::string(kind) == "drawing") {
            draw_on_canvas();
        } else {
            ui->type("Een boom op elk dak");
        }
        ui->tap("kiosk.next");
        about(first_name, "De Regenboog", "5A");
        ui->tap("kiosk.send");
        EXPECT_EQ(child().step, KioskStep::thanks) << child().message;
        const std::string id = works(WorkStatus::waiting).front().id;
        ui->tap("kiosk.thanks");
        EXPECT_EQ(child().step, KioskStep::loop);
        return id;
    }

    void teacher_unlocks() {
        ui->tap("kiosk.staff");
        ASSERT_EQ(ui->state().kiosk.staff.screen, KioskStaffScreen::pin);
        for (const char digit : std::string("4821")) ui->tap(std::string("pin.digit.") + digit);
        ui->tap("pin.ok");
        ASSERT_EQ(ui->state().kiosk.staff.screen, KioskStaffScreen::menu);
    }

    // Every work the loop shows over a few rounds of slides.
    std::set<std::string> loop_shows(int slides) {
        std::set<std::string> seen;
        for (int i = 0; i < slides * 4; ++i) {
            ui->wait(1);
            if (!child().slides.shown_id.empty()) seen.insert(child().slides.shown_id);
        }
        return seen;
    }
};

TEST_F(KioskRoundTrip, TheTeachersToonPutsAWorkInTheLoopAndTheWaitingOneStaysOut) {
    const std::string lotte = child_sends("drawing", "Lotte");
    const std::string noah = child_sends("poem", "Noah");
    EXPECT_TRUE(loop_shows(3).empty()) << "nothing is shown before the teacher agrees";

    teacher_unlocks();
    ui->tap("kiosk.menu.moderation");
    ui->tap("moderation.show." + lotte);
    ui->tap("moderation.back");  // from moderation to the menu
    ui->tap("kiosk.menu.back");      // and back to the children
    ASSERT_EQ(ui->state().kiosk.staff.screen, KioskStaffScreen::none);

    const std::set<std::string> shown = loop_shows(4);
    EXPECT_EQ(shown, std::set<std::string>{lotte});
    EXPECT_EQ(shown.count(noah), 0u);
}

TEST_F(KioskRoundTrip, ATeachersVisitBehindThePinIsNotAChildWalkingAway) {
    wake();
    ui->tap("kiosk.choose.drawing");
    draw_on_canvas();
    teacher_unlocks();
    // The teacher reads the menu for longer than a child's idle time (15 s here).
    ui->wait(30);
    ui->tap("kiosk.menu.back");
    ui->frame();
    EXPECT_EQ(child().step, KioskStep::make);
    EXPECT_FALSE(ui->shows("kiosk.still_there.yes")) << "the child gets a full idle time again";
    EXPECT_TRUE(store->kiosk_drafts().empty());
    ui->wait(16);  // 15 s idle, then a countdown of 5 s
    EXPECT_TRUE(ui->shows("kiosk.still_there.yes")) << "then the question comes as usual";
}

}  // namespace
}  // namespace oogst::testing
