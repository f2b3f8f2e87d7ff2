// Drawing on the table and saving: what "Bewaren" acknowledges is in the store (the
// strokes as drawn, a PNG preview), stays there when the store is reopened, and a
// drawing the store refuses stays on the canvas.
#include <sqlite3.h>

#include "app/widgets/canvas/drawing_canvas_state.hpp"
#include "core/drawing/drawing_thumbnail.hpp"
#include "core/model/ids.hpp"
#include "tests/app/widgets/drawing_fixture.hpp"

namespace oogst::testing {
namespace {

TEST_F(DrawingTest, TwoStrokesInTwoColoursAreSavedWithTheirPreviewAndSurviveReopening) {
    open_canvas();
    const std::size_t on_first_board = [&] {
        std::size_t count = 0;
        for (const auto& [id, capture] : store->state().captures_of(first_session()))
            count += capture->placement.value().board == "stad-2030";
        return count;
    }();

    stroke(0.1f, 0.2f, 0.6f, 0.1f);   // the default pen: black
    ui->tap("canvas.colour.1");       // red
    ui->tap("canvas.width.2");        // thick
    stroke(0.2f, 0.8f, 0.5f, -0.3f);
    ASSERT_EQ(canvas_strokes().size(), 2u);
    ui->tap("canvas.undo");
    EXPECT_EQ(canvas_strokes().size(), 1u);
    ui->tap("canvas.redo");
    ASSERT_EQ(canvas_strokes().size(), 2u);
    ui->tap("drawing.save");

    EXPECT_EQ(ui->state().screen, app::Screen::board);
    EXPECT_EQ(ui->state().error, "");
    const auto saved = drawings();
    ASSERT_EQ(saved.size(), 1u);
    const CaptureAdded& drawing = *saved.front()->origin;
    EXPECT_EQ(drawing.author_label, "Tafel");
    EXPECT_EQ(drawing.board, "stad-2030");  // the column the board had chosen
    EXPECT_EQ(drawing.prompt, "stad-2030");
    EXPECT_EQ(saved.front()->placement.value().board, "stad-2030");
    // After the notes already there (the column is ordered by x).
    for (const auto& [id, other] : store->state().captures_of(drawing.session_id))
        if (other != saved.front() && other->placement.value().board == "stad-2030")
            EXPECT_LT(other->placement.value().x, drawing.x);
    EXPECT_GE(on_first_board, 1u);
    EXPECT_NE(drawing.colour, 0u);
    ASSERT_EQ(drawing.strokes.size(), 2u);
    const Stroke& black = drawing.strokes[0];
    const Stroke& red = drawing.strokes[1];
    EXPECT_EQ(black.colour, app::drawing_colours[0]);
    EXPECT_EQ(black.width, app::drawing_widths[1]);
    EXPECT_EQ(red.colour, app::drawing_colours[1]);
    EXPECT_EQ(red.width, app::drawing_widths[2]);
    // The strokes are where the finger went, in paper units.
    ASSERT_GE(black.points.size(), 2u);
    EXPECT_NEAR(black.points.front().x, 0.1f, 0.01f);
    EXPECT_NEAR(black.points.front().y, 0.2f, 0.01f);
    EXPECT_NEAR(black.points.back().x, 0.7f, 0.01f);
    EXPECT_NEAR(black.points.back().y, 0.3f, 0.01f);
    EXPECT_NEAR(red.points.back().y, 0.5f, 0.01f);
    // The canvas starts over for the next drawing.
    EXPECT_TRUE(canvas_strokes().empty());

    const std::optional<std::string> preview = store->blob(drawing.preview_blob);
    ASSERT_TRUE(preview.has_value());
    EXPECT_EQ(png_size(*preview), std::make_pair(480, 360));

    const std::string id = drawing.id;
    ui.reset();
    store.reset();
    const Store reopened = Store::open(folder.path());
    const CaptureRecord* again = reopened.state().capture(id);
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->origin->capture_kind, CaptureKind::drawing);
    EXPECT_EQ(again->origin->strokes.size(), 2u);
    EXPECT_EQ(again->origin->strokes[1].colour, app::drawing_colours[1]);
    EXPECT_TRUE(reopened.blob(again->origin->preview_blob).has_value());
}

TEST_F(DrawingTest, DrawingGoesToTheColumnTappedOnTheBoard) {
    open_first_board();
    ui->tap("board.column.ideeen");
    ui->tap("board.draw");
    stroke(0.3f, 0.3f, 0.2f, 0.2f);
    ui->tap("drawing.save");
    ASSERT_EQ(drawings().size(), 1u);
    EXPECT_EQ(drawings().front()->placement.value().board, "ideeen");
}

TEST_F(DrawingTest, AnEmptyOrClearedCanvasIsNotSaved) {
    open_canvas();
    const std::uint64_t operations = store->operation_count();
    ui->tap("drawing.save");
    EXPECT_EQ(ui->state().screen, app::Screen::drawing);

    stroke(0.2f, 0.2f, 0.3f, 0.3f);
    ui->tap("canvas.clear");
    EXPECT_TRUE(canvas_strokes().empty());
    ui->tap("drawing.save");
    EXPECT_EQ(store->operation_count(), operations);
    EXPECT_EQ(ui->state().screen, app::Screen::drawing);
    EXPECT_EQ(ui->state().error, "");

    // Clearing was one undoable step: the drawing comes back and can be saved.
    ui->tap("canvas.undo");
    EXPECT_EQ(canvas_strokes().size(), 1u);
    ui->tap("drawing.save");
    EXPECT_EQ(drawings().size(), 1u);
}

// Another program holding the store's write lock makes the store refuse the drawing:
// the table sees why, the drawing stays on the canvas, and neither the capture nor its
// preview is half stored.
TEST_F(DrawingTest, StoreRefusingTheDrawingShowsTheReasonAndKeepsTheDrawing) {
    open_canvas();
    stroke(0.2f, 0.5f, 0.6f, 0.0f);
    const std::vector<Stroke> strokes = canvas_strokes();
    const std::uint64_t operations = store->operation_count();

    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open((folder.path() / Store::file_name).c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    ui->tap("drawing.save");  // waits out the store's busy timeout, then gives up

    EXPECT_NE(ui->state().error, "");
    EXPECT_EQ(ui->state().screen, app::Screen::drawing);
    EXPECT_EQ(canvas_strokes().size(), 1u);
    EXPECT_TRUE(ui->shows("error.dismiss"));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(store->operation_count(), operations);
    EXPECT_FALSE(store->blob(content_hash(render_drawing_png(strokes))).has_value());

    // Once the other program lets go, the same tap saves it.
    ui->tap("drawing.save");
    EXPECT_EQ(ui->state().error, "");
    EXPECT_EQ(ui->state().screen, app::Screen::board);
    ASSERT_EQ(drawings().size(), 1u);
    EXPECT_TRUE(store->blob(drawings().front()->origin->preview_blob).has_value());
}

}  // namespace
}  // namespace oogst::testing

namespace oogst::testing {
namespace {

// A saved drawing is the table's latest change: undo takes it back, not an older note.
TEST_F(DrawingTest, UndoAfterSavingTakesBackTheDrawing) {
    open_first_board();
    add_note_through_ui("Een speelbos");
    ui->tap("board.draw");
    stroke(0.2f, 0.2f, 0.4f, 0.4f);
    ui->tap("drawing.save");
    ASSERT_EQ(drawings().size(), 1u);
    ui->tap("board.undo");
    EXPECT_TRUE(drawings().empty());
    bool note_kept = false;
    for (const auto& [id, note] : store->state().captures_of(first_session())) note_kept |= note->text.value() == "Een speelbos";
    EXPECT_TRUE(note_kept);
}

}  // namespace
}  // namespace oogst::testing
