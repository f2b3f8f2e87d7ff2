// Planning sessions through the screens: a table and a kiosk added with the form, a
// table changed (renamed), copied and removed, one holding captures refused; a table
// list imported from the stick, or refused whole with its bad rows named.
#include "core/prepare/plan_time.hpp"
#include "tests/app/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

class SessionScreens : public PrepareScreens {
protected:
    void SetUp() override {
        PrepareScreens::SetUp();
        make_workshop();
    }
    const SessionSet* named(const std::string& name) const {
        for (const SessionSet* s : store->state().sessions())
            if (s->table_name == name) return s;
        return nullptr;
    }
};

TEST_F(SessionScreens, ATableIsAddedWithTheForm) {
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.sessions.add_table");
    type_into("prepare.session.name", "Tafel 3: Beveren");
    type_into("prepare.session.place", "OC Beveren");
    type_into("prepare.session.ambassador", "Lies");
    type_into("prepare.session.start", "19:30");
    for (int i = 0; i < 7; ++i) ui->tap("prepare.session.participants.more");
    ui->tap("prepare.session.method.swot-plus");
    ui->tap("prepare.session.save");
    const SessionSet* table = named("Tafel 3: Beveren");
    ASSERT_NE(table, nullptr) << ui->state().error;
    EXPECT_EQ(table->place, "OC Beveren");
    EXPECT_EQ(table->ambassador, "Lies");
    EXPECT_EQ(start_text(table->starts_at_ms), "2026-12-04 19:30");
    EXPECT_EQ(table->participants, 7);
    EXPECT_EQ(table->method, "swot-plus");
    EXPECT_TRUE(ui->shows("prepare.session.edit." + table->id)) << "back on the list";
}

TEST_F(SessionScreens, AFormThatCannotBeSavedSaysWhyAndStaysOpen) {
    add_table("Tafel 1");
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.sessions.add_table");
    type_into("prepare.session.name", "tafel 1");
    type_into("prepare.session.start", "half acht");
    ui->tap("prepare.session.save");
    EXPECT_NE(ui->state().error.find("“half acht” is geen beginuur"), std::string::npos) << ui->state().error;
    EXPECT_EQ(store->state().sessions().size(), 1u);
    ui->tap("prepare.session.start");
    for (int i = 0; i < 9; ++i) ui->press_key(ImGuiKey_Backspace);
    ui->tap("prepare.session.save");
    EXPECT_NE(ui->state().error.find("er is al een sessie “Tafel 1”"), std::string::npos) << ui->state().error;
    EXPECT_TRUE(ui->shows("prepare.session.save"));
    ui->tap("prepare.session.cancel");
    EXPECT_TRUE(ui->shows("prepare.sessions.add_table"));
    EXPECT_EQ(store->state().sessions().size(), 1u);
}

TEST_F(SessionScreens, AKioskHasItsExhibitionSchoolsAndClasses) {
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.sessions.add_kiosk");
    EXPECT_FALSE(ui->shows("prepare.session.participants.more")) << "a kiosk has no table's seats";
    type_into("prepare.session.name", "Mijn droomstad");
    type_into("prepare.session.school.0", "De Regenboog: 5A, 5B");
    ui->frame();
    type_into("prepare.session.school.1", "Sint-Jozef: 6");
    ui->tap("prepare.session.save");
    const SessionSet* kiosk = named("Mijn droomstad");
    ASSERT_NE(kiosk, nullptr) << ui->state().error;
    EXPECT_EQ(kiosk->method, "kinderkiosk");
    EXPECT_EQ(kiosk->schools, (std::vector<SessionSchool>{{"De Regenboog", {"5A", "5B"}}, {"Sint-Jozef", {"6"}}}));
}

TEST_F(SessionScreens, ATableIsRenamedCopiedAndRemoved) {
    const std::string id = add_table("Tafel 1");
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.session.edit." + id);
    type_into("prepare.session.name", ": Centrum");
    ui->tap("prepare.session.save");
    EXPECT_EQ(store->state().session(id)->table_name, "Tafel 1: Centrum") << ui->state().error;
    EXPECT_EQ(store->state().session(id)->place, "Bib") << "the other fields stay";

    ui->tap("prepare.session.copy." + id);
    const SessionSet* copy = named("Tafel 1: Centrum (2)");
    ASSERT_NE(copy, nullptr) << ui->state().error;
    const std::string copy_id = copy->id;
    EXPECT_EQ(copy->ambassador, "An");

    ui->tap("prepare.session.remove." + copy_id);
    EXPECT_NE(store->state().session(copy_id), nullptr) << "the first tap only asks";
    ui->tap("prepare.session.remove." + copy_id);
    EXPECT_EQ(store->state().session(copy_id), nullptr);
    EXPECT_EQ(store->state().sessions().size(), 1u);
}

TEST_F(SessionScreens, ASessionWithCapturesIsNotRemoved) {
    const std::string id = add_table("Tafel 1");
    device_hands_in("", 2, id);
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.session.remove." + id);
    ui->tap("prepare.session.remove." + id);
    EXPECT_NE(store->state().session(id), nullptr);
    EXPECT_NE(ui->state().error.find("bevat al 2 notities"), std::string::npos) << ui->state().error;
}

TEST_F(SessionScreens, ATableListOnTheStickIsImported) {
    put_on_stick("tafels.csv", "\xef\xbb\xbftafel;plaats;ambassadeur;begin\r\nTafel 1: Centrum;Bib;An;19:30\r\n"
                               "\"Tafel 2: Beveren\";\"OC Beveren, zaal 2\";Jo;2026-12-04 20:00\r\n");
    open_from_desk("desk.open_sessions");
    ASSERT_TRUE(ui->shows("prepare.csv.file.0"));
    ui->tap("prepare.csv.file.0");
    ASSERT_EQ(store->state().sessions().size(), 2u) << ui->state().error;
    EXPECT_EQ(named("Tafel 2: Beveren")->place, "OC Beveren, zaal 2");
    EXPECT_EQ(start_text(named("Tafel 1: Centrum")->starts_at_ms), "2026-12-04 19:30");
    EXPECT_NE(ui->state().prepare.notice.find("2 tafels toegevoegd uit tafels.csv"), std::string::npos);
    EXPECT_TRUE(ui->shows("prepare.session.edit." + named("Tafel 1: Centrum")->id));
}

TEST_F(SessionScreens, AMessyTableListIsRefusedWholeAndEachBadRowNamed) {
    put_on_stick("kapot.csv", "Tafel 1;Bib;An;19:30\nTafel 2;Bib;An;19u30\n;Bib;Jo;20:00\n");
    open_from_desk("desk.open_sessions");
    ui->tap("prepare.csv.file.0");
    EXPECT_TRUE(store->state().sessions().empty()) << "nothing is imported";
    ASSERT_TRUE(ui->shows("prepare.csv.problems"));
    const auto& problems = ui->state().prepare.table_list_problems;
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].row, 2u);
    EXPECT_EQ(problems[1].row, 3u);
}

}  // namespace
}  // namespace oogst::testing
