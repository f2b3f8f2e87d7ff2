// Planning sessions through core: tables and kiosks added, changed, copied, removed,
// renamed and merged, each checked before anything is recorded.
#include "core/prepare/session_plan.hpp"

#include "core/model/new_capture.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/table/table_capture.hpp"
#include "tests/core/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

using Kind = PlanProblem::Kind;

class SessionPlanTest : public PrepareTest {
protected:
    void SetUp() override {
        PrepareTest::SetUp();
        make_workshop();
    }
    std::string table(const std::string& name, const std::string& place = "Bib") {
        return add_session(*store, {name, place, "An", "", parse_start("19:30", {"2026-12-04"}), 8, {}}, methods);
    }
    void note_in(const std::string& session_id) {
        CaptureAdded note = new_table_capture(store->state(), session_id, CaptureKind::text, "ideeen");
        note.text = "Meer bomen";
        store->record(note);
    }
    std::vector<std::string> names() const {
        std::vector<std::string> listed;
        for (const SessionSet* s : store->state().sessions()) listed.push_back(s->table_name);
        return listed;
    }
};

TEST_F(SessionPlanTest, ATableIsAddedWithEveryField) {
    const std::string id = table(" Tafel 3: Beveren ");
    const SessionSet* session = store->state().session(id);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->table_name, "Tafel 3: Beveren");
    EXPECT_EQ(session->place, "Bib");
    EXPECT_EQ(session->ambassador, "An");
    EXPECT_EQ(session->method, "droomsessie") << "the workshop's method when none is given";
    EXPECT_EQ(session->participants, 8);
    EXPECT_EQ(start_text(session->starts_at_ms), "2026-12-04 19:30");
    EXPECT_TRUE(session->schools.empty());
}

TEST_F(SessionPlanTest, AKioskHasItsExhibitionSchoolsAndClasses) {
    SessionPlan kiosk{"Mijn droomstad", "Stadhuis", "", "kinderkiosk", 0, 0,
                      {{" De Regenboog ", {"5A", " 5B", "5A"}}, {"", {}}, {"Sint-Jozef", {"6"}}}};
    const std::string id = add_session(*store, kiosk, methods);
    const SessionSet* session = store->state().session(id);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->method, "kinderkiosk");
    EXPECT_EQ(session->schools,
              (std::vector<SessionSchool>{{"De Regenboog", {"5A", "5B"}}, {"Sint-Jozef", {"6"}}}));
    kiosk.table_name = "Andere tentoonstelling";
    kiosk.schools = {};
    refused(Kind::kiosk_without_school, [&] { add_session(*store, kiosk, methods); });
    kiosk.schools = {{"De Regenboog", {}}};
    refused(Kind::kiosk_school_without_classes, [&] { add_session(*store, kiosk, methods); });
    kiosk.schools = {{"De Regenboog", {"5A"}}, {"de regenboog", {"6"}}};
    refused(Kind::kiosk_school_twice, [&] { add_session(*store, kiosk, methods); });
}

TEST_F(SessionPlanTest, ASessionThatCannotBeIsRefused) {
    table("Tafel 1");
    EXPECT_EQ(refused(Kind::name_taken, [&] { table(" tafel 1 "); }).name, "Tafel 1");
    refused(Kind::no_table_name, [&] { table("  "); });
    refused(Kind::unknown_method, [&] { add_session(*store, {"Tafel 2", "", "", "swott", 0, 0, {}}, methods); });
    refused(Kind::participants_out_of_range, [&] { add_session(*store, {"Tafel 2", "", "", "", 0, 13, {}}, methods); });
    refused(Kind::unknown_session, [&] { edit_session(*store, "bestaat-niet", {"Tafel 2"}, methods); });
}

TEST_F(SessionPlanTest, EditingChangesTheFieldsAndKeepsItsOwnName) {
    const std::string id = table("Tafel 1");
    table("Tafel 2");
    SessionPlan plan = plan_of(*store->state().session(id));
    plan.place = "OC De Zwaan";
    plan.method = "swot-plus";
    edit_session(*store, id, plan, methods);
    EXPECT_EQ(store->state().session(id)->place, "OC De Zwaan");
    EXPECT_EQ(store->state().session(id)->method, "swot-plus");
    plan.table_name = "Tafel 2";
    refused(Kind::name_taken, [&] { edit_session(*store, id, plan, methods); });
    rename_session(*store, id, "Tafel 1: Centrum", methods);
    EXPECT_EQ(store->state().session(id)->table_name, "Tafel 1: Centrum");
}

TEST_F(SessionPlanTest, ACopyGetsTheNextFreeName) {
    const std::string id = table("Tafel 3");
    const std::string copy = copy_session(*store, id);
    EXPECT_NE(copy, id);
    EXPECT_EQ(store->state().session(copy)->table_name, "Tafel 3 (2)");
    EXPECT_EQ(store->state().session(copy)->place, "Bib");
    EXPECT_EQ(store->state().session(copy)->participants, 8);
    EXPECT_EQ(store->state().session(copy_session(*store, copy))->table_name, "Tafel 3 (3)");
    EXPECT_EQ(store->state().session(copy_session(*store, id))->table_name, "Tafel 3 (4)");
}

TEST_F(SessionPlanTest, RemovingAPlannedSessionAndNotOneWithCaptures) {
    const std::string empty = table("Tafel 1"), used = table("Tafel 2");
    note_in(used);
    remove_session(*store, empty);
    EXPECT_EQ(names(), std::vector<std::string>{"Tafel 2"});
    const auto problem = refused(Kind::session_holds_captures, [&] { remove_session(*store, used); });
    EXPECT_EQ(problem.count, 1u);
    EXPECT_EQ(problem.name, "Tafel 2");
}

TEST_F(SessionPlanTest, MergingMakesTwoSessionsOne) {
    const std::string a = table("Tafel 1"), b = table("Tafel 1b"), c = table("Tafel 1c");
    note_in(a);
    note_in(b);
    note_in(b);
    merge_sessions(*store, b, a);
    EXPECT_EQ(names(), (std::vector<std::string>{"Tafel 1", "Tafel 1c"}));
    EXPECT_EQ(store->state().capture_counts().at(a), 3u);
    // Into a merged session: into what that one went into, so no chain is made here.
    merge_sessions(*store, c, b);
    EXPECT_EQ(store->state().session_root(c), a);
    EXPECT_EQ(names(), std::vector<std::string>{"Tafel 1"});
    refused(Kind::merge_into_itself, [&] { merge_sessions(*store, a, b); });
    refused(Kind::merge_into_itself, [&] { merge_sessions(*store, a, a); });
    refused(Kind::unknown_session, [&] { merge_sessions(*store, a, "bestaat-niet"); });
}

}  // namespace
}  // namespace oogst::testing
