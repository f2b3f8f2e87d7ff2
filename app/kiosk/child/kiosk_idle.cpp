#include "app/kiosk/child/kiosk_idle.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/child/kiosk_child_widgets.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/overlay.hpp"

namespace oogst::app {
namespace {

bool any_input() {
    const ImGuiIO& io = ImGui::GetIO();
    for (bool down : io.MouseDown)
        if (down) return true;
    const bool pointer = ImGui::IsMousePosValid() && ImGui::IsMousePosValid(&io.MousePosPrev);
    if (pointer && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) return true;
    if (!io.InputQueueCharacters.empty()) return true;
    for (bool down : io.KeysDown)
        if (down) return true;
    return false;
}

double idle_for(const KioskChild& child) { return kiosk_now() - child.last_input; }

// The seconds left as a big number in a ring that empties.
void countdown(const Ui& ui, double left, double total, ImVec2 centre, float radius) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    constexpr float pi = std::numbers::pi_v<float>;
    draw->AddCircleFilled(centre, radius, kiosk_colour::bubble, 64);
    draw->AddCircle(centre, radius - ui.px(8), colour::secondary, 64, ui.px(14));
    const float part = static_cast<float>(std::clamp(left / total, 0.0, 1.0));
    draw->PathArcTo(centre, radius - ui.px(8), -pi / 2, -pi / 2 + 2 * pi * part, 64);
    draw->PathStroke(colour::kiosk, ImDrawFlags_None, ui.px(14));
    const std::string number = std::to_string(static_cast<int>(std::ceil(std::max(0.0, left))));
    ImFont* font = ui.fonts.title;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, number.c_str());
    draw->AddText(font, font->FontSize, ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f), colour::text,
                  number.c_str());
}

}  // namespace

bool kiosk_asking(const KioskChild& child, const KioskSettings& settings) {
    return idle_for(child) >= settings.idle_seconds;
}

void track_kiosk_input(KioskChild& child, const KioskSettings& settings) {
    if (kiosk_asking(child, settings)) return;
    if (any_input()) child.last_input = kiosk_now();
}

void draw_kiosk_idle(Store& store, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    const KioskSettings& settings = *kiosk.settings;
    if (!kiosk_asking(child, settings)) return;
    const double left = settings.idle_seconds + settings.countdown_seconds - idle_for(child);
    if (left <= 0) {
        put_kiosk_turn_away(store, kiosk, ui);
        return;
    }
    // The keyboard goes away under the question; it comes back for "Ja!".
    if (ui.text_entry.has_focus()) {
        child.focus_after_question = ui.text_entry.focused();
        ui.text_entry.unfocus();
    }
    ui.animating = true;  // the countdown moves on its own

    // The question covers the work: whoever stands at the kiosk now may be the next
    // child, who must not read the poem or see the drawing of the one who left.
    bool yes = !begin_overlay(ui, "kiosk.still_there", ImVec2(ui.px(760), ui.px(500)), colour::background);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cx = at.x + width * 0.5f;
    float y = at.y + ui.px(8);
    y += kiosk_centred_text(draw, ui.fonts.title, ui.tr("kiosk.still_there.title"), cx, y, colour::text) + ui.px(24);
    const float radius = ui.px(92);
    countdown(ui, left, settings.countdown_seconds, ImVec2(cx, y + radius), radius);
    y += 2 * radius + ui.px(36);
    const ImVec2 button(std::min(width, ui.px(420)), ui.px(130));
    ImGui::SetCursorScreenPos(ImVec2(cx - button.x * 0.5f, y));
    if (kiosk_button(ui, "kiosk.still_there.yes", KioskIcon::check, ui.tr("kiosk.still_there.yes"), button, kiosk_colour::go,
                     colour::on_primary))
        yes = true;
    end_overlay();

    if (!yes) return;
    child.last_input = kiosk_now();
    if (!child.focus_after_question.empty()) ui.text_entry.focus(child.focus_after_question);
    child.focus_after_question.clear();
}

}  // namespace oogst::app
