#include "app/kiosk_settings_fields.hpp"

#include <algorithm>

#include "app/kiosk_staff_widgets.hpp"
#include "app/text_field.hpp"
#include "app/theme.hpp"
#include "app/touch_widgets.hpp"
#include "core/kiosk_pin.hpp"

namespace oogst::app {
namespace {

constexpr const char* dot = "\xE2\x80\xA2";  // U+2022 BULLET, in the fonts' ranges
constexpr std::size_t dot_bytes = 3;

}  // namespace

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
    // The value in a fixed-width box, so the + does not move as the number grows.
    const float box = ui.px(210);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(box, key));
    ImFont* font = ui.fonts.heading;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str());
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize,
                                        ImVec2(min.x + (box - size.x) * 0.5f, min.y + (key - size.y) * 0.5f),
                                        colour::text, shown.c_str());
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
    std::string shown;
    for (std::size_t i = 0; i < pin.size(); ++i) shown += dot;
    touch_text_field(ui, name, hint, shown, width);
    // Edits only add at the end or take off the end: the dots still in front are the
    // digits kept, what follows them was typed now.
    std::size_t kept = 0;
    while (kept < pin.size() && shown.compare(kept * dot_bytes, dot_bytes, dot) == 0) ++kept;
    std::string typed = shown.substr(std::min(shown.size(), kept * dot_bytes));
    pin.resize(kept);
    for (const char c : typed)
        if (c >= '0' && c <= '9' && pin.size() < max_pin_digits) pin += c;
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
