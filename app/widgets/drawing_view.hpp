#pragma once
// A drawing capture's picture on a sticky note (see capture_picture.hpp).
#include <imgui.h>

#include "app/shell/ui.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

float drawing_picture_height(const Ui& ui, const CaptureRecord& capture, float width);
void draw_drawing_picture(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max);

}  // namespace oogst::app
