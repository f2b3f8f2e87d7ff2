// Moving between the screens by tapping, as a participant would.
#include "tests/app/app_fixture.hpp"

namespace oogst::testing {
namespace {

using app::Screen;

TEST_F(AppTest, StartScreenOffersTheThreeModes) {
    EXPECT_EQ(ui->state().screen, Screen::start);
    EXPECT_TRUE(ui->shows("start.table"));
    EXPECT_TRUE(ui->shows("start.kiosk"));
    EXPECT_TRUE(ui->shows("start.facilitator"));
}

TEST_F(AppTest, TappingTableShowsEverySessionOfTheWorkshop) {
    ui->tap("start.table");
    EXPECT_EQ(ui->state().screen, Screen::sessions);
    const auto sessions = store->state().sessions();
    ASSERT_EQ(sessions.size(), 3u);
    for (const SessionSet* session : sessions)
        EXPECT_TRUE(ui->shows("sessions.open." + session->id)) << session->table_name;
}

TEST_F(AppTest, TappingASessionOpensItsBoardAndBackReturns) {
    ui->tap("start.table");
    const std::string second = store->state().sessions()[1]->id;
    ui->tap("sessions.open." + second);
    EXPECT_EQ(ui->state().screen, Screen::board);
    EXPECT_EQ(ui->state().session_id, second);
    // The demo's notes answer three prompts: one column each.
    EXPECT_TRUE(ui->shows("board.column.stad-2030"));
    EXPECT_TRUE(ui->shows("board.column.waarden"));
    EXPECT_TRUE(ui->shows("board.column.ideeen"));

    ui->tap("board.back");
    EXPECT_EQ(ui->state().screen, Screen::sessions);
    ui->tap("sessions.back");
    EXPECT_EQ(ui->state().screen, Screen::start);
}

TEST_F(AppTest, FacilitatorAndHarvestLeadBack) {
    const std::pair<const char*, const char*> modes[] = {
        {"start.facilitator", "desk.back"}, {"start.harvest", "harvest.back"}};
    for (const auto& [mode, back] : modes) {
        ui->tap(mode);
        EXPECT_NE(ui->state().screen, Screen::start) << mode;
        ui->tap(back);
        EXPECT_EQ(ui->state().screen, Screen::start) << mode;
    }
}

TEST_F(AppTest, TheKioskTileOpensTheKiosksFirstSetUpAndStartLeadsBack) {
    // This device has no kiosk yet: whoever taps the tile sets it up, unlocked.
    ui->tap("start.kiosk");
    EXPECT_EQ(ui->state().screen, Screen::kiosk);
    EXPECT_EQ(ui->state().kiosk.staff.screen, app::KioskStaffScreen::settings);
    EXPECT_FALSE(ui->state().kiosk.locked);
    EXPECT_TRUE(ui->shows("settings.title"));
    EXPECT_TRUE(ui->shows("settings.save"));
    EXPECT_FALSE(ui->shows("kiosk.staff")) << "no children's side before it is set up";
    ui->tap("settings.back");
    EXPECT_EQ(ui->state().screen, Screen::start);
    EXPECT_FALSE(ui->state().kiosk.quit) << "opened from the start screen, leaving it does not end the app";
}

TEST_F(AppTest, ATapThatMissesChangesNothing) {
    const ImRect table = ui->widget("start.table").rect;
    ImGuiIO& io = ImGui::GetIO();
    // Pressed on the Table tile but released off it: not a tap (ImGui 1.86 semantics).
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ui->frame();
    io.MousePos = table.GetCenter();
    io.MouseDown[0] = true;
    ui->frame();
    io.MousePos = ImVec2(5, 5);
    io.MouseDown[0] = false;
    ui->frame();
    EXPECT_EQ(ui->state().screen, Screen::start);
}

}  // namespace
}  // namespace oogst::testing
