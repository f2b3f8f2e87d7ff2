// Moving, editing and deleting notes on the board with a finger, and undoing it: each
// checked in the store, where it must be before the screen shows it.
#include "table_fixture.hpp"

namespace oogst::testing {
namespace {

TEST_F(TableTest, DraggingANoteToAnotherColumnMovesIt) {
    const ImVec2 from = centre_of("note.fiets");
    const ImVec2 to = centre_of("board.column.waarden");
    ui->drag(from, ImVec2(to.x - from.x, to.y - from.y + 150));
    EXPECT_EQ(capture("fiets").placement.value().board, "waarden");
    EXPECT_TRUE(ui->shows("note.fiets"));
    EXPECT_GT(ui->widget("note.fiets").rect.Min.x, ui->widget("board.column.waarden").rect.Min.x - 1);
    EXPECT_EQ(ui->state().menu_note, "") << "a drag is not a long press";
}

TEST_F(TableTest, DraggingANoteAboveAnotherPutsItFirstInTheColumn) {
    const ImVec2 from = centre_of("note.bank");
    const ImRect park = ui->widget("note.fiets").rect;
    ui->drag(from, ImVec2(park.Min.x + 20 - from.x, park.Min.y + 5 - from.y));
    EXPECT_EQ(capture("bank").placement.value().board, "stad-2030");
    EXPECT_LT(capture("bank").placement.value().x, capture("fiets").placement.value().x);
    ui->frame();
    EXPECT_LT(ui->widget("note.bank").rect.Min.y, ui->widget("note.fiets").rect.Min.y);
}

TEST_F(TableTest, LongPressOpensTheMenuAndDeleteThenUndoBringsTheNoteBack) {
    ui->long_press("note.park", 1.0f);
    ASSERT_EQ(ui->state().menu_note, "park");
    ui->tap("menu.delete");
    EXPECT_EQ(store->state().capture("park"), nullptr);
    EXPECT_FALSE(ui->shows("note.park"));
    EXPECT_EQ(ui->state().menu_note, "");

    ui->tap("board.undo");
    ASSERT_NE(store->state().capture("park"), nullptr);
    EXPECT_EQ(capture("park").text.value(), "Meer groen");
    EXPECT_TRUE(ui->shows("note.park"));
}

TEST_F(TableTest, ShortPressDoesNotOpenTheMenuAndCancelLeavesTheNote) {
    ui->tap("note.park");
    EXPECT_EQ(ui->state().menu_note, "");
    ui->long_press("note.park", 1.0f);
    ui->tap("menu.cancel");
    EXPECT_EQ(ui->state().menu_note, "");
    EXPECT_NE(store->state().capture("park"), nullptr);
}

TEST_F(TableTest, EditingANoteChangesItsTextAndUndoRestoresIt) {
    ui->long_press("note.bank", 1.0f);
    ui->tap("menu.edit");
    ASSERT_EQ(ui->state().composer, app::ComposerMode::edit_note);
    EXPECT_EQ(ui->state().edit_draft, "Bankjes");
    ui->tap("board.edit");
    ui->type(" op het plein");
    ui->tap("board.edit.save");
    EXPECT_EQ(capture("bank").text.value(), "Bankjes op het plein");
    EXPECT_EQ(ui->state().composer, app::ComposerMode::new_note);

    ui->tap("board.undo");
    EXPECT_EQ(capture("bank").text.value(), "Bankjes");
}

TEST_F(TableTest, UndoTakesBackSeveralActionsNewestFirst) {
    add_note_through_ui("Een speelstraat");
    const ImVec2 from = centre_of("note.fiets");
    const ImVec2 to = centre_of("board.column.ideeen");
    ui->drag(from, ImVec2(to.x - from.x, to.y - from.y + 150));
    ASSERT_EQ(capture("fiets").placement.value().board, "ideeen");

    ui->tap("board.undo");  // the move
    EXPECT_EQ(capture("fiets").placement.value().board, "stad-2030");
    ui->tap("board.undo");  // the new note
    for (const auto& [id, note] : store->state().captures_of("tafel")) EXPECT_NE(note->text.value(), "Een speelstraat");
    EXPECT_FALSE(ui->shows("board.undo")) << "nothing left to undo";
}

TEST_F(TableTest, UndoHistoryBelongsToItsTable) {
    add_note_through_ui("Een speelstraat");
    ui->tap("board.back");
    const std::string other = store->state().sessions().back()->id;
    ASSERT_NE(other, "tafel");
    ui->tap("sessions.open." + other);
    EXPECT_FALSE(ui->shows("board.undo"));
}

}  // namespace
}  // namespace oogst::testing
