#pragma once
// The make step: the drawing canvas, the poem with the touch keyboard in a large font,
// or the photos the kiosk's camera took during this turn. "Verder" stays faded until
// there is something, and says kindly what to do when tapped too early.
//
// Touch registry names: the canvas's ("canvas.area", …), "kiosk.poem", and
// "kiosk.photo.<file name>" for each photo.
#include "app/kiosk/kiosk_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_kiosk_make(Store& store, KioskState& kiosk, Ui& ui);

// The photo step's content in [min, max] (kiosk_make_photo.cpp).
void draw_kiosk_photos(Store& store, KioskState& kiosk, Ui& ui, ImVec2 min, ImVec2 max);

// The folder the kiosk's camera saves to: the settings' camera folder, else
// $OOGST_PHOTOS, else ~/Pictures.
std::filesystem::path kiosk_camera_folder(const KioskSettings& settings);

// The photos (.jpg, .jpeg, .png) in folder and its subfolders (a camera's DCIM/100XXX)
// changed after after_ms (wall clock), newest first.
std::vector<KioskCameraPhoto> list_kiosk_camera_photos(const std::filesystem::path& folder, std::int64_t after_ms);

// The sentence for a step's problem, in the child's words.
const char* kiosk_problem_text(const Ui& ui, KioskWorkProblem problem);

}  // namespace oogst::app
