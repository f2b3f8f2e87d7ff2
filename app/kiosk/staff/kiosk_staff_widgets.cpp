#include "app/kiosk/staff/kiosk_staff_widgets.hpp"

#include <algorithm>
#include <cstdio>

#include "app/shell/theme.hpp"

namespace oogst::app {

bool staff_key(Ui& ui, const char* name, const char* label, ImVec2 size, ImFont* font, ButtonLook look) {
    size.x = std::max(size.x, ui.touch_size());
    size.y = std::max(size.y, ui.touch_size());
    const bool primary = look == ButtonLook::primary;
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Button, primary ? colour::primary : colour::secondary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, primary ? colour::primary : colour::secondary);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, primary ? colour::primary_pressed : colour::secondary_pressed);
    ImGui::PushStyleColor(ImGuiCol_Text, primary ? colour::on_primary : colour::text);
    // The id is the stable name, so a label that changes keeps the button's identity.
    const bool pressed = ImGui::Button((std::string(label) + "###" + name).c_str(), size);
    ImGui::PopStyleColor(4);
    ImGui::PopFont();
    ui.touch.record_last_item(name);
    return pressed;
}

std::string wait_text(std::int64_t wait_ms) {
    const std::int64_t seconds = std::max<std::int64_t>(0, (wait_ms + 999) / 1000);
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
    return text;
}

}  // namespace oogst::app
