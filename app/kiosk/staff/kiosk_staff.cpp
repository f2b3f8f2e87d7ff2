// The staff's side of the kiosk: the corner button that leads to it, the staff menu, and
// the idle timer that closes it again. The PIN pad, moderation and settings have their
// own files.
#include "app/kiosk/staff/kiosk_staff.hpp"

#include <algorithm>
#include <numbers>
#include <string>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/kiosk_screen.hpp"
#include "app/kiosk/staff/kiosk_moderation.hpp"
#include "app/kiosk/staff/kiosk_pin_pad.hpp"
#include "app/kiosk/staff/kiosk_settings_screen.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/kiosk/kiosk_moderation.hpp"

namespace oogst::app {
namespace {

// A padlock, drawn rather than a glyph: DejaVu has none, and a picture needs no words.
void draw_lock(ImDrawList* draw, ImVec2 centre, float size, ImU32 ink) {
    constexpr float pi = std::numbers::pi_v<float>;
    const float body_w = size * 0.62f, body_h = size * 0.46f;
    const ImVec2 body_min(centre.x - body_w * 0.5f, centre.y - body_h * 0.15f);
    const ImVec2 body_max(centre.x + body_w * 0.5f, body_min.y + body_h);
    const float radius = body_w * 0.32f, thickness = size * 0.09f, leg = size * 0.12f;
    // The shackle: down into the body on both sides, a half circle over the top.
    draw->PathLineTo(ImVec2(centre.x - radius, body_min.y + thickness));
    draw->PathArcTo(ImVec2(centre.x, body_min.y - leg), radius, pi, 2 * pi, 16);
    draw->PathLineTo(ImVec2(centre.x + radius, body_min.y + thickness));
    draw->PathStroke(ink, 0, thickness);
    draw->AddRectFilled(body_min, body_max, ink, size * 0.06f);
}

// Any touch, pointer movement or key in this frame restarts the staff's idle timer.
bool touched_this_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDown[0] || io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || !io.InputQueueCharacters.empty())
        return true;
    return std::any_of(std::begin(io.KeysDown), std::end(io.KeysDown), [](bool down) { return down; });
}

void draw_menu(Store& store, AppState& state, Ui& ui) {
    KioskState& kiosk = state.kiosk;
    const std::string title = kiosk.settings ? kiosk.settings->title : std::string();
    if (screen_header(ui, "kiosk.menu.back_top", ui.tr("kiosk_staff.to_children"), ui.tr("kiosk_staff.menu.heading"),
                      title.c_str())) {
        close_kiosk_staff(kiosk.staff);
        return;
    }
    // Drafts a full disk refused get another try whenever the staff look.
    retry_unsaved_kiosk_drafts(store, kiosk);
    std::size_t waiting = 0;
    if (kiosk.settings) waiting = kiosk_works(store.state(), kiosk.settings->session_id, WorkStatus::waiting).size();
    const std::size_t drafts = store.kiosk_draft_count();
    const std::size_t unsaved = kiosk.unsaved_drafts.size();

    const std::string moderation_detail =
        waiting == 1 ? std::string(ui.tr("kiosk_staff.menu.waiting.one"))
                     : ui.tr("kiosk_staff.menu.waiting.many", {{"count", std::to_string(waiting)}});
    const std::string drafts_detail =
        drafts == 0 ? std::string() : ui.tr("kiosk_staff.menu.drafts", {{"count", std::to_string(drafts)}});
    const std::string unsaved_detail =
        unsaved == 0 ? std::string() : ui.tr("kiosk_staff.menu.unsaved", {{"count", std::to_string(unsaved)}});
    const std::string moderation_text = moderation_detail + drafts_detail + unsaved_detail;

    const float gap = ui.px(20);
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.px(640));
    const float height = std::clamp((ImGui::GetContentRegionAvail().y - 3 * gap) / 4, ui.touch_size(), ui.px(120));
    const float left = ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) * 0.5f;
    ImGui::Dummy(ImVec2(0, ui.px(8)));

    ImGui::SetCursorPosX(left);
    if (touch_card(ui, "kiosk.menu.moderation", ui.tr("kiosk_staff.menu.moderation"), moderation_text.c_str(),
                   ImVec2(width, height), colour::primary, colour::on_primary)) {
        kiosk.staff.screen = KioskStaffScreen::moderation;
        kiosk.staff.tab = ModerationTab::waiting;
    }
    ImGui::Dummy(ImVec2(0, gap - ImGui::GetStyle().ItemSpacing.y));
    ImGui::SetCursorPosX(left);
    if (touch_card(ui, "kiosk.menu.settings", ui.tr("kiosk_staff.menu.settings"),
                   ui.tr("kiosk_staff.menu.settings.detail"), ImVec2(width, height), colour::facilitator,
                   colour::on_primary)) {
        kiosk.staff.screen = KioskStaffScreen::settings;
        kiosk.staff.edit = KioskSettingsEdit{};
    }
    ImGui::Dummy(ImVec2(0, gap - ImGui::GetStyle().ItemSpacing.y));
    ImGui::SetCursorPosX(left);
    if (touch_card(ui, "kiosk.menu.back", ui.tr("kiosk_staff.menu.back"), ui.tr("kiosk_staff.menu.back.detail"),
                   ImVec2(width, height), colour::kiosk, colour::on_primary)) {
        close_kiosk_staff(kiosk.staff);
        return;
    }
    ImGui::Dummy(ImVec2(0, gap - ImGui::GetStyle().ItemSpacing.y));
    ImGui::SetCursorPosX(left);
    const char* leave_detail =
        kiosk.quit_on_leave ? ui.tr("kiosk_staff.menu.leave.quit") : ui.tr("kiosk_staff.menu.leave.detail");
    if (touch_card(ui, "kiosk.menu.leave", ui.tr("kiosk_staff.menu.leave"), leave_detail, ImVec2(width, height),
                   colour::secondary, colour::text))
        leave_kiosk(store, state, ui);
}

}  // namespace

void close_kiosk_staff(KioskStaff& staff) {
    staff.screen = KioskStaffScreen::none;
    staff.pin.clear();
    // A wait still running stays on the pad, with what caused it.
    if (staff.wait_until_ms <= staff.now_ms()) staff.message = PinMessage::none;
    staff.tab = ModerationTab::waiting;
    staff.confirm_delete.clear();
    staff.edit = KioskSettingsEdit{};
    staff.last_touch = -1;
    staff.unlocked_at = -1;
}

void draw_kiosk_staff_corner(AppState& state, Ui& ui) {
    // Its own small window above the children's side, so it takes the tap even where
    // the children's side has a button the size of the screen ("touch to start").
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float size = ui.px(56), margin = ui.px(8);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - size - margin,
                                   viewport->WorkPos.y + margin));
    ImGui::SetNextWindowSize(ImVec2(size, size));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin("kiosk.staff.corner", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(2);
    const bool tapped = ImGui::InvisibleButton("kiosk.staff", ImVec2(size, size));
    ui.touch.record_last_item("kiosk.staff");
    // Discreet: a pale disc and a grey lock, enough for a teacher who knows it is there.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(ImGui::GetItemRectMin().x + size * 0.5f, ImGui::GetItemRectMin().y + size * 0.5f);
    draw->AddCircleFilled(centre, size * 0.42f, ImGui::IsItemActive() ? IM_COL32(255, 255, 255, 200)
                                                                     : IM_COL32(255, 255, 255, 110));
    draw_lock(draw, centre, size * 0.5f, IM_COL32(110, 104, 92, 170));
    ImGui::End();
    if (tapped) {
        KioskStaff& staff = state.kiosk.staff;
        staff.screen = KioskStaffScreen::pin;
        staff.pin.clear();
        staff.last_touch = -1;
    }
}

void draw_kiosk_staff(Store& store, AppState& state, Ui& ui) {
    KioskStaff& staff = state.kiosk.staff;
    const double now = ImGui::GetTime();
    if (staff.last_touch < 0 || touched_this_frame()) staff.last_touch = now;
    // Only a locked kiosk closes its staff side: during the first set-up there is no
    // children's side yet, and whoever set it up is standing there.
    const bool unlock_expired = staff.unlocked_at >= 0 && now - staff.unlocked_at > kiosk_staff_unlock_seconds;
    if (state.kiosk.locked && (now - staff.last_touch > kiosk_staff_idle_seconds || unlock_expired)) {
        close_kiosk_staff(staff);
        return;
    }
    switch (staff.screen) {
        case KioskStaffScreen::none: return;
        case KioskStaffScreen::pin: draw_kiosk_pin_pad(store, state, ui); return;
        case KioskStaffScreen::menu: draw_menu(store, state, ui); return;
        case KioskStaffScreen::moderation: draw_kiosk_moderation(store, state, ui); return;
        case KioskStaffScreen::settings: draw_kiosk_settings(store, state, ui); return;
    }
}

}  // namespace oogst::app
