// The table's board actions and their undo, on a real store.
#include <gtest/gtest.h>

#include "core/assets/assets.hpp"
#include "core/store/store.hpp"
#include "core/table/board_actions.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class BoardActionsTest : public ::testing::Test {
protected:
    void SetUp() override { store.record(SessionSet{"s", "droomsessie", "Tafel 1", "", "", 0, 6}); }

    CaptureAdded note(const std::string& id, const std::string& board, float x) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "s";
        added.text = "notitie " + id;
        added.board = board;
        added.x = x;
        return added;
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    BoardActions actions{store, history};
};

TEST_F(BoardActionsTest, EachActionIsUndoneInReverseOrder) {
    actions.add(note("a", "ideeen", 0));
    actions.move("a", "waarden", 3);
    actions.edit_text("a", "beter verwoord");
    actions.remove("a");
    EXPECT_EQ(store.state().capture("a"), nullptr);
    ASSERT_EQ(history.size(), 4u);
    EXPECT_EQ(history.last().what, "undo.deleted");

    history.undo(store);  // the deletion
    ASSERT_NE(store.state().capture("a"), nullptr);
    EXPECT_EQ(store.state().capture("a")->text.value(), "beter verwoord");
    history.undo(store);  // the edit
    EXPECT_EQ(store.state().capture("a")->text.value(), "notitie a");
    history.undo(store);  // the move
    EXPECT_EQ(store.state().capture("a")->placement.value().board, "ideeen");
    EXPECT_EQ(store.state().capture("a")->placement.value().x, 0);
    history.undo(store);  // the addition
    EXPECT_EQ(store.state().capture("a"), nullptr);
    EXPECT_TRUE(history.empty());

    // Every undo is an operation in the store: reopening shows the same.
    const std::size_t operations = store.operation_count();
    Store reopened = Store::open(folder.path());
    EXPECT_EQ(reopened.operation_count(), operations);
    EXPECT_EQ(reopened.state().capture("a"), nullptr);
    EXPECT_EQ(operations, 1u + 4u + 4u);
}

TEST_F(BoardActionsTest, UnchangedEditsAndMovesRecordNothing) {
    actions.add(note("a", "ideeen", 2));
    const auto before = store.operation_count();
    actions.edit_text("a", "notitie a");
    actions.move("a", "ideeen", 2);
    EXPECT_EQ(store.operation_count(), before);
    EXPECT_EQ(history.size(), 1u);
}

TEST_F(BoardActionsTest, ActingOnANoteDeletedElsewhereSaysSoAndRemembersNothing) {
    actions.add(note("a", "ideeen", 0));
    store.record(CaptureDeleted{"a"});  // as a merge from another device would
    EXPECT_THROW(actions.edit_text("a", "toch"), CaptureGone);
    EXPECT_THROW(actions.move("a", "waarden", 0), UserError);
    EXPECT_EQ(history.size(), 1u);
}

TEST_F(BoardActionsTest, HistoryKeepsOnlyTheLastSteps) {
    UndoHistory short_history(3);
    BoardActions limited{store, short_history};
    for (int i = 0; i < 5; ++i) limited.add(note("n" + std::to_string(i), "ideeen", float(i)));
    EXPECT_EQ(short_history.size(), 3u);
    for (int i = 0; i < 5; ++i) short_history.undo(store);
    EXPECT_NE(store.state().capture("n1"), nullptr) << "older steps than the limit stay";
    EXPECT_EQ(store.state().capture("n2"), nullptr);
}

TEST(ColumnPlace, PutsACaptureBetweenItsNeighbours) {
    CaptureRecord low, high;
    Operation op;
    low.placement.offer({"b", 1, 0}, op);
    high.placement.offer({"b", 2, 0}, op);
    EXPECT_FLOAT_EQ(column_place(&low, &high), 1.5f);
    EXPECT_FLOAT_EQ(column_place(nullptr, &low), 0);
    EXPECT_FLOAT_EQ(column_place(&high, nullptr), 3);
    EXPECT_FLOAT_EQ(column_place(nullptr, nullptr), 0);
}

}  // namespace
}  // namespace oogst::testing

namespace oogst::testing {
namespace {

// The undo button shows the step's key translated: every key an action remembers must
// be in the app's words (the scan of app/ does not see these, they live in core/).
TEST(BoardActionsWords, EveryUndoStepHasItsWordsInEveryLanguage) {
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    store.record(SessionSet{"s", "droomsessie", "Tafel 1", "", "", 0, 0});
    UndoHistory history;
    BoardActions actions{store, history};
    CaptureAdded note;
    note.id = "a";
    note.session_id = "s";
    actions.add(note);
    actions.move("a", "waarden", 1);
    actions.edit_text("a", "nieuw");
    actions.remove("a");
    const Translations words = Translations::load(assets_folder() / "i18n");
    for (; !history.empty(); history.undo(store)) {
        EXPECT_TRUE(words.has(history.last().what)) << history.last().what;
        for (Language language : all_languages) EXPECT_NE(words.text(language, history.last().what), "");
    }
}

}  // namespace
}  // namespace oogst::testing
