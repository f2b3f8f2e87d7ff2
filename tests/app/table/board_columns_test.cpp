// Grouping a session's notes into board columns, without drawing.
#include <gtest/gtest.h>

#include "app/table/board_columns.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class BoardColumns : public ::testing::Test {
protected:
    void SetUp() override { store.record(SessionSet{"s", "droomsessie", "Tafel 1", "", "", 0, 0}); }

    void note(const std::string& id, const std::string& board, const std::string& session = "s") {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = id;
        added.board = board;
        store.record(added);
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
};

TEST_F(BoardColumns, ColumnsFollowTheOrderOfTheirFirstNote) {
    note("a", "waarden");
    note("b", "ideeen");
    note("c", "waarden");
    note("elsewhere", "stad-2030", "other-session");

    const auto columns = app::board_columns(store.state(), "s");
    ASSERT_EQ(columns.size(), 2u);
    EXPECT_EQ(columns[0].board, "waarden");
    ASSERT_EQ(columns[0].notes.size(), 2u);
    EXPECT_EQ(columns[0].notes[0]->text.value(), "a");
    EXPECT_EQ(columns[0].notes[1]->text.value(), "c");
    EXPECT_EQ(columns[1].board, "ideeen");
    EXPECT_TRUE(app::has_named_boards(columns));
}

TEST_F(BoardColumns, NotesWithoutBoardsMakeOneUnnamedColumn) {
    note("a", "");
    note("b", "");
    const auto columns = app::board_columns(store.state(), "s");
    ASSERT_EQ(columns.size(), 1u);
    EXPECT_EQ(columns[0].notes.size(), 2u);
    EXPECT_FALSE(app::has_named_boards(columns));
}

TEST_F(BoardColumns, MovedNoteAppearsInItsNewColumnAndDeletedNotesNowhere) {
    note("a", "waarden");
    note("b", "waarden");
    store.record(CaptureMoved{"a", "ideeen", 0, 0});
    store.record(CaptureDeleted{"b"});
    const auto columns = app::board_columns(store.state(), "s");
    ASSERT_EQ(columns.size(), 1u);
    EXPECT_EQ(columns[0].board, "ideeen");
    EXPECT_EQ(columns[0].notes.size(), 1u);
}

}  // namespace
}  // namespace oogst::testing
