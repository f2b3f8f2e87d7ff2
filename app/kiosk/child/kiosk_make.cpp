#include "app/kiosk/child/kiosk_make.hpp"

#include <algorithm>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/child/kiosk_child_widgets.hpp"
#include "app/kiosk/child/kiosk_flow.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/canvas/drawing_canvas.hpp"
#include "app/widgets/keyboard/text_field.hpp"

namespace oogst::app {
namespace {

constexpr const char* poem_field = "kiosk.poem";

// The problems the make step answers for; the rest are the about step's.
bool made_here(KioskWorkProblem problem) {
    return problem == KioskWorkProblem::empty_drawing || problem == KioskWorkProblem::empty_poem ||
           problem == KioskWorkProblem::poem_too_long || problem == KioskWorkProblem::no_photo;
}

void poem_step(KioskChild& child, Ui& ui, ImVec2 min, ImVec2 max) {
    if (child.focus_poem) {
        // The keyboard comes at once: a child should not have to find the field first.
        ui.text_entry.focus(poem_field);
        child.focus_poem = false;
    }
    const float width = std::min(max.x - min.x, ui.px(1000));
    const float left = (min.x + max.x - width) * 0.5f;
    // The poem card's picture beside the paper, where there is room: this is the poem.
    const float icon = std::min(ui.px(96), left - min.x - ui.px(16));
    if (icon >= ui.px(56))
        draw_kiosk_icon(ImGui::GetWindowDrawList(), KioskIcon::poem,
                        ImVec2(left - ui.px(12) - icon * 0.5f, min.y + icon * 0.6f), icon, colour::text);
    ImGui::SetCursorScreenPos(ImVec2(left, min.y));
    touch_text_area(ui, poem_field, ui.tr("kiosk.poem.hint"), child.work.poem, ImVec2(width, max.y - min.y),
                    ui.fonts.heading);
}

}  // namespace

const char* kiosk_problem_text(const Ui& ui, KioskWorkProblem problem) {
    switch (problem) {
        case KioskWorkProblem::empty_drawing: return ui.tr("kiosk.problem.empty_drawing");
        case KioskWorkProblem::empty_poem: return ui.tr("kiosk.problem.empty_poem");
        case KioskWorkProblem::poem_too_long: return ui.tr("kiosk.problem.poem_too_long");
        case KioskWorkProblem::no_photo: return ui.tr("kiosk.problem.no_photo");
        case KioskWorkProblem::no_school: return ui.tr("kiosk.problem.no_school");
        case KioskWorkProblem::no_class: return ui.tr("kiosk.problem.no_class");
        case KioskWorkProblem::first_name_too_long: return ui.tr("kiosk.problem.first_name_too_long");
    }
    return "";
}

void draw_kiosk_make(Store& store, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    const KioskArea area = begin_kiosk_step(ui);
    switch (child.work.kind) {
        case CaptureKind::drawing: drawing_canvas(ui, child.canvas, area.size()); break;
        case CaptureKind::text: poem_step(child, ui, area.min, area.max); break;
        case CaptureKind::photo: draw_kiosk_photos(store, kiosk, ui, area.min, area.max); break;
    }

    take_kiosk_strokes(child);
    const auto problem = check_kiosk_work(child.work, *kiosk.settings);
    const bool ready = !problem || !made_here(*problem);
    switch (kiosk_nav_row(ui, KioskStep::make, {.next_ready = ready}, child.message)) {
        case KioskNav::none: break;
        case KioskNav::back: go_to_kiosk_step(child, KioskStep::choose); break;
        case KioskNav::next:
            if (ready) go_to_kiosk_step(child, KioskStep::about);
            else child.message = kiosk_problem_text(ui, *problem), child.message_is_hint = true;
            break;
    }
    // Once there is something, the hint of an earlier tap on "Verder" has done its work.
    if (ready && child.message_is_hint) child.message.clear(), child.message_is_hint = false;
}

}  // namespace oogst::app
