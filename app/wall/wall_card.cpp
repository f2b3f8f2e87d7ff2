#include "app/wall/wall_card.hpp"

#include <cmath>
#include <cstdio>

#include "app/shell/theme.hpp"
#include "app/widgets/capture_picture.hpp"

namespace oogst::app {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string score_text(const Ui& ui, double score) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", score);
    std::string written = text;
    if (ui.language != Language::en)
        for (char& c : written)
            if (c == '.') c = ',';
    return written;
}

ImU32 theme_ink(const std::string& hex) {
    if (hex.size() != 7 || hex[0] != '#') return colour::muted;
    int value[6];
    for (int i = 0; i < 6; ++i)
        if ((value[i] = hex_digit(hex[i + 1])) < 0) return colour::muted;
    return IM_COL32(value[0] * 16 + value[1], value[2] * 16 + value[3], value[4] * 16 + value[5], 255);
}

std::string support_words(const Ui& ui, const WallCard& card) {
    std::string words;
    if (card.votes > 0)
        words = "★ " + score_text(ui, card.score) + " · " + ui.tr("wall.votes", {{"count", std::to_string(card.votes)}});
    if (card.pile.size() > 1) words += (words.empty() ? "" : " · ") + ("×" + std::to_string(card.pile.size()));
    return words;
}

void draw_wall_card(Ui& ui, const WorkshopState& state, const WallCard& card, ImVec2 min, ImVec2 max, float zoom,
                    const CardLook& look) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ui.px(8) * zoom;
    const float pad = ui.px(10) * zoom;
    // A pile is a stack: a second card peeks out behind it.
    if (card.pile.size() > 1)
        draw->AddRectFilled(ImVec2(min.x + pad * 0.5f, min.y + pad * 0.5f), ImVec2(max.x + pad * 0.5f, max.y + pad * 0.5f),
                            colour::secondary_pressed, rounding);
    draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(2)), ImVec2(max.x, max.y + ui.px(2)), colour::shadow, rounding);
    draw->AddRectFilled(min, max, look.carried ? colour::secondary : colour::surface, rounding);
    // The key's colour down the left edge; a card not filed has none.
    if (look.key_colour)
        draw->AddRectFilled(min, ImVec2(min.x + ui.px(7) * zoom, max.y), look.key_colour, rounding,
                            ImDrawFlags_RoundCornersLeft);
    if (card.child)
        draw->AddRectFilled(ImVec2(max.x - ui.px(10) * zoom, min.y), max, colour::kiosk, rounding,
                            ImDrawFlags_RoundCornersRight);

    const float body = ui.fonts.body->FontSize * std::max(zoom, 0.35f);
    const float small = ui.fonts.body->FontSize * 0.85f * std::max(zoom, 0.35f);
    const float left = min.x + pad + ui.px(6) * zoom;
    const float right = max.x - pad - (card.child ? ui.px(10) * zoom : 0);
    const float foot = max.y - pad - small;
    const std::string support = support_words(ui, card);
    // Support on a line of its own above the table, so neither cuts the other short.
    const float words_end = support.empty() ? foot : foot - small * 1.15f;
    float top = min.y + pad;
    const CaptureRecord* capture = state.capture(card.id);
    if (capture && card.kind != CaptureKind::text) {
        // The picture above its words (a caption, a poem), as tall as the card allows.
        const float height = card.text.empty() ? words_end - top - pad * 0.5f : (words_end - top) * 0.6f;
        draw_capture_picture(ui, *capture, ImVec2(left, top), ImVec2(right, top + height));
        top += height + pad * 0.5f;
    }
    if (!card.text.empty() && top + body <= words_end) {
        draw->PushClipRect(ImVec2(left, top), ImVec2(right, words_end - pad * 0.3f), true);
        draw->AddText(ui.fonts.body, body, ImVec2(left, top), colour::text, card.text.c_str(), nullptr, right - left);
        draw->PopClipRect();
    }
    // Its table (or "child's work"), and what supports it.
    std::string table = card.child ? std::string(ui.tr("wall.child")) + " · " + card.table : card.table;
    if (card.tables > 1) table += " +" + std::to_string(card.tables - 1);  // a pile from several tables
    draw->PushClipRect(ImVec2(left, foot), ImVec2(right, max.y), true);
    draw->AddText(ui.fonts.body, small, ImVec2(left, foot), colour::muted, table.c_str());
    draw->PopClipRect();
    if (!support.empty())
        draw->AddText(ui.fonts.bold, small, ImVec2(left, words_end), colour::primary, support.c_str());
    if (look.chosen) draw->AddRect(min, max, colour::primary, rounding, 0, ui.px(4));
}

}  // namespace oogst::app
