// The roadmap (issue 16) on a real store: initiatives, actions, cases, actors, links,
// canvases and statements made, edited, linked to their evidence, removed and undone;
// bad input refused with a sentence and nothing stored; two facilitators' laptops
// converge whatever order their operations arrive in.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/errors.hpp"
#include "core/model/canonical_json.hpp"
#include "core/roadmap/roadmap_actions.hpp"
#include "core/roadmap/roadmap_evidence.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

using Ids = std::vector<std::string>;

class RoadmapTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1", "", "", 0, 6});
        store.record(SessionSet{"t2", "droomsessie", "Tafel 2", "", "", 0, 6});
        store.record(SessionSet{"kiosk", "kinderkiosk", "Expo", "", "", 0, 0});
        note("c1", "t1", "Meer bomen in de straat");
        note("c2", "t1", "Een park met bankjes");
        note("c3", "t2", "Groene speelplaatsen");
        note("w1", "kiosk", "tekening van een boom", true);
        note("w2", "kiosk", "een boomhut", false);
        store.record(ThemeSet{"ademen", "Ademen", "groen", "rust", "parken"});
    }

    void note(const std::string& id, const std::string& session, const std::string& text, bool shown = true) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = "ideeen";
        added.consent = shown ? consent::exhibit | consent::publish : 0;
        store.record(added);
    }

    // Runs change, which must throw RoadmapError problem and leave the store as it was.
    template <class Change>
    void refused(RoadmapProblem problem, Change change) {
        const std::string before = canonical_json(store.state());
        const std::size_t operations = store.state().operations_applied();
        try {
            change();
            ADD_FAILURE() << "not refused";
        } catch (const RoadmapError& error) {
            EXPECT_EQ(error.problem(), problem) << error.what();
            EXPECT_FALSE(std::string(error.what()).empty());
        }
        EXPECT_EQ(store.state().operations_applied(), operations);
        EXPECT_EQ(canonical_json(store.state()), before);
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    RoadmapActions roadmap{store, history};
};

TEST_F(RoadmapTest, AnInitiativeCountsTheDreamsTablesAndChildrensWorksItAnswers) {
    const std::string id = roadmap.create_initiative(
        {"ademen", " Bomenplan ", "Elke straat een boom", "Groendienst", false, {"Natuurpunt", " ", "Natuurpunt"}, 2030},
        {"c1", "c2", "c3", "w1", "w2"});
    const InitiativeSet* made = store.state().roadmap().initiative(id);
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->title, "Bomenplan");
    EXPECT_EQ(made->partners, Ids{"Natuurpunt"});
    EXPECT_EQ(made->horizon, 2030);
    const EvidenceCount count = count_evidence(store.state(), store.state().roadmap().evidence(id));
    EXPECT_EQ(count.dreams, 3);
    EXPECT_EQ(count.tables, 2);
    EXPECT_EQ(count.children_works, 1) << "a child's work without the consent to be shown is not counted";
    history.undo(store);
    EXPECT_EQ(store.state().roadmap().initiative(id), nullptr);
}

TEST_F(RoadmapTest, AnInitiativeOfAMergedKeyGoesToTheKeyItIsNowPartOf) {
    store.record(ThemeSet{"groen", "Groen", "", "", ""});
    store.record(ThemeMerged{"groen", "ademen"});
    const std::string id = roadmap.create_initiative({"groen", "Bomenplan"});
    EXPECT_EQ(store.state().roadmap().initiative(id)->theme_id, "ademen");
}

TEST_F(RoadmapTest, ActionsHangOnTheirInitiativeAndGoAndComeBackWithIt) {
    const std::string plan = roadmap.create_initiative({"ademen", "Bomenplan"});
    const std::string later = roadmap.create_action({plan, "Bomen planten", "Groendienst", "2027-11-15"});
    const std::string first = roadmap.create_action({plan, "Straten kiezen", "Mobiliteit", "2027-03-01", "2027-06-01"});
    const std::string undated = roadmap.create_action({plan, "Bewoners vragen"});
    Ids order;
    for (const ActionSet* action : store.state().roadmap().actions_of(plan)) order.push_back(action->id);
    EXPECT_EQ(order, (Ids{first, later, undated})) << "by due date, undated last";
    roadmap.remove(plan);
    EXPECT_EQ(store.state().roadmap().action(first), nullptr);
    history.undo(store);
    EXPECT_NE(store.state().roadmap().action(first), nullptr);
    EXPECT_EQ(store.state().roadmap().actions_of(plan).size(), 3u);
}

TEST_F(RoadmapTest, BadInputIsRefusedWithASentenceAndNothingStored) {
    const std::string plan = roadmap.create_initiative({"ademen", "Bomenplan"});
    refused(RoadmapProblem::no_title, [&] { roadmap.create_initiative({"ademen", "   "}); });
    refused(RoadmapProblem::no_key, [&] { roadmap.create_initiative({"no-such-key", "Bomenplan"}); });
    refused(RoadmapProblem::bad_year, [&] { roadmap.create_initiative({"ademen", "Bomenplan", "", "", false, {}, 30}); });
    refused(RoadmapProblem::no_capture, [&] { roadmap.create_initiative({"ademen", "Bomenplan"}, {"c1", "nope"}); });
    refused(RoadmapProblem::no_initiative, [&] { roadmap.create_action({"no-such-initiative", "Bomen planten"}); });
    refused(RoadmapProblem::no_title, [&] { roadmap.create_action({plan, ""}); });
    refused(RoadmapProblem::bad_date, [&] { roadmap.create_action({plan, "Bomen planten", "", "31/02/2027"}); });
    refused(RoadmapProblem::bad_date, [&] { roadmap.create_action({plan, "Bomen planten", "", "2027-02-31"}); });
    refused(RoadmapProblem::no_title, [&] { roadmap.create_case({""}); });
    refused(RoadmapProblem::no_title, [&] { roadmap.create_actor({" ", ActorCategory::citizens}); });
    const std::string school = roadmap.create_actor({"Basisschool De Linde", ActorCategory::associations});
    const std::string gone = roadmap.create_actor({"Oude raad", ActorCategory::politics});
    roadmap.remove(gone);
    refused(RoadmapProblem::no_actor, [&] { roadmap.create_link({school, gone, LinkKind::verbinden}); });
    refused(RoadmapProblem::no_actor, [&] { roadmap.create_link({school, "nobody", LinkKind::verbinden}); });
    refused(RoadmapProblem::same_actor, [&] { roadmap.create_link({school, school, LinkKind::regie}); });
    refused(RoadmapProblem::gone, [&] { roadmap.remove(gone); });
    refused(RoadmapProblem::gone, [&] { roadmap.set_canvas_block(gone, CanvasBlock::budget, "10.000 euro"); });
}

TEST_F(RoadmapTest, ALinkLivesWhileBothItsActorsDo) {
    const std::string school = roadmap.create_actor({"Basisschool De Linde", ActorCategory::associations});
    const std::string city = roadmap.create_actor({"Dienst Jeugd", ActorCategory::administration});
    const std::string link = roadmap.create_link({school, city, LinkKind::verbinden, {"luisteren", "luisteren", "bemiddelen"}});
    EXPECT_EQ(store.state().roadmap().link(link)->competences, (Ids{"luisteren", "bemiddelen"}));
    roadmap.remove(city);
    EXPECT_EQ(store.state().roadmap().link(link), nullptr);
    EXPECT_TRUE(store.state().roadmap().links().empty());
    history.undo(store);
    EXPECT_NE(store.state().roadmap().link(link), nullptr);
}

TEST_F(RoadmapTest, ActorsArePlacedOnTheMapAndMovesAreUndone) {
    const std::string school = roadmap.create_actor({"Basisschool De Linde", ActorCategory::associations});
    float x = 0, y = 0;
    EXPECT_FALSE(store.state().roadmap().actor_place(school, x, y));
    roadmap.place_actor(school, 0.25f, 0.5f);
    roadmap.place_actor(school, 2.0f, 0.75f);
    ASSERT_TRUE(store.state().roadmap().actor_place(school, x, y));
    EXPECT_EQ(x, 1.0f) << "kept on the map";
    history.undo(store);
    ASSERT_TRUE(store.state().roadmap().actor_place(school, x, y));
    EXPECT_EQ(x, 0.25f);
    EXPECT_EQ(y, 0.5f);
}

TEST_F(RoadmapTest, CanvasBlocksStatementsAndTheShortlistAreEachTheirOwnRegister) {
    const std::string lab = roadmap.create_case({"Buurtbudget", "Meer eigenaarschap", "Buurten", "Proefwijk", "Dienst Participatie"},
                                                {"c1"});
    roadmap.set_canvas_block(lab, CanvasBlock::budget, "25.000 euro per jaar");
    roadmap.set_canvas_block(lab, CanvasBlock::partners, "Buurtwerk");
    roadmap.shortlist(lab, true);
    roadmap.set_statement(StatementPart::mission, "Samen maken we de stad");
    const RoadmapState& state = store.state().roadmap();
    EXPECT_EQ(state.canvas_block(lab, CanvasBlock::budget), "25.000 euro per jaar");
    EXPECT_TRUE(state.shortlisted(lab));
    EXPECT_EQ(state.statement(StatementPart::mission), "Samen maken we de stad");
    const std::string json = canonical_json(store.state());
    EXPECT_NE(json.find(R"("canvas":{"budget":"25.000 euro per jaar","partners":"Buurtwerk"})"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("shortlisted":true)"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("statements":{"mission":"Samen maken we de stad")"), std::string::npos) << json;
    history.undo(store);  // the statement
    history.undo(store);  // the shortlist
    history.undo(store);  // the partners block
    EXPECT_FALSE(state.shortlisted(lab));
    EXPECT_EQ(state.canvas_block(lab, CanvasBlock::partners), "");
    EXPECT_EQ(state.statement(StatementPart::mission), "");
}

TEST_F(RoadmapTest, AWorkshopWithoutARoadmapPrintsAsBefore) {
    const std::string json = canonical_json(store.state());
    for (const char* part : {"initiatives", "actions", "cases", "actors", "links", "statements"})
        EXPECT_EQ(json.find(std::string("\"") + part + "\""), std::string::npos) << part;
}

// Two facilitators' laptops edit the same roadmap: whatever order their operations
// are folded in, any number of times, the state prints the same bytes.
TEST(RoadmapMerge, TwoLaptopsConvergeInAnyOrder) {
    TemporaryFolder folder;
    std::vector<Operation> all;
    for (const char* laptop : {"laptop-a", "laptop-b"}) {
        Store store = Store::open_or_create(folder / laptop);
        UndoHistory history;
        RoadmapActions roadmap(store, history);
        store.record(SessionSet{"t1", "stadsdebat", "Tafel 1", "", "", 0, 6});
        CaptureAdded proposal;
        proposal.id = "p1";
        proposal.session_id = "t1";
        proposal.text = "Een boom per straat";
        store.record(proposal);
        store.record(ThemeSet{"ademen", "Ademen", "", "", ""});
        // Both laptops made the same actors' ids by hand: they collide on purpose.
        store.record(ActorSet{"school", std::string("School ") + laptop, ActorCategory::associations, ""});
        store.record(ActorSet{"jeugd", "Dienst Jeugd", ActorCategory::administration, ""});
        const std::string plan = roadmap.create_initiative({"ademen", std::string("Plan ") + laptop}, {"p1"});
        roadmap.create_action({plan, "Eerste stap", laptop});
        roadmap.create_link({"school", "jeugd", LinkKind::regie, {laptop}});
        roadmap.place_actor("school", laptop[7] == 'a' ? 0.1f : 0.9f, 0.5f);
        store.record(CanvasBlockSet{plan, CanvasBlock::budget, laptop});
        store.record(StatementSet{StatementPart::vision, laptop});
        if (laptop[7] == 'b') store.record(RoadmapItemDeleted{"jeugd"});
        for (Operation& op : store.own_operations_after(0)) all.push_back(std::move(op));
    }
    std::mt19937_64 random(16);
    std::string first;
    for (int round = 0; round < 12; ++round) {
        std::vector<Operation> order = all;
        std::shuffle(order.begin(), order.end(), random);
        if (round % 3 == 0) order.insert(order.end(), all.begin(), all.begin() + static_cast<long>(all.size() / 2));
        WorkshopState state;
        for (const Operation& op : order) state.apply(op);
        const std::string json = canonical_json(state);
        if (round == 0) {
            first = json;
            EXPECT_EQ(state.roadmap().initiatives().size(), 2u);
            EXPECT_TRUE(state.roadmap().links().empty()) << "jeugd was deleted on laptop b";
        }
        EXPECT_EQ(json, first) << "round " << round;
    }
}

}  // namespace
}  // namespace oogst::testing
