#include "app/kiosk/child/kiosk_child.hpp"

#include <imgui.h>

#include "app/kiosk/child/kiosk_about.hpp"
#include "app/kiosk/child/kiosk_child_widgets.hpp"
#include "app/kiosk/child/kiosk_flow.hpp"
#include "app/kiosk/child/kiosk_idle.hpp"
#include "app/kiosk/child/kiosk_loop.hpp"
#include "app/kiosk/child/kiosk_make.hpp"

namespace oogst::app {

void draw_kiosk_child(Store& store, AppState& state, Ui& ui) {
    KioskState& kiosk = state.kiosk;
    if (!kiosk.settings) return;  // not set up: the staff's side shows its settings
    KioskChild& child = kiosk.child;

    // The kiosk's own warm paper behind everything the children see.
    // (The window's own clip rectangle leaves out half its padding: paint to its edges.)
    const ImVec2 window_min = ImGui::GetWindowPos();
    const ImVec2 window_max(window_min.x + ImGui::GetWindowSize().x, window_min.y + ImGui::GetWindowSize().y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(window_min, window_max, false);
    draw->AddRectFilled(window_min, window_max, kiosk_colour::sky);
    draw->PopClipRect();
    track_kiosk_input(child, *kiosk.settings);
    if (child.hold_until_release && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) child.hold_until_release = false;

    const KioskStep step = child.step;
    switch (step) {
        case KioskStep::loop: draw_kiosk_loop(store, kiosk, ui); break;
        case KioskStep::choose: draw_kiosk_choose(store, kiosk, ui); break;
        case KioskStep::make: draw_kiosk_make(store, kiosk, ui); break;
        case KioskStep::about: draw_kiosk_about(store, kiosk, ui); break;
        case KioskStep::preview: draw_kiosk_preview(store, kiosk, ui); break;
        case KioskStep::thanks: draw_kiosk_thanks(store, kiosk, ui); break;
    }
    // The question only in the middle of a work, and not in the frame a step ended it.
    if (step == child.step && step != KioskStep::loop && step != KioskStep::thanks) draw_kiosk_idle(store, kiosk, ui);
}

}  // namespace oogst::app
