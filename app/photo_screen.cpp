#include "app/photo_screen.hpp"

#include "app/screen_header.hpp"

namespace oogst::app {

// Not built yet: issue 3 builds this screen.
void draw_photo_screen(Store&, AppState& state, Ui& ui) {
    if (screen_header(ui, "photo.back", ui.tr("common.back"), ui.tr("note.photo"), ui.tr("common.coming_soon")))
        state.screen = Screen::board;
}

}  // namespace oogst::app
