#pragma once
// A photo capture's picture on a sticky note (see capture_picture.hpp), and the
// pieces the photo picker draws its pictures with.
#include <imgui.h>

#include "app/shell/ui.hpp"
#include "core/model/workshop_state.hpp"
#include "platform/texture_cache.hpp"

namespace oogst::app {

float photo_picture_height(const Ui& ui, const CaptureRecord& capture, float width);
void draw_photo_picture(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max);

// The rectangle a picture of width × height takes when fitted, centred, into [min, max].
ImRect fitted_rect(float width, float height, ImVec2 min, ImVec2 max);

// Draws picture fitted into [min, max] when it has a texture and returns true; else
// draws nothing and returns false.
bool draw_fitted_picture(const platform::Picture& picture, ImVec2 min, ImVec2 max);

// Draws picture filling [min, max], its middle cut out where the shapes differ (the
// picker's square thumbnails); returns false, drawing nothing, without a texture.
bool draw_cropped_picture(const platform::Picture& picture, ImVec2 min, ImVec2 max, float rounding = 0);

// What stands in for a photo without a texture: a soft frame with a camera and, when
// label is not empty, a word under it.
void draw_photo_placeholder(const Ui& ui, ImVec2 min, ImVec2 max, ImU32 fill, ImU32 ink, const char* label);

}  // namespace oogst::app
