#include "app/kiosk/staff/kiosk_moderation_card.hpp"

#include "app/shell/theme.hpp"

namespace oogst::app {
CardLayout begin_moderation_card(Ui& ui, const ModerationGrid& grid, int button_rows) {
    const float pad = ui.px(14), row_gap = ui.px(10);
    const float rows = button_rows > 0 ? button_rows * ui.touch_size() + (button_rows - 1) * row_gap : 0;
    const float height = pad + grid.picture_height + ui.px(10) + ui.fonts.bold->FontSize + ui.px(4) +
                         ui.fonts.body->FontSize + ui.px(12) + rows + pad;
    ImGui::BeginGroup();
    CardLayout card;
    card.min = ImGui::GetCursorScreenPos();
    card.max = ImVec2(card.min.x + grid.width, card.min.y + height);
    card.inner_width = grid.width - 2 * pad;
    card.picture = ImRect(ImVec2(card.min.x + pad, card.min.y + pad),
                          ImVec2(card.max.x - pad, card.min.y + pad + grid.picture_height));
    card.text = ImVec2(card.min.x + pad, card.picture.Max.y + ui.px(10));
    card.buttons = ImVec2(card.min.x + pad, card.max.y - pad - rows);
    card.buttons2 = ImVec2(card.buttons.x, card.buttons.y + ui.touch_size() + row_gap);
    ImGui::GetWindowDrawList()->AddRectFilled(card.min, card.max, colour::column, ui.px(14));
    ImGui::Dummy(ImVec2(grid.width, height));
    return card;
}

void card_lines(Ui& ui, const CardLayout& card, const char* label, const char* detail, ImU32 detail_colour) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(card.text, ImVec2(card.text.x + card.inner_width, card.buttons.y), true);
    draw->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, card.text, colour::text, label);
    draw->AddText(ui.fonts.body, ui.fonts.body->FontSize,
                  ImVec2(card.text.x, card.text.y + ui.fonts.bold->FontSize + ui.px(4)), detail_colour, detail);
    draw->PopClipRect();
}

void end_moderation_card(const CardLayout&) { ImGui::EndGroup(); }

}  // namespace oogst::app
