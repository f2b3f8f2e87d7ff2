// A kiosk the facilitator planned (its exhibition title, schools and classes) reaches the
// kiosk through the join file: its first set-up starts from that plan, and its works go
// to the planned session.
#include "tests/app/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

TEST_F(PrepareScreens, AKioskStartsFromWhatTheFacilitatorPlanned) {
    make_workshop();
    const std::string planned = add_session(
        *store, {"Mijn droomstad", "Stadhuis", "", "kinderkiosk", 0, 0, {{"De Regenboog", {"5A", "5B"}}, {"Sint-Jozef", {"6"}}}},
        ui->assets().templates);
    TemporaryFolder kiosk_folder;
    auto kiosk = Store::open_or_create(kiosk_folder.path());
    join_workshop(kiosk, make_join_file(*store, "", {}));
    const auto sessions_before = kiosk.state().sessions().size();

    ui.reset();
    ui = std::make_unique<UiHarness>(kiosk);
    ui->tap("start.kiosk");
    const auto& edit = ui->state().kiosk.staff.edit;
    ASSERT_TRUE(ui->shows("settings.save"));
    EXPECT_EQ(edit.settings.title, "Mijn droomstad");
    ASSERT_EQ(edit.settings.schools.size(), 2u);
    EXPECT_EQ(edit.settings.schools[0].name, "De Regenboog");
    EXPECT_EQ(edit.settings.schools[0].classes, (std::vector<std::string>{"5A", "5B"}));
    EXPECT_EQ(edit.settings.session_id, planned);

    // The PIN as the teacher types it twice, then "Start".
    ui->state().kiosk.staff.edit.pin = "2468";
    ui->state().kiosk.staff.edit.pin_again = "2468";
    ui->tap("settings.save");
    ASSERT_TRUE(kiosk.kiosk_settings().has_value()) << ui->state().error;
    EXPECT_EQ(kiosk.kiosk_settings()->session_id, planned) << "its works go to the planned session";
    EXPECT_EQ(kiosk.state().sessions().size(), sessions_before) << "no second kiosk session is made";
    ui.reset();  // before the kiosk's store goes
}

}  // namespace
}  // namespace oogst::testing
