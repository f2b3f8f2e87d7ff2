#include "app/kiosk/staff/kiosk_pin_pad.hpp"

#include <algorithm>
#include <string>

#include "app/kiosk/staff/kiosk_staff.hpp"
#include "app/kiosk/staff/kiosk_staff_widgets.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/kiosk/kiosk_pin.hpp"

namespace oogst::app {
namespace {

void type_digit(KioskStaff& staff, char digit) {
    if (staff.pin.size() < max_pin_digits) staff.pin += digit;
    // A new try has begun: the last one's "wrong" has been read.
    staff.message = PinMessage::none;
}

void erase_digit(KioskStaff& staff) {
    if (!staff.pin.empty()) staff.pin.pop_back();
}

// Checks the typed PIN with the store (Argon2id: a fraction of a second, fine here).
// Never called while the pad waits: a try then is not even looked at.
void try_pin(Store& store, AppState& state, Ui& ui) {
    KioskStaff& staff = state.kiosk.staff;
    const std::int64_t now = staff.now_ms();
    if (now < staff.wait_until_ms || staff.pin.size() < min_pin_digits) return;
    PinTry answer;
    try {
        answer = store.try_kiosk_pin(staff.pin, now);
    } catch (const std::exception& error) {
        state.error = error_text(ui, error);
        return;
    }
    staff.pin.clear();
    switch (answer.answer) {
        case PinTry::Answer::right:
            staff.message = PinMessage::none;
            staff.wait_until_ms = 0;
            staff.unlocked_at = ImGui::GetTime();
            staff.screen = KioskStaffScreen::menu;
            return;
        case PinTry::Answer::wrong: staff.message = PinMessage::wrong; break;
        case PinTry::Answer::waiting: staff.message = PinMessage::waiting; break;
        case PinTry::Answer::no_pin: staff.message = PinMessage::no_pin; break;
    }
    staff.wait_until_ms = answer.wait_ms > 0 ? now + answer.wait_ms : 0;
}

// The physical keyboard: digits (also the number pad's), Backspace, Enter.
void read_keyboard(Store& store, AppState& state, Ui& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    KioskStaff& staff = state.kiosk.staff;
    for (const ImWchar c : io.InputQueueCharacters)
        if (c >= '0' && c <= '9') type_digit(staff, static_cast<char>(c));
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace), true)) erase_digit(staff);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))
        try_pin(store, state, ui);
}

// One dot per digit typed, hollow places up to the shortest PIN.
void draw_dots(Ui& ui, const KioskStaff& staff) {
    const std::size_t places = std::max(min_pin_digits, staff.pin.size());
    const float radius = ui.px(12), gap = ui.px(18);
    const float row = places * 2 * radius + (places - 1) * gap;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float left = start.x + (ImGui::GetContentRegionAvail().x - row) * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < places; ++i) {
        const ImVec2 centre(left + radius + i * (2 * radius + gap), start.y + radius + ui.px(4));
        if (i < staff.pin.size())
            draw->AddCircleFilled(centre, radius, colour::text);
        else
            draw->AddCircle(centre, radius, colour::muted, 0, ui.px(2.5f));
    }
    ImGui::Dummy(ImVec2(row, 2 * radius + ui.px(8)));
}

// A backspace key's sign: a tag pointing left with a cross in it.
void draw_erase_icon(ImVec2 min, ImVec2 max, float size, float thickness) {
    const ImVec2 c((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    const float w = size, h = size * 0.7f;
    const ImVec2 outline[] = {{c.x - w * 0.5f, c.y},          {c.x - w * 0.2f, c.y - h * 0.5f},
                              {c.x + w * 0.5f, c.y - h * 0.5f}, {c.x + w * 0.5f, c.y + h * 0.5f},
                              {c.x - w * 0.2f, c.y + h * 0.5f}};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(colour::text);  // faded with the pad while it waits
    draw->AddPolyline(outline, 5, ink, ImDrawFlags_Closed, thickness);
    const float x = c.x + w * 0.13f, r = h * 0.2f;
    draw->AddLine(ImVec2(x - r, c.y - r), ImVec2(x + r, c.y + r), ink, thickness);
    draw->AddLine(ImVec2(x - r, c.y + r), ImVec2(x + r, c.y - r), ink, thickness);
}

std::string message_text(const Ui& ui, const KioskStaff& staff, std::int64_t now) {
    const bool waiting = now < staff.wait_until_ms;
    const std::string wait = wait_text(staff.wait_until_ms - now);
    switch (staff.message) {
        case PinMessage::none: return "";
        case PinMessage::wrong:
            return waiting ? ui.tr("kiosk_staff.pin.wrong_wait", {{"time", wait}}) : ui.tr("kiosk_staff.pin.wrong");
        case PinMessage::waiting:
            return waiting ? ui.tr("kiosk_staff.pin.waiting", {{"time", wait}}) : ui.tr("kiosk_staff.pin.again");
        case PinMessage::no_pin: return ui.tr("kiosk_staff.pin.no_pin");
    }
    return "";
}

}  // namespace

void draw_kiosk_pin_pad(Store& store, AppState& state, Ui& ui) {
    KioskStaff& staff = state.kiosk.staff;
    const std::int64_t now = staff.now_ms();
    const bool waiting = now < staff.wait_until_ms;
    if (!waiting) read_keyboard(store, state, ui);
    if (staff.screen != KioskStaffScreen::pin) return;

    if (touch_button(ui, "pin.back", ui.tr("kiosk_staff.to_children"), ImVec2(0, 0), ButtonLook::secondary)) {
        close_kiosk_staff(staff);
        return;
    }
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ui.px(16));
    centred_text(ui.fonts.heading, colour::text, ui.tr("kiosk_staff.pin.heading"));
    centred_text(ui.fonts.body, colour::muted, ui.tr("kiosk_staff.pin.detail"));
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    draw_dots(ui, staff);
    // The message keeps its line even when empty, so the pad does not jump.
    const std::string message = message_text(ui, staff, now);
    centred_text(ui.fonts.bold, colour::error_text, message.empty() ? " " : message);
    ImGui::Dummy(ImVec2(0, ui.px(6)));

    // The keys shrink on a short screen, never below a finger's size.
    const float gap = ui.px(14);
    const float room = ImGui::GetContentRegionAvail().y - ui.px(16);
    const float key = std::clamp((room - 3 * gap) / 4, ui.touch_size(), ui.px(92));
    const float pad_width = 3 * key + 2 * gap;
    const float left = ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - pad_width) * 0.5f;
    ImGui::BeginDisabled(waiting);
    const char* rows[4][3] = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {nullptr, "0", nullptr}};
    for (int row = 0; row < 4; ++row) {
        ImGui::SetCursorPosX(left);
        for (int column = 0; column < 3; ++column) {
            if (column > 0) ImGui::SameLine(0, gap);
            const char* digit = rows[row][column];
            if (digit) {
                const std::string name = std::string("pin.digit.") + digit;
                if (staff_key(ui, name.c_str(), digit, ImVec2(key, key), ui.fonts.title, ButtonLook::secondary))
                    type_digit(staff, digit[0]);
            } else if (column == 0) {
                // A drawn erase key: "⌫" is not in the fonts' ranges, and a word would not fit.
                if (staff_key(ui, "pin.erase", "", ImVec2(key, key), ui.fonts.bold)) erase_digit(staff);
                draw_erase_icon(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), key * 0.42f, ui.px(3));
            } else {
                ImGui::BeginDisabled(staff.pin.size() < min_pin_digits);
                if (staff_key(ui, "pin.ok", ui.tr("kiosk_staff.pin.ok"), ImVec2(key, key), ui.fonts.heading,
                              ButtonLook::primary))
                    try_pin(store, state, ui);
                ImGui::EndDisabled();
            }
        }
        if (row < 3) ImGui::Dummy(ImVec2(0, gap - ImGui::GetStyle().ItemSpacing.y));
    }
    ImGui::EndDisabled();
}

}  // namespace oogst::app
