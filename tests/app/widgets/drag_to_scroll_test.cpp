// A finger dragging scrolls the list; there is no mouse wheel on a tablet.
#include "tests/app/app_fixture.hpp"

namespace oogst::testing {
namespace {

class DragToScroll : public ::testing::Test {
protected:
    void SetUp() override {
        fill_demo_workshop(store, {.tables = 12, .captures_per_table = 1, .seed = 3});
        ui.tap("start.table");
        ASSERT_TRUE(ui.shows(last_card()));
        ASSERT_LT(ui.widget(last_card()).visible.GetHeight(), 1) << "the last session should start below the screen";
    }

    std::string first_card() const { return "sessions.open." + store.state().sessions().front()->id; }
    std::string last_card() const { return "sessions.open." + store.state().sessions().back()->id; }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UiHarness ui{store};
};

TEST_F(DragToScroll, DraggingEmptySpaceRevealsTheSessionsBelow) {
    // Between two cards is empty space: the gap under the first one.
    const ImRect card = ui.widget(first_card()).rect;
    ui.drag(ImVec2(card.GetCenter().x, card.Max.y + 6), ImVec2(0, -2000));
    EXPECT_GT(ui.widget(last_card()).visible.GetHeight(), 1);

    ui.tap(last_card());
    EXPECT_EQ(ui.state().screen, app::Screen::board);
    EXPECT_EQ(ui.state().session_id, store.state().sessions().back()->id);
}

TEST_F(DragToScroll, DraggingACardScrollsAndDoesNotOpenIt) {
    ui.drag(ui.widget(first_card()).rect.GetCenter(), ImVec2(0, -2000));
    EXPECT_EQ(ui.state().screen, app::Screen::sessions);
    EXPECT_GT(ui.widget(last_card()).visible.GetHeight(), 1);
}

TEST_F(DragToScroll, AWobblyTapStillOpensTheCard) {
    ui.drag(ui.widget(first_card()).rect.GetCenter(), ImVec2(4, 5));
    EXPECT_EQ(ui.state().screen, app::Screen::board);
}

}  // namespace
}  // namespace oogst::testing
