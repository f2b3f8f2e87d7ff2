// What a table makes and changes through core, not through the store directly: a new
// capture's place, colour and author; its own name and head count, never the
// facilitator's fields; a vote, refused on a capture deleted meanwhile.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/store/store.hpp"
#include "core/table/board_actions.hpp"
#include "core/table/scoring.hpp"
#include "core/table/table_capture.hpp"
#include "core/table/table_session.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class TableSessionTest : public ::testing::Test {
protected:
    void SetUp() override { store.record(SessionSet{"s", "droomsessie", "Tafel 1", "An", "Centrum", 0, 6}); }
    const SessionSet& session() const { return *store.state().session("s"); }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    BoardActions actions{store, history};
};

TEST_F(TableSessionTest, ANewCaptureGoesAtTheEndOfItsColumnInTheNextColour) {
    CaptureAdded first = new_table_capture(store.state(), "s", CaptureKind::text, "ideeen");
    first.text = "Meer bomen";
    actions.add(first);
    const CaptureAdded second = new_table_capture(store.state(), "s", CaptureKind::drawing, "ideeen");
    EXPECT_NE(first.id, second.id);
    EXPECT_EQ(second.session_id, "s");
    EXPECT_EQ(second.board, "ideeen");
    EXPECT_EQ(second.prompt, "ideeen");
    EXPECT_EQ(second.capture_kind, CaptureKind::drawing);
    EXPECT_GT(second.x, first.x);
    EXPECT_EQ(first.colour, note_palette[0]);
    EXPECT_EQ(second.colour, note_palette[1]);
    EXPECT_EQ(second.author_label, "Tafel");
}

TEST_F(TableSessionTest, RenamingKeepsTheFacilitatorsFields) {
    EXPECT_TRUE(rename_table(store, session(), "Tafel 1: De Kring"));
    EXPECT_FALSE(rename_table(store, session(), "Tafel 1: De Kring")) << "unchanged: nothing recorded";
    EXPECT_FALSE(rename_table(store, session(), "")) << "empty: nothing recorded";
    set_participants(store, session(), 8);
    EXPECT_EQ(session().table_name, "Tafel 1: De Kring");
    EXPECT_EQ(session().participants, 8);
    EXPECT_EQ(session().ambassador, "An");
    EXPECT_EQ(session().place, "Centrum");
    const auto count = store.operation_count();
    EXPECT_THROW(set_participants(store, session(), 0), UserError);
    EXPECT_THROW(set_participants(store, session(), max_participants + 1), UserError);
    EXPECT_EQ(store.operation_count(), count);
}

TEST_F(TableSessionTest, AVoteOnADeletedCaptureIsRefused) {
    CaptureAdded note = new_table_capture(store.state(), "s", CaptureKind::text, "ideeen");
    note.text = "Een speeltuin";
    actions.add(note);
    const Voting stars{VotingStyle::stars};
    cast_vote(store, stars, note.id, voter_token(1), 4);
    EXPECT_EQ(score_of(*store.state().capture(note.id), voter_token(1)), 4);
    actions.remove(note.id);
    const auto count = store.operation_count();
    EXPECT_THROW(cast_vote(store, stars, note.id, voter_token(2), 5), CaptureGone);
    EXPECT_THROW(cast_vote(store, stars, "nergens", voter_token(2), 5), CaptureGone);
    EXPECT_EQ(store.operation_count(), count);
}

}  // namespace
}  // namespace oogst::testing
