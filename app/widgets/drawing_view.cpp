#include "app/widgets/drawing_view.hpp"

#include "app/shell/theme.hpp"
#include "app/widgets/canvas/drawing_ink.hpp"
#include "core/drawing/drawing_paper.hpp"

namespace oogst::app {

// The whole paper, at the paper's shape, across the note's width.
float drawing_picture_height(const Ui&, const CaptureRecord&, float width) { return width / drawing_aspect; }

void draw_drawing_picture(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max) {
    // A board can hold hundreds of drawings; only those in view cost anything.
    if (!ImGui::IsRectVisible(min, max)) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, colour::surface, ui.px(4));
    draw->PushClipRect(min, max, true);
    paint_strokes(draw, capture.origin->strokes, min, max, InkDetail::preview);
    draw->PopClipRect();
}

}  // namespace oogst::app
