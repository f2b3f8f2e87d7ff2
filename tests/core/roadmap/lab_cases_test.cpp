// A Toekomstlab on a real store: a case made from a lab table takes each part from the
// strongest note on its board and links every note as its evidence; the long list is
// ranked by the stars of what each case came from; what the canvas can offer comes from
// the case, the stakeholder map and the sessions.
#include <gtest/gtest.h>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/roadmap/canvas_known.hpp"
#include "core/roadmap/lab_cases.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class LabTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Toekomstlab Roeselare", "toekomstlab", "Roeselare", {}, {"nl"}});
        store.record(SessionSet{"lab1", "toekomstlab", "Labtafel 1", "", "", 0, 5});
        store.record(SessionSet{"lab2", "toekomstlab", "Labtafel 2", "", "", 0, 5});
        note("a", "lab1", "idee", "Een app", 2);
        note("b", "lab1", "idee", "Buurtbudget\nDe wijk beslist zelf", 5);
        note("c", "lab1", "impact", "Inwoners voelen zich eigenaar", 4);
        note("d", "lab1", "trekker", "Dienst Participatie", 0);
        note("e", "lab2", "impact", "Minder eenzaamheid", 3);
    }

    void note(const std::string& id, const std::string& session, const std::string& board, const std::string& text,
              std::uint8_t stars) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = board;
        store.record(added);
        if (stars) store.record(VoteCast{id, "v1", stars});
    }

    Assets assets = Assets::load();
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    RoadmapActions roadmap{store, history};
};

TEST_F(LabTest, ACaseFromALabTableTakesTheStrongestNoteOfEachBoard) {
    EXPECT_EQ(lab_tables_without_case(store.state()).size(), 2u);
    const std::string id = case_from_lab_table(roadmap, store.state(), assets.templates, "lab1");
    const InnovationCaseSet* made = store.state().roadmap().innovation_case(id);
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->title, "Buurtbudget") << "the strongest idea, its first line";
    EXPECT_EQ(made->impact, "Inwoners voelen zich eigenaar");
    EXPECT_EQ(made->owner, "Dienst Participatie") << "an unscored board still gives its note";
    EXPECT_EQ(made->target_group, "");
    EXPECT_EQ(made->from_session, "lab1");
    EXPECT_EQ(store.state().roadmap().evidence(id), (std::vector<std::string>{"a", "b", "c", "d"}));
    EXPECT_EQ(lab_tables_without_case(store.state()).size(), 1u);
    const std::string untitled = case_from_lab_table(roadmap, store.state(), assets.templates, "lab2");
    EXPECT_EQ(store.state().roadmap().innovation_case(untitled)->title, "Labtafel 2") << "no idea written: the table's name";
    EXPECT_THROW(case_from_lab_table(roadmap, store.state(), assets.templates, "nope"), RoadmapError);
}

TEST_F(LabTest, TheLongListIsRankedByTheStarsOfWhatEachCameFrom) {
    const std::string strong = case_from_lab_table(roadmap, store.state(), assets.templates, "lab1");  // (2+5+4)/3
    const std::string weak = case_from_lab_table(roadmap, store.state(), assets.templates, "lab2");    // 3
    const std::string typed = roadmap.create_case({"Deelbib"});
    roadmap.shortlist(weak, true);
    const auto ranked = ranked_cases(store.state());
    ASSERT_EQ(ranked.size(), 3u);
    EXPECT_EQ(ranked[0].item->id, strong);
    EXPECT_EQ(ranked[1].item->id, weak);
    EXPECT_TRUE(ranked[1].shortlisted);
    EXPECT_EQ(ranked[2].item->id, typed) << "without votes, last";
}

TEST_F(LabTest, TheCanvasIsOfferedWhatTheWorkshopKnows) {
    const std::string id = case_from_lab_table(roadmap, store.state(), assets.templates, "lab1");
    roadmap.create_actor({"Buurtwerk", ActorCategory::partners});
    roadmap.create_actor({"Schepen", ActorCategory::politics});
    const CanvasKnown known = canvas_known(store.state(), id);
    EXPECT_EQ(known.partners, std::vector<std::string>{"Buurtwerk"});
    EXPECT_EQ(known.sessions, 2);
    EXPECT_EQ(known.participants, 10);
    EXPECT_EQ(known.captures, 5);
    EXPECT_EQ(known.impact, "Inwoners voelen zich eigenaar");
    EXPECT_EQ(known.owner, "Dienst Participatie");
}

}  // namespace
}  // namespace oogst::testing
