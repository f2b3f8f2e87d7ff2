// The canvas's tools driven by a finger: the eraser lifts whole strokes, undo and redo
// walk back and forth, leaving keeps the drawing, and every tool is finger sized.
#include "app/widgets/canvas/drawing_canvas_state.hpp"
#include "tests/app/widgets/drawing_fixture.hpp"

namespace oogst::testing {
namespace {

TEST_F(DrawingTest, EraserRemovesTheStrokeItCrossesAndNothingElse) {
    open_canvas();
    stroke(0.1f, 0.3f, 0.8f, 0.0f);  // a line high up
    stroke(0.1f, 0.7f, 0.8f, 0.0f);  // a line low down
    ui->tap("canvas.eraser");
    EXPECT_TRUE(ui->state().canvas.eraser);
    stroke(0.5f, 0.15f, 0.0f, 0.3f);  // down across the high line only
    ASSERT_EQ(canvas_strokes().size(), 1u);
    EXPECT_NEAR(canvas_strokes().front().points.front().y, 0.7f, 0.01f);

    // Picking a colour puts the pen back in the hand.
    ui->tap("canvas.colour.4");
    EXPECT_FALSE(ui->state().canvas.eraser);
    ui->tap("drawing.save");
    ASSERT_EQ(drawings().size(), 1u);
    ASSERT_EQ(drawings().front()->origin->strokes.size(), 1u);
    EXPECT_NEAR(drawings().front()->origin->strokes.front().points.front().y, 0.7f, 0.01f);
}

TEST_F(DrawingTest, UndoBringsBackWhatTheEraserTook) {
    open_canvas();
    stroke(0.1f, 0.3f, 0.8f, 0.0f);
    ui->tap("canvas.eraser");
    stroke(0.5f, 0.1f, 0.0f, 0.5f);
    EXPECT_TRUE(canvas_strokes().empty());
    ui->tap("canvas.undo");
    EXPECT_EQ(canvas_strokes().size(), 1u);
    ui->tap("canvas.redo");
    EXPECT_TRUE(canvas_strokes().empty());
}

TEST_F(DrawingTest, ATapOnThePaperIsADot) {
    open_canvas();
    ui->drag(on_paper(0.4f, 0.6f), ImVec2(0, 0));
    ASSERT_EQ(canvas_strokes().size(), 1u);
    EXPECT_EQ(canvas_strokes().front().points.size(), 1u);
}

TEST_F(DrawingTest, ALongScribbleStaysSmall) {
    open_canvas();
    // Forty frames back and forth across the paper in one stroke.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = on_paper(0.1f, 0.1f);
    io.MouseDown[0] = false;
    ui->frame();
    io.MouseDown[0] = true;
    for (int i = 0; i < 400; ++i) {
        io.MousePos = on_paper(0.1f + 0.8f * (i % 2), 0.1f + 0.8f * i / 400.0f);
        ui->frame();
    }
    io.MouseDown[0] = false;
    ui->frames(2);
    ASSERT_EQ(canvas_strokes().size(), 1u);
    EXPECT_LE(canvas_strokes().front().points.size(), 160u);
    for (const Point& p : canvas_strokes().front().points) {
        EXPECT_GE(p.x, 0.0f);
        EXPECT_LE(p.x, 1.0f);
    }
}

TEST_F(DrawingTest, LeavingKeepsTheDrawingForThisTableOnly) {
    open_canvas();
    stroke(0.2f, 0.2f, 0.5f, 0.5f);
    ui->tap("drawing.back");
    EXPECT_EQ(ui->state().screen, app::Screen::board);
    EXPECT_TRUE(drawings().empty());  // nothing saved by leaving
    ui->tap("board.draw");
    EXPECT_EQ(canvas_strokes().size(), 1u);

    // Another table starts on a clean sheet.
    ui->tap("drawing.back");
    ui->tap("board.back");
    const std::string other = store->state().sessions()[1]->id;
    ui->tap("sessions.open." + other);
    ui->tap("board.draw");
    EXPECT_TRUE(canvas_strokes().empty());
}

TEST_F(DrawingTest, EveryToolIsFingerSized) {
    open_canvas();
    stroke(0.2f, 0.2f, 0.5f, 0.5f);
    int tools = 0;
    for (const auto& widget : ui->shell().touch().widgets()) {
        EXPECT_GE(widget.rect.GetHeight(), app::min_touch_px - 0.5f) << widget.name;
        EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px - 0.5f) << widget.name;
        EXPECT_GT(widget.visible.GetArea(), 0.0f) << widget.name << " is cut off";
        tools += widget.name.rfind("canvas.", 0) == 0;
    }
    // Paper, 8 colours, 3 widths, eraser, undo, redo, clear.
    EXPECT_EQ(tools, 1 + 8 + 3 + 4);
}

}  // namespace
}  // namespace oogst::testing
