#pragma once
// What the children's side of the kiosk remembers between frames: the loop's slide, the
// step of the work being made, and the idle timer. No ImGui here.
//
// Times are on the UI clock (ImGui::GetTime(), seconds), so headless tests move them by
// letting frames pass; only what the store keeps (drafts, the end of a turn) uses the
// wall clock.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "app/widgets/canvas/drawing_canvas_state.hpp"
#include "core/kiosk/kiosk_work.hpp"

namespace oogst::app {

enum class KioskStep {
    loop,    // the exhibition's works, one after another, until someone touches
    choose,  // drawing, poem or photo
    make,    // the canvas, the poem with the keyboard, or the camera's photos
    about,   // first name (optional), school and class, picked from lists
    preview, // the work as the exhibition will show it, with "Verstuur"
    thanks,  // "Dankjewel!", then back to the loop by itself
};

// One photo in the kiosk camera's folder, taken during this child's turn.
struct KioskCameraPhoto {
    std::string name;
    std::filesystem::path path;
    std::int64_t arrived_ms = 0;  // when it came on this disk (wall clock): newest first, only those after the last turn
};

// The attract loop: which approved work shows, since when, and the one before it
// (faded out while the new one fades in).
struct KioskSlides {
    std::string shown_id;     // the capture the loop shows now; empty: the welcome (no works yet)
    std::string previous_id;  // the capture fading out
    double since = -1;        // when shown_id came on screen; < 0: not started
};

struct KioskChild {
    KioskStep step = KioskStep::loop;
    KioskWork work;             // the child's work; a fresh one for every child
    DrawingCanvasState canvas;  // the drawing being made (its strokes go into work on "next")
    double last_input = 0;      // the UI clock at the last touch: the idle timer
    KioskSlides slides;
    // When the last turn ended (wall clock), also kept here: should the store fail to
    // note it, the next child still sees no photo of the child before.
    std::int64_t turn_ended_ms = 0;

    // A press that changed the step (waking the loop, leaving the thanks): everything
    // that reacts to a touch anywhere ignores the finger until it has lifted, so the
    // press that woke the kiosk does not also act on the next step.
    bool hold_until_release = false;
    int wake_frame = -1;  // the frame the loop was pressed in; the next frame wakes it unless a button took the press

    std::string focus_after_question;  // the field that had the keyboard when "Ben je er nog?" came
    double thanks_since = 0;  // when "Dankjewel!" came
    bool focus_poem = false;  // give the poem field the keyboard on its first frame

    // The photo step: the camera's recent photos, listed again every few seconds.
    std::vector<KioskCameraPhoto> photos;
    double photos_listed = -1;  // when; < 0: list at once
    std::string chosen_photo;   // the file (its path) of the photo in work.photo_blob

    // A friendly sentence for the child on the current step (a photo that cannot be
    // used, a full disk at "Verstuur"); cleared when the step changes.
    std::string message;
    bool message_is_hint = false;  // it says what to do ("Teken eerst iets"): it goes once that is done
};

}  // namespace oogst::app
