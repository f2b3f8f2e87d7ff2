#include "app/prepare/prepare_widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"

namespace oogst::app {

void form_label(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void labelled_field(Ui& ui, const char* name, const char* label, const char* hint, std::string& text, float width) {
    ImGui::BeginGroup();
    form_label(ui, label);
    touch_text_field(ui, name, hint, text, width);
    // The field just given the keyboard is scrolled to the top of its column: the
    // keyboard takes the bottom of the screen and would hide it.
    static std::string in_view;
    if (ui.text_entry.has_focus(name)) {
        if (in_view != name) ImGui::SetScrollHereY(0.2f);
        in_view = name;
    } else if (in_view == name) {
        in_view.clear();
    }
    ImGui::EndGroup();
}

bool choice_button(Ui& ui, const char* name, const std::string& label, float width, bool chosen) {
    ImFont* font = ui.fonts.bold;
    const float pad = ui.px(16);
    const float wrap = width - 2 * pad;
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, label.c_str());
    const float height = std::max(ui.touch_size(), text.y + 2 * ui.px(8));
    const bool pressed = ImGui::InvisibleButton(name, ImVec2(width, height));
    ui.touch.record_last_item(name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImU32 fill = chosen ? colour::primary : colour::secondary;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, ImGui::IsItemActive() ? darker(fill, 0.12f) : fill, ui.px(12));
    draw->AddText(font, font->FontSize, ImVec2(min.x + pad, min.y + (height - text.y) * 0.5f),
                  chosen ? colour::on_primary : colour::text, label.c_str(), nullptr, wrap);
    return pressed;
}

void flow_next(float& used, float width, float row_width, float gap) {
    if (used > 0 && used + gap + width <= row_width) {
        ImGui::SameLine(0, gap);
        used += gap + width;
    } else {
        used = width;
    }
}

}  // namespace oogst::app
