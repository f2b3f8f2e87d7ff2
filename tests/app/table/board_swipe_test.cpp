// Scrolling a long column with a finger, as on a real touch screen: a swipe scrolls
// wherever it starts (on a note too) and glides on after the finger lifts; a note is
// picked up only after a hold; the scrollbar's thumb follows the finger.
#include "tests/app/table/table_fixture.hpp"

namespace oogst::testing {
namespace {

class BoardSwipe : public TableTest {
protected:
    void SetUp() override {
        TableTest::SetUp();
        // Far more notes than the column shows.
        for (int i = 0; i < 24; ++i)
            add_note("extra-" + std::to_string(i), "stad-2030", 2.0f + i, "Idee " + std::to_string(i));
        ui->frames(2);
        ASSERT_FALSE(ui->shows("note.extra-23")) << "the last note should start out of sight";
    }

    float scroll() const { return column_scroll("stad-2030"); }

    // The finger moves by offset in steps frames, without waiting first; it is not lifted.
    void move_finger(ImVec2 from, ImVec2 offset, int steps) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = from;
        io.MouseDown[0] = false;
        ui->frame();
        io.MouseDown[0] = true;
        ui->frame();
        for (int step = 1; step <= steps; ++step) {
            io.MousePos = ImVec2(from.x + offset.x * step / steps, from.y + offset.y * step / steps);
            ui->frame();
        }
    }
    void lift_finger() {
        ImGui::GetIO().MouseDown[0] = false;
        ui->frame();
    }
};

TEST_F(BoardSwipe, ASwipeThatStartsOnANoteScrollsTheColumnAndLeavesTheNote) {
    ASSERT_EQ(scroll(), 0);
    const float park_x = capture("park").placement.value().x;
    ui->drag(centre_of("note.park"), ImVec2(0, -300));
    ui->wait(2);  // the glide runs out

    EXPECT_GT(scroll(), 250) << "the column follows the finger";
    EXPECT_EQ(capture("park").placement.value().board, "stad-2030");
    EXPECT_EQ(capture("park").placement.value().x, park_x) << "a swipe moves no note";
    EXPECT_EQ(ui->state().menu_note, "");
    EXPECT_TRUE(ui->state().gesture.note.empty());
}

TEST_F(BoardSwipe, AFlickGlidesOnAfterTheFingerLifts) {
    move_finger(centre_of("note.park"), ImVec2(0, -160), 4);  // fast: 40 px a frame
    lift_finger();
    const float at_lift = scroll();
    ui->frames(10);
    EXPECT_GT(scroll(), at_lift + 40) << "the column keeps moving after the finger left";
    ui->wait(3);
    const float stopped = scroll();
    ui->frames(5);
    EXPECT_EQ(scroll(), stopped) << "and slows down to a stop";
}

TEST_F(BoardSwipe, SwipesAloneReachTheEndOfTheColumnAndANoteThereStillOpensItsMenu) {
    // Swipes in the middle of the column, wherever the notes happen to be.
    const ImRect header = ui->widget("board.column.stad-2030").rect;
    const ImVec2 middle(header.GetCenter().x, header.Max.y + 250);
    for (int i = 0; i < 6 && !ui->shows("note.extra-23"); ++i) {
        ui->drag(middle, ImVec2(0, -200));
        ui->wait(1.5f);
    }
    ASSERT_TRUE(ui->shows("note.extra-23")) << "swipes alone bring the end of the column into view";
    ui->long_press("note.extra-23", 1.0f);
    EXPECT_EQ(ui->state().menu_note, "extra-23");
}

TEST_F(BoardSwipe, AHeldNoteIsCarriedAndTheColumnDoesNotScroll) {
    const float park_before = ui->widget("note.park").rect.Min.y;
    const ImVec2 from = centre_of("note.fiets");
    ui->drag(from, ImVec2(0, 240), 0.7f);
    EXPECT_GT(capture("fiets").placement.value().x, capture("park").placement.value().x) << "carried below park";
    ui->frame();
    EXPECT_EQ(scroll(), 0) << "the column itself did not scroll";
    EXPECT_LT(ui->widget("note.park").rect.Min.y, park_before) << "park moved up into fiets' old place";
}

TEST_F(BoardSwipe, TheScrollbarThumbFollowsTheFinger) {
    // The column's scrollbar runs down its right edge, under its heading; at the top
    // of the column its thumb is at the top.
    const ImRect header = ui->widget("board.column.stad-2030").rect;
    const float bar = ImGui::GetStyle().ScrollbarSize;
    const ImVec2 thumb(header.Max.x - bar * 0.5f, header.Max.y + 10 + 30);
    ui->drag(thumb, ImVec2(0, 200));
    EXPECT_GT(scroll(), 200) << "the thumb went down, so the notes went up";
}

}  // namespace
}  // namespace oogst::testing
