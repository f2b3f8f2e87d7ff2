#include "app/kiosk/staff/kiosk_settings_fields.hpp"

#include <algorithm>

#include "app/kiosk/staff/kiosk_staff_widgets.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/kiosk/kiosk_pin.hpp"

namespace oogst::app {

void settings_label(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(0);  // the column's edge: a long label takes two lines
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool settings_stepper(Ui& ui, const char* name, std::uint32_t& value, std::uint32_t step, std::uint32_t low,
                      std::uint32_t high, const std::string& shown) {
    const std::uint32_t before = value;
    const float key = ui.px(64);
    const std::string less = std::string(name) + ".less", more = std::string(name) + ".more";
    ImGui::BeginDisabled(value <= low);
    // An en dash: the minus sign (U+2212) is not in the fonts' ranges.
    if (staff_key(ui, less.c_str(), "\xE2\x80\x93", ImVec2(key, key), ui.fonts.heading))
        value = value - std::min(step, value - low);
    ImGui::EndDisabled();
    ImGui::SameLine(0, ui.px(8));
    value_box(ui, shown, ImVec2(ui.px(210), key));
    ImGui::SameLine(0, ui.px(8));
    ImGui::BeginDisabled(value >= high);
    if (staff_key(ui, more.c_str(), "+", ImVec2(key, key), ui.fonts.heading))
        value = value + std::min(step, high - value);
    ImGui::EndDisabled();
    // Out of its limits (settings written by hand): the first step brings it back.
    value = std::clamp(value, low, high);
    return value != before;
}

void settings_pin_field(Ui& ui, const char* name, const char* hint, std::string& pin, float width) {
    touch_secret_field(ui, name, hint, pin, width);
    // Only digits, and no more than a PIN has.
    std::string digits;
    for (const char c : pin)
        if (c >= '0' && c <= '9' && digits.size() < max_pin_digits) digits += c;
    pin = std::move(digits);
}

void keep_field_in_view(Ui& ui, KioskSettingsEdit& edit, const char* name) {
    if (!ui.text_entry.has_focus(name)) {
        if (edit.in_view == name) edit.in_view.clear();
        return;
    }
    if (edit.in_view == name) return;
    ImGui::SetScrollHereY(0.5f);
    edit.in_view = name;
}

}  // namespace oogst::app
