// The evening: four tablets that each made "Tafel 1: Centrum" are told apart and merged
// on the facilitator's side; the device list shows who handed in, for which session,
// and which planned tables are still missing; the join file goes to a stick from there.
#include "core/harvest/bundle_files.hpp"
#include "core/prepare/plan_problem.hpp"
#include "tests/app/prepare/prepare_fixture.hpp"

#include "app/prepare/prepare_words.hpp"

namespace oogst::testing {
namespace {

class DeviceScreens : public PrepareScreens {
protected:
    void SetUp() override {
        PrepareScreens::SetUp();
        make_workshop();
    }
};

TEST_F(DeviceScreens, FourTabletsWithOneNameAreToldApartAndMergedIntoOne) {
    for (int t = 0; t < 4; ++t) device_hands_in("Tafel 1: Centrum", 2 + t);
    const auto sessions = store->state().sessions();
    ASSERT_EQ(sessions.size(), 4u);
    std::vector<std::string> ids;
    for (const SessionSet* s : sessions) ids.push_back(s->id);
    open_from_desk("desk.open_sessions");
    for (const std::string& id : ids) EXPECT_TRUE(ui->shows("prepare.session.merge." + id));

    // The three others into the first, one after the other, as a facilitator taps them.
    for (int t = 1; t < 4; ++t) {
        ui->tap("prepare.session.merge." + ids[t]);
        EXPECT_FALSE(ui->shows("prepare.session.into." + ids[t])) << "not into itself";
        ui->tap("prepare.session.into." + ids[0]);
        EXPECT_TRUE(ui->state().error.empty()) << ui->state().error;
    }
    ASSERT_EQ(store->state().sessions().size(), 1u);
    EXPECT_EQ(store->state().capture_counts().at(ids[0]), 2u + 3u + 4u + 5u);
    EXPECT_FALSE(ui->shows("prepare.session.merge." + ids[1])) << "a merged session is no longer listed";
    // The table's own name can then be given back its place.
    ui->tap("prepare.session.edit." + ids[0]);
    type_into("prepare.session.name", " (4 tablets)");
    ui->tap("prepare.session.save");
    EXPECT_EQ(store->state().session(ids[0])->table_name, "Tafel 1: Centrum (4 tablets)") << ui->state().error;
}

TEST_F(DeviceScreens, AMergeCanBeCancelled) {
    const std::string a = add_table("Tafel 1"), b = add_table("Tafel 2");
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.session.merge." + a);
    ASSERT_TRUE(ui->shows("prepare.session.into." + b));
    ui->tap("prepare.session.merge.cancel");
    EXPECT_TRUE(ui->shows("prepare.session.merge." + b));
    EXPECT_EQ(store->state().sessions().size(), 2u);
}

TEST_F(DeviceScreens, TheDeviceListShowsWhoHandedInAndWhichTablesAreMissing) {
    const std::string centrum = add_table("Tafel 1: Centrum"), beveren = add_table("Tafel 2: Beveren"),
                      rumbeke = add_table("Tafel 3: Rumbeke");
    open_from_desk("desk.open_devices");
    EXPECT_EQ(ui->state().prepare.tab, app::PrepareTab::devices);
    for (const auto& id : {centrum, beveren, rumbeke}) EXPECT_TRUE(ui->shows("prepare.devices.waiting." + id));

    const std::string first = device_hands_in("", 3, centrum);
    const std::string second = device_hands_in("", 1, rumbeke);
    ui->state().prepare.devices_at = -1;  // as if the list's few seconds passed
    ui->frame();
    EXPECT_TRUE(ui->shows("prepare.device." + first.substr(0, 8)));
    EXPECT_TRUE(ui->shows("prepare.device." + second.substr(0, 8)));
    EXPECT_FALSE(ui->shows("prepare.devices.waiting." + centrum));
    EXPECT_TRUE(ui->shows("prepare.devices.waiting." + beveren)) << "the table still missing stands out";
    const auto& rows = ui->state().prepare.devices.devices;
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].device.id, first) << "the longest ago first";
    EXPECT_EQ(rows[0].sessions, std::vector<std::string>{centrum});
    EXPECT_EQ(rows[0].device.operations_held, 3u);
}

// Issue 15, item 2: a tablet lost or gone rogue is revoked from its row, with its work
// set aside, and taken back with it; nothing of it is ever thrown away.
TEST_F(DeviceScreens, ADeviceIsRevokedWithItsWorkSetAsideAndTakenBackFromItsRow) {
    const std::string centrum = add_table("Tafel 1: Centrum");
    const std::string tablet = device_hands_in("", 3, centrum);
    open_from_desk("desk.open_devices");
    const std::string row = "prepare.device." + tablet.substr(0, 8);
    ASSERT_TRUE(ui->shows(row));
    EXPECT_FALSE(ui->shows("prepare.device.revoke")) << "the actions show only for the device tapped";
    ui->tap(row);
    ASSERT_TRUE(ui->shows("prepare.device.revoke_all"));
    ui->tap("prepare.device.revoke_all");
    EXPECT_TRUE(ui->state().error.empty()) << ui->state().error;
    EXPECT_EQ(store->device_role(tablet), DeviceRole::revoked);
    EXPECT_EQ(store->state().capture_counts().count(centrum), 0u) << "its three notes are set aside";
    ui->state().prepare.devices_at = -1;
    ui->frame();
    EXPECT_EQ(ui->state().prepare.devices.devices.front().device.set_aside, 3u);
    ASSERT_TRUE(ui->shows("prepare.device.readmit"));
    ui->tap("prepare.device.readmit");
    EXPECT_EQ(store->device_role(tablet), DeviceRole::member);
    EXPECT_EQ(store->state().capture_counts().at(centrum), 3u) << "taken back with its work";
}

TEST_F(DeviceScreens, TheJoinFileGoesToAStickFromTheDeviceList) {
    open_from_desk("desk.open_devices");
    ASSERT_TRUE(ui->shows("desk.join.place.0"));
    ui->tap("desk.join.place.0");
    EXPECT_TRUE(ui->shows("desk.join.done")) << ui->state().error;
    EXPECT_EQ(find_files_below(usb.path(), ".oogst-join", {1, 10}).files.size(), 1u);
    EXPECT_TRUE(ui->shows("desk.hub.start")) << "and the hub's join code with its QR code, as on the desk";
}

TEST_F(DeviceScreens, EveryPreparationScreenIsFingerSized) {
    add_table("Tafel 1");
    put_on_stick("tafels.csv", "Tafel 2;Bib;An;19:30\n");
    device_hands_in("Tafel 9", 1);
    const auto check = [&](const char* where) {
        ASSERT_FALSE(ui->shell().touch().widgets().empty()) << where;
        for (const auto& widget : ui->shell().touch().widgets()) {
            EXPECT_GE(widget.rect.GetHeight(), app::min_touch_px - 0.5f) << where << ": " << widget.name;
            EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px - 0.5f) << where << ": " << widget.name;
        }
    };
    open_from_desk("desk.open_sessions");
    check("sessions");
    ui->tap("prepare.sessions.add_kiosk");
    check("kiosk form");
    ui->tap("prepare.session.cancel");
    ui->tap("prepare.sessions.add_table");
    check("table form");
    ui->tap("prepare.session.cancel");
    ui->tap("prepare.tab.devices");
    check("devices");
    ui->tap("prepare.tab.workshop");
    check("workshop");
}

TEST_F(DeviceScreens, EveryProblemIsSaidInEveryLanguage) {
    Assets assets = Assets::load();
    app::TouchRegistry touch;
    const platform::Fonts fonts{};  // words only: nothing is drawn
    for (int kind = 0; kind <= static_cast<int>(PlanProblem::Kind::csv_name_twice); ++kind)
        for (Language language : all_languages) {
            const app::Ui words{fonts, 1, touch, assets, language};
            const PlanProblem problem{static_cast<PlanProblem::Kind>(kind), "Tafel 1", "19u30", 2, 3};
            const std::string text = app::plan_problem_text(words, problem);
            EXPECT_EQ(text.find("prepare.problem"), std::string::npos) << kind << ": " << text;
            EXPECT_EQ(text.find('{'), std::string::npos) << kind << ": " << text;
            EXPECT_NE(text.find('3'), std::string::npos) << "the row is named: " << text;
        }
}

}  // namespace
}  // namespace oogst::testing
