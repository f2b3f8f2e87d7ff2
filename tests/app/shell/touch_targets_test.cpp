// Every touch widget on every screen is big enough for a finger, at scale 1 and on a
// high-density screen (DESIGN.md, Touch and kiosk).
#include "app/shell/ui.hpp"
#include "tests/app/app_fixture.hpp"

namespace oogst::testing {
namespace {

void expect_touchable(app::Shell& shell, float scale, const char* screen) {
    ASSERT_FALSE(shell.touch().widgets().empty()) << screen;
    for (const auto& widget : shell.touch().widgets()) {
        EXPECT_GE(widget.rect.GetHeight(), app::min_touch_px * scale - 0.5f) << screen << ": " << widget.name;
        EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px * scale - 0.5f) << screen << ": " << widget.name;
        EXPECT_NE(widget.id, 0u) << widget.name;
    }
}

class TouchTargets : public AppTest, public ::testing::WithParamInterface<float> {
protected:
    void SetUp() override {
        AppTest::SetUp();
        ui.reset();
        ui = std::make_unique<UiHarness>(*store, ImVec2(1280 * GetParam(), 800 * GetParam()), GetParam());
    }
};

TEST_P(TouchTargets, EveryScreenIsFingerSized) {
    const float scale = GetParam();
    expect_touchable(ui->shell(), scale, "start");
    ui->tap("start.table");
    expect_touchable(ui->shell(), scale, "sessions");
    ui->tap("sessions.open." + first_session());
    ui->state().error = "De notitie is niet bewaard: voorbeeld";
    ui->frame();
    expect_touchable(ui->shell(), scale, "board");
    EXPECT_GE(ImGui::GetFontSize(), 22 * scale);
    // The kiosk tile on a device without a kiosk: its first set-up (the staff's screens
    // of a kiosk that is set up: kiosk_staff_touch_test.cpp).
    ui->state().error.clear();
    ui->tap("board.back");
    ui->tap("sessions.back");
    ui->tap("start.kiosk");
    ASSERT_TRUE(ui->shows("settings.save"));
    expect_touchable(ui->shell(), scale, "kiosk set-up");
}

INSTANTIATE_TEST_SUITE_P(Scales, TouchTargets, ::testing::Values(1.0f, 2.0f));

}  // namespace
}  // namespace oogst::testing
