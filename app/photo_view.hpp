#pragma once
// A photo capture's picture on a sticky note (see capture_picture.hpp).
#include <imgui.h>

#include "app/ui.hpp"
#include "core/workshop_state.hpp"

namespace oogst::app {

float photo_picture_height(const Ui& ui, const CaptureRecord& capture, float width);
void draw_photo_picture(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max);

}  // namespace oogst::app
