// Moving, editing and deleting notes on the board with a finger, and undoing it: each
// checked in the store, where it must be before the screen shows it. A note is picked
// up after a hold (hold_to_lift); a swipe without one scrolls (board_swipe_test.cpp).
#include "tests/app/table/table_fixture.hpp"

namespace oogst::testing {
namespace {

// Long enough for a note to lift (app/table/board_notes.hpp, note_hold_seconds).
constexpr float hold_to_lift = 0.7f;

TEST_F(TableTest, DraggingANoteToAnotherColumnMovesIt) {
    const ImVec2 from = centre_of("note.fiets");
    const ImVec2 to = centre_of("board.column.waarden");
    ui->drag(from, ImVec2(to.x - from.x, to.y - from.y + 150), hold_to_lift);
    EXPECT_EQ(capture("fiets").placement.value().board, "waarden");
    EXPECT_TRUE(ui->shows("note.fiets"));
    EXPECT_GT(ui->widget("note.fiets").rect.Min.x, ui->widget("board.column.waarden").rect.Min.x - 1);
    EXPECT_EQ(ui->state().menu_note, "") << "a drag is not a long press";
}

TEST_F(TableTest, DraggingANoteAboveAnotherPutsItFirstInTheColumn) {
    const ImVec2 from = centre_of("note.bank");
    const ImRect park = ui->widget("note.fiets").rect;
    ui->drag(from, ImVec2(park.Min.x + 20 - from.x, park.Min.y + 5 - from.y), hold_to_lift);
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
    // The column scrolled to the new note, above the keyboard; fiets is further up.
    bring_into_view("stad-2030", "note.fiets");
    const ImVec2 from = centre_of("note.fiets");
    const ImVec2 to = centre_of("board.column.ideeen");
    ui->drag(from, ImVec2(to.x - from.x, to.y - from.y + 150), hold_to_lift);
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

namespace oogst::testing {
namespace {

// A note held at the bottom edge of a long column scrolls it, so it can be carried to
// the end of the column and not only to the notes in view.
TEST_F(TableTest, HoldingANoteAtAColumnsEdgeScrollsTheColumn) {
    for (int i = 0; i < 24; ++i) add_note("extra-" + std::to_string(i), "stad-2030", 2.0f + i, "Idee " + std::to_string(i));
    ui->frames(2);
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 from = centre_of("note.fiets");
    const ImVec2 to(from.x, ui->widget("board.text").rect.Min.y - 24);  // just above the column's bottom edge
    io.MousePos = from;
    io.MouseDown[0] = false;
    ui->frame();
    io.MouseDown[0] = true;
    ui->frame();
    ui->wait(hold_to_lift);
    for (int step = 1; step <= 8; ++step) {
        io.MousePos = ImVec2(from.x, from.y + (to.y - from.y) * step / 8);
        ui->frame();
    }
    ui->wait(2.5f);  // held at the edge
    io.MouseDown[0] = false;
    ui->frames(2);

    int before_it = 0;
    for (const auto& [id, note] : store->state().captures_of("tafel"))
        if (note->placement.value().board == "stad-2030" && *id != "fiets")
            before_it += note->placement.value().x < capture("fiets").placement.value().x;
    EXPECT_GE(before_it, 20) << "the note should have been carried far down the column";
}

}  // namespace
}  // namespace oogst::testing

namespace oogst::testing {
namespace {

// A method without a template keeps its notes in one grid: a note let go on the right
// half of another lands just after it, in that row.
TEST_F(AppTest, DroppingANoteInAGridPutsItBesideTheNoteUnderTheFinger) {
    store->record(SessionSet{"grid", "eigen-methode", "Tafel G", "", "", 0, 0});
    const std::vector<std::string> ids = {"a", "b", "c", "d", "e"};
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CaptureAdded note;
        note.id = ids[i];
        note.session_id = "grid";
        note.text = "Notitie " + ids[i];
        note.x = static_cast<float>(i);
        store->record(note);
    }
    ui->tap("start.table");
    ui->tap("sessions.open.grid");
    const ImRect c = ui->widget("note.c").rect, d = ui->widget("note.d").rect;
    ASSERT_EQ(c.Min.y, d.Min.y) << "c and d share a row";
    const ImRect e = ui->widget("note.e").rect;
    const ImVec2 from((e.Min.x + e.Max.x) / 2, (e.Min.y + e.Max.y) / 2);
    const ImVec2 to(c.Max.x - 10, c.Min.y + c.GetHeight() * 0.3f);  // in the upper half of the row
    ui->drag(from, ImVec2(to.x - from.x, to.y - from.y), hold_to_lift);

    const auto x = [&](const char* id) { return store->state().capture(id)->placement.value().x; };
    EXPECT_GT(x("e"), x("c"));
    EXPECT_LT(x("e"), x("d"));
}

}  // namespace
}  // namespace oogst::testing
