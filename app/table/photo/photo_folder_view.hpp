#pragma once
// The photo picker's folder: its subfolders and photos as a grid of big tiles, with
// thumbnails when there are textures. Tapping a photo reads and checks it; a photo
// that cannot be used is explained on the banner and the folder stays open.
#include <string>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

// column: the name of the column the photo goes to, for the heading's detail.
void draw_photo_folder(AppState& state, Ui& ui, const std::string& column);

}  // namespace oogst::app
