// Creating the workshop without a terminal: the Facilitator tile of a fresh store opens
// the workshop form, each method's boards are shown before it is chosen, and "Create"
// makes the workshop with its keys; a form that cannot be saved says why and saves nothing.
#include "tests/app/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

TEST_F(PrepareScreens, AFreshStoreCreatesItsWorkshopFromTheFacilitatorTile) {
    ui->tap("start.facilitator");
    ASSERT_EQ(ui->state().screen, app::Screen::prepare);
    EXPECT_EQ(ui->state().prepare.tab, app::PrepareTab::workshop);
    // The dream session is shown first, with its three questions.
    EXPECT_TRUE(ui->shows("prepare.preview.board.stad-2030"));
    EXPECT_TRUE(ui->shows("prepare.preview.board.ideeen"));
    // Another method, previewed before anything is chosen.
    ui->tap("prepare.workshop.method.swot-plus");
    EXPECT_TRUE(ui->shows("prepare.preview.board.sterktes"));
    EXPECT_TRUE(ui->shows("prepare.preview.board.toekomstbeeld"));
    EXPECT_FALSE(ui->shows("prepare.preview.board.ideeen"));
    EXPECT_FALSE(store->state().has_workshop()) << "previewing chooses nothing yet";

    type_into("prepare.workshop.name", "Memorandum 2030");
    type_into("prepare.workshop.place", "Stadhuis Roeselare");
    type_into("prepare.workshop.dates", "2026-12-11, 2026-12-04");
    ui->tap("prepare.workshop.language.fr");
    ui->tap("prepare.workshop.save");
    ASSERT_TRUE(store->state().has_workshop()) << ui->state().error;
    const WorkshopSet& workshop = store->state().workshop();
    EXPECT_EQ(workshop.name, "Memorandum 2030");
    EXPECT_EQ(workshop.place, "Stadhuis Roeselare");
    EXPECT_EQ(workshop.method, "swot-plus");
    EXPECT_EQ(workshop.dates, (std::vector<std::string>{"2026-12-04", "2026-12-11"}));
    EXPECT_EQ(workshop.languages, (std::vector<std::string>{"nl", "fr"}));
    ASSERT_TRUE(store->workshop_keys().has_value());
    EXPECT_TRUE(store->workshop_keys()->is_facilitator()) << "this machine is the facilitator's";
    EXPECT_EQ(ui->state().prepare.tab, app::PrepareTab::sessions) << "the next step: its sessions";
    EXPECT_TRUE(ui->shows("prepare.sessions.add_table"));
}

TEST_F(PrepareScreens, AWorkshopWithoutANameIsNotCreated) {
    ui->tap("start.facilitator");
    type_into("prepare.workshop.dates", "4 december");
    ui->tap("prepare.workshop.save");
    EXPECT_FALSE(store->state().has_workshop());
    EXPECT_EQ(store->operation_count(), 0u);
    EXPECT_NE(ui->state().error.find("geef de workshop een naam"), std::string::npos) << ui->state().error;
    type_into("prepare.workshop.name", "Roeselare 2030");
    ui->tap("prepare.workshop.save");
    EXPECT_FALSE(store->state().has_workshop());
    EXPECT_NE(ui->state().error.find("“4” is geen dag"), std::string::npos) << ui->state().error;
    ui->tap("prepare.tab.sessions");
    EXPECT_EQ(ui->state().prepare.tab, app::PrepareTab::workshop) << "no sessions before there is a workshop";
}

TEST_F(PrepareScreens, TheWorkshopIsChangedLaterFromTheDesk) {
    make_workshop();
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.tab.workshop");
    type_into("prepare.workshop.place", " centrum");
    ui->tap("prepare.workshop.save");
    EXPECT_EQ(store->state().workshop().place, "Roeselare centrum") << ui->state().error;
    ui->tap("prepare.back");
    EXPECT_EQ(ui->state().screen, app::Screen::desk) << "back where it was opened";
}

TEST_F(PrepareScreens, TheDeskWithoutAWorkshopLeadsToItsCreation) {
    ui->state().screen = app::Screen::desk;
    ui->frame();
    ui->tap("desk.create_workshop");
    EXPECT_EQ(ui->state().screen, app::Screen::prepare);
    EXPECT_TRUE(ui->shows("prepare.workshop.save"));
}

}  // namespace
}  // namespace oogst::testing
