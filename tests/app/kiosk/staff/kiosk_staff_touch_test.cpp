// Every touch widget of the kiosk's staff side is big enough for a finger, at scale 1
// and on a high-density screen, and the children's side shows the corner button only.
#include "app/shell/ui.hpp"
#include "tests/app/kiosk/staff/kiosk_staff_fixture.hpp"

namespace oogst::testing {
namespace {

void expect_touchable(const app::Shell& shell, float scale, const char* screen) {
    ASSERT_FALSE(shell.touch().widgets().empty()) << screen;
    for (const auto& widget : shell.touch().widgets()) {
        EXPECT_GE(widget.rect.GetHeight(), app::min_touch_px * scale - 0.5f) << screen << ": " << widget.name;
        EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px * scale - 0.5f) << screen << ": " << widget.name;
    }
}

class KioskStaffTouchTargets : public KioskStaffTest, public ::testing::WithParamInterface<float> {};

TEST_P(KioskStaffTouchTargets, EveryStaffScreenIsFingerSized) {
    const float scale = GetParam();
    set_up_kiosk();
    submit(drawing_work("Lotte"));
    submit(poem_work("Ayoub"));
    store->save_kiosk_draft(drawing_work("Mila", false));
    ui = std::make_unique<UiHarness>(*store, ImVec2(1280 * scale, 800 * scale), scale);
    ui->state().screen = app::Screen::kiosk;
    ui->frame();
    expect_touchable(ui->shell(), scale, "children");
    ui->tap("kiosk.staff");
    expect_touchable(ui->shell(), scale, "pin");
    tap_pin(pin);
    expect_touchable(ui->shell(), scale, "menu");
    ui->tap("kiosk.menu.moderation");
    expect_touchable(ui->shell(), scale, "moderation");
    ui->tap("moderation.tab.drafts");
    expect_touchable(ui->shell(), scale, "drafts");
    ui->tap("moderation.back");
    ui->tap("kiosk.menu.settings");
    expect_touchable(ui->shell(), scale, "settings");
}

INSTANTIATE_TEST_SUITE_P(Scales, KioskStaffTouchTargets, ::testing::Values(1.0f, 2.0f));

}  // namespace
}  // namespace oogst::testing
