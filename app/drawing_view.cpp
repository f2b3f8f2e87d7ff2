#include "app/drawing_view.hpp"

#include "app/theme.hpp"

namespace oogst::app {

// Until issue 3 draws the drawing: a framed space of a third of the note's width.
float drawing_picture_height(const Ui&, const CaptureRecord&, float width) { return width / 3; }

void draw_drawing_picture(Ui& ui, const CaptureRecord&, ImVec2 min, ImVec2 max) {
    ImGui::GetWindowDrawList()->AddRect(min, max, colour::muted, ui.px(6), 0, ui.px(2));
}

}  // namespace oogst::app
