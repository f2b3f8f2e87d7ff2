#pragma once
// Drawing with a finger in the headless UI: the board's "Tekenen" opens the canvas, and
// strokes are drags across "canvas.area" given in paper units (0..1 of its width and
// height), so the tests read like the drawing they make.
#include <cairo.h>

#include <set>
#include <string>
#include <vector>

#include "tests/app/app_fixture.hpp"
#include "tests/support/png_surface.hpp"

namespace oogst::testing {

class DrawingTest : public AppTest {
protected:
    void SetUp() override {
        AppTest::SetUp();
        for (const CaptureRecord* drawing : drawings_of_first_session()) demo_drawings.insert(drawing->origin->id);
    }

    void open_canvas() {
        open_first_board();
        ui->tap("board.draw");
        ASSERT_EQ(ui->state().screen, app::Screen::drawing);
        ASSERT_TRUE(ui->shows("canvas.area"));
    }

    // Where (x, y) of the paper is on the screen.
    ImVec2 on_paper(float x, float y) const {
        const ImRect paper = ui->widget("canvas.area").rect;
        return ImVec2(paper.Min.x + x * paper.GetWidth(), paper.Min.y + y * paper.GetHeight());
    }

    // A finger drag from (x, y) to (x + dx, y + dy) of the paper.
    void stroke(float x, float y, float dx, float dy) {
        const ImVec2 from = on_paper(x, y), to = on_paper(x + dx, y + dy);
        ui->drag(from, ImVec2(to.x - from.x, to.y - from.y));
    }

    const std::vector<Stroke>& canvas_strokes() { return ui->state().canvas.draft.strokes(); }

    // The drawings of the first session the test made, in the order they were made.
    std::vector<const CaptureRecord*> drawings() const {
        std::vector<const CaptureRecord*> found;
        for (const CaptureRecord* drawing : drawings_of_first_session())
            if (!demo_drawings.count(drawing->origin->id)) found.push_back(drawing);
        return found;
    }

private:
    std::vector<const CaptureRecord*> drawings_of_first_session() const {
        std::vector<const CaptureRecord*> found;
        for (const auto& [id, capture] : store->state().captures_of(first_session()))
            if (capture->origin->capture_kind == CaptureKind::drawing) found.push_back(capture);
        return found;
    }

    std::set<std::string> demo_drawings;  // the generated workshop has drawings of its own
};

// Width and height of a PNG as cairo reads it; {0, 0} when it is not a readable PNG.
inline std::pair<int, int> png_size(const std::string& png) {
    const PngSurface surface = png_surface(png);
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return {0, 0};
    return {cairo_image_surface_get_width(surface.get()), cairo_image_surface_get_height(surface.get())};
}

}  // namespace oogst::testing
