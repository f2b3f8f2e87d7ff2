#include "app/widgets/screen_header.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

std::string fitted_text(ImFont* font, const std::string& text, float width) {
    const auto measure = [&](const std::string& candidate) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, candidate.c_str()).x;
    };
    if (measure(text) <= width) return text;
    std::size_t end = text.size();
    while (end > 0) {
        do --end;  // back to the start of a character
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
        std::string cut = text.substr(0, end);
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        cut += "\u2026";
        if (measure(cut) <= width) return cut;
    }
    return "\u2026";
}

bool screen_header(Ui& ui, const char* back_name, const char* back_label, const char* heading,
                   const char* detail, float keep_right) {
    const float heading_height = ui.fonts.heading->FontSize + ui.px(6) + ui.fonts.body->FontSize;
    const bool back = touch_button(ui, back_name, back_label, ImVec2(0, heading_height), ButtonLook::secondary);
    ImGui::SameLine(0, ui.px(24));
    const float room = std::max(ui.px(40), ImGui::GetContentRegionAvail().x - keep_right);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    const std::string shown_heading = fitted_text(ui.fonts.heading, heading, room);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(shown_heading.c_str());
    ImGui::PopFont();
    ui.touch.record_text("header.heading", shown_heading, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()),
                         ImRect(at, ImVec2(at.x + room, at.y + heading_height)));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ui.px(6));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    // The detail line sits below the screen's buttons at the right: it may use the row.
    ImGui::TextUnformatted(fitted_text(ui.fonts.body, detail, room + keep_right).c_str());
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    return back;
}

}  // namespace oogst::app
