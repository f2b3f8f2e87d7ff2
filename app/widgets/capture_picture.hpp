#pragma once
// The picture of a drawing or photo capture, as a sticky note on the board shows it.
#include <imgui.h>

#include "app/shell/ui.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

// The height the picture needs at width; 0 for a text capture.
float capture_picture_height(const Ui& ui, const CaptureRecord& capture, float width);
// Draws the picture into the rectangle [min, max] of the current window.
void draw_capture_picture(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max);

}  // namespace oogst::app
