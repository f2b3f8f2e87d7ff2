// The children's screens for `oogst --screenshot --screen kiosk-…`: each step with a
// plausible work in it (the sample drawing, a short Dutch poem, the camera's photos),
// set up before the first frame.
#include "app/kiosk/child/kiosk_child_demo.hpp"

#include <imgui.h>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/child/kiosk_make.hpp"
#include "app/widgets/canvas/sample_drawing.hpp"
#include "core/errors.hpp"
#include "platform/photo_import.hpp"

namespace oogst::app {
namespace {

constexpr const char* sample_poem =
    "Mijn droomstad\n"
    "\n"
    "In mijn stad groeien bomen\n"
    "op elk dak en in elke straat.\n"
    "De fietsen zingen als vogels\n"
    "en niemand komt ooit te laat.";

void draw_sample(KioskChild& child) {
    for (Stroke& stroke : sample_drawing()) child.canvas.draft.add(std::move(stroke));
    child.canvas.colour = 4;  // green: the tree was drawn last but one
    take_kiosk_strokes(child);
}

// Lotte of the first school's second class (or its only one).
void about_lotte(KioskWork& work, const KioskSettings& settings) {
    work.first_name = "Lotte";
    if (settings.schools.empty()) return;
    const KioskSchool& school = settings.schools.front();
    work.school = school.name;
    if (!school.classes.empty()) work.class_name = school.classes[school.classes.size() > 1 ? 1 : 0];
}

// The newest photo the camera took, chosen as a child would (stored as blobs).
void choose_newest_photo(Store& store, KioskChild& child, const KioskSettings& settings) {
    child.photos = list_kiosk_camera_photos(kiosk_camera_folder(settings), store.kiosk_turn_ended_ms());
    for (const KioskCameraPhoto& photo : child.photos) {
        auto imported = platform::import_photo(photo.path);
        if (!imported) continue;
        child.work.photo_blob = store.put_blob(imported.value().original, imported.value().original_media_type());
        child.work.photo_preview_blob = store.put_blob(imported.value().preview, "image/jpeg");
        child.chosen_photo = photo.path.string();
        return;
    }
}

}  // namespace

void show_kiosk_child_screen(const std::string& name, Store& store, AppState& state) {
    KioskState& kiosk = state.kiosk;
    if (!kiosk.settings)
        throw UserError("the kiosk in " + store.folder().string() +
                        " is not set up: run oogst-cli kiosk set (or oogst-cli demo --kiosk) first");
    kiosk.staff.screen = KioskStaffScreen::none;  // the children's side, even before a PIN is set
    const KioskSettings& settings = *kiosk.settings;
    KioskChild& child = kiosk.child;

    if (name == "kiosk-choose") child.step = KioskStep::choose;
    if (name == "kiosk-draw" || name == "kiosk-about" || name == "kiosk-preview" || name == "kiosk-still-there") {
        start_kiosk_work(child, settings, CaptureKind::drawing);
        draw_sample(child);
    }
    if (name == "kiosk-poem") {
        start_kiosk_work(child, settings, CaptureKind::text);
        child.work.poem = sample_poem;
    }
    if (name == "kiosk-photo") {
        start_kiosk_work(child, settings, CaptureKind::photo);
        choose_newest_photo(store, child, settings);
    }
    if (name == "kiosk-about" || name == "kiosk-preview") about_lotte(child.work, settings);
    if (name == "kiosk-about") child.step = KioskStep::about;
    if (name == "kiosk-preview") child.step = KioskStep::preview;
    if (name == "kiosk-thanks") child.step = KioskStep::thanks;
    if (name == "kiosk-still-there") {
        // Untouched for the idle time and a third of the countdown.
        child.last_input = -(settings.idle_seconds + settings.countdown_seconds / 3.0);
    }
}

}  // namespace oogst::app
