// Speelveld notes on a real store (issue 16): a Speelveld table's notes proposed as
// actors of their board's group and as links of their board's kind; turning one makes
// the actor or link with the note as its evidence, so the note is offered no more until
// what it became is deleted or undone; a name already on the map gets the note instead
// of a copy; notes of other methods and bad choices are refused with nothing stored.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/model/canonical_json.hpp"
#include "core/roadmap/speelveld_notes.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

using Ids = std::vector<std::string>;

class SpeelveldNotesTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(SessionSet{"s1", speelveld_method, "Speelveld 1", "", "", 0, 6});
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1", "", "", 0, 6});
        note("a1", "s1", "burgers", "Wijkraad Noord\nwil mee beslissen over het buurtbudget");
        note("a2", "s1", "politiek", "Schepen van Jeugd");
        note("l1", "s1", "verbinden", "Scholen met Dienst Jeugd\nluisteren, bemiddelen");
        note("d1", "t1", "ideeen", "Meer bomen in de straat");
    }

    void note(const std::string& id, const std::string& session, const std::string& board, const std::string& text) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = board;
        store.record(added);
    }

    Ids offered() const {
        Ids ids;
        for (const SpeelveldNote& note : speelveld_notes(store.state())) ids.push_back(note.capture_id);
        return ids;
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    RoadmapActions roadmap{store, history};
};

TEST_F(SpeelveldNotesTest, NotesAreProposedByTheirBoardInTheTemplatesOrder) {
    const auto notes = speelveld_notes(store.state());
    ASSERT_EQ(notes.size(), 3u) << "the dream session's note is no Speelveld note";
    EXPECT_EQ(notes[0].capture_id, "a2") << "politiek before burgers";
    EXPECT_EQ(notes[0].category, ActorCategory::politics);
    EXPECT_EQ(notes[1].category, ActorCategory::citizens);
    EXPECT_EQ(notes[1].name, "Wijkraad Noord");
    EXPECT_EQ(notes[1].note, "wil mee beslissen over het buurtbudget");
    EXPECT_FALSE(notes[1].is_link);
    EXPECT_TRUE(notes[2].is_link);
    EXPECT_EQ(notes[2].kind, LinkKind::verbinden);
    EXPECT_EQ(notes[2].competences, (Ids{"luisteren", "bemiddelen"}));
    EXPECT_EQ(notes[2].table, "Speelveld 1");
}

TEST_F(SpeelveldNotesTest, AnActorNoteBecomesAnActorHoldingItAndUndoOffersItAgain) {
    const std::string actor = actor_from_note(roadmap, store.state(), "a1");
    const ActorSet* made = store.state().roadmap().actor(actor);
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->name, "Wijkraad Noord");
    EXPECT_EQ(made->category, ActorCategory::citizens);
    EXPECT_EQ(made->note, "wil mee beslissen over het buurtbudget");
    EXPECT_EQ(store.state().roadmap().evidence(actor), Ids{"a1"});
    EXPECT_EQ(offered(), (Ids{"a2", "l1"}));
    EXPECT_NE(canonical_json(store.state()).find(R"("evidence":["a1"])"), std::string::npos) << "in the dump";
    history.undo(store);
    EXPECT_EQ(store.state().roadmap().actor(actor), nullptr);
    EXPECT_EQ(offered(), (Ids{"a2", "a1", "l1"}));
    EXPECT_EQ(store.state().capture("a1")->text.value(), "Wijkraad Noord\nwil mee beslissen over het buurtbudget")
        << "the table's words untouched";
}

TEST_F(SpeelveldNotesTest, ANameAlreadyOnTheMapGetsTheNoteInsteadOfACopy) {
    const std::string alderman = roadmap.create_actor({"schepen van jeugd ", ActorCategory::politics});
    EXPECT_EQ(speelveld_note(store.state(), "a2").same_actor, alderman);
    EXPECT_EQ(actor_from_note(roadmap, store.state(), "a2"), alderman);
    EXPECT_EQ(store.state().roadmap().actors().size(), 1u);
    EXPECT_EQ(store.state().roadmap().evidence(alderman), Ids{"a2"});
    history.undo(store);
    EXPECT_TRUE(store.state().roadmap().evidence(alderman).empty()) << "one undo step";
}

TEST_F(SpeelveldNotesTest, ALinkNoteJoinsTheTwoActorsChosenWithItsCompetences) {
    const std::string schools = roadmap.create_actor({"Scholen", ActorCategory::associations});
    const std::string youth = roadmap.create_actor({"Dienst Jeugd", ActorCategory::administration});
    const std::string link = link_from_note(roadmap, store.state(), "l1", schools, youth);
    const ActorLinkSet* made = store.state().roadmap().link(link);
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->link_kind, LinkKind::verbinden);
    EXPECT_EQ(made->competences, (Ids{"luisteren", "bemiddelen"}));
    EXPECT_EQ(offered(), (Ids{"a2", "a1"}));
    // Deleting an actor takes its links along: the note is offered again.
    roadmap.remove(youth);
    EXPECT_EQ(offered(), (Ids{"a2", "a1", "l1"}));
}

TEST_F(SpeelveldNotesTest, BadChoicesAreRefusedAndNothingIsStored) {
    const std::string schools = roadmap.create_actor({"Scholen", ActorCategory::associations});
    const std::string gone = roadmap.create_actor({"Oude raad", ActorCategory::politics});
    roadmap.remove(gone);
    const std::string before = canonical_json(store.state());
    const auto refused = [&](RoadmapProblem problem, auto change) {
        try {
            change();
            ADD_FAILURE() << "not refused";
        } catch (const RoadmapError& error) {
            EXPECT_EQ(error.problem(), problem) << error.what();
        }
        EXPECT_EQ(canonical_json(store.state()), before);
    };
    refused(RoadmapProblem::no_actor, [&] { link_from_note(roadmap, store.state(), "l1", schools, gone); });
    refused(RoadmapProblem::same_actor, [&] { link_from_note(roadmap, store.state(), "l1", schools, schools); });
    refused(RoadmapProblem::no_capture, [&] { link_from_note(roadmap, store.state(), "a1", schools, schools); });
    refused(RoadmapProblem::no_capture, [&] { actor_from_note(roadmap, store.state(), "l1"); });
    refused(RoadmapProblem::no_capture, [&] { actor_from_note(roadmap, store.state(), "d1"); });
    refused(RoadmapProblem::no_capture, [&] { actor_from_note(roadmap, store.state(), "nope"); });
}

TEST(CommaList, KeepsEachCompetenceOnceWithoutSpaces) {
    EXPECT_EQ(comma_list(" luisteren, bemiddelen ,,luisteren\nvertrouwen; "),
              (Ids{"luisteren", "bemiddelen", "vertrouwen"}));
    EXPECT_TRUE(comma_list(" , ").empty());
}

}  // namespace
}  // namespace oogst::testing
