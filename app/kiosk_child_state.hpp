#pragma once
// What the children's side of the kiosk remembers between frames: the loop's slide, the
// step of the work being made, and the idle timer. No ImGui here.
#include <cstddef>
#include <string>

#include "app/drawing_canvas_state.hpp"
#include "core/kiosk_work.hpp"

namespace oogst::app {

enum class KioskStep {
    loop,    // the exhibition's works, one after another, until someone touches
    choose,  // drawing, poem or photo
    make,    // the canvas, the poem with the keyboard, or the camera's photos
    about,   // first name (optional), school and class, picked from lists
    preview, // the work as the exhibition will show it, with "Verstuur"
    thanks,  // "Dankjewel!", then back to the loop by itself
};

struct KioskChild {
    KioskStep step = KioskStep::loop;
    KioskWork work;             // the child's work; a fresh one for every child
    DrawingCanvasState canvas;  // the drawing being made (its strokes go into work on "next")
    double last_input = 0;      // the UI clock at the last touch: the idle timer
};

}  // namespace oogst::app
