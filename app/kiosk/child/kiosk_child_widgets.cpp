#include "app/kiosk/child/kiosk_child_widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

ImVec2 text_size(ImFont* font, const char* text, float wrap = 0) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text);
}

// The body of a button: a soft shadow, the fill (darker while pressed), a thin edge.
void button_body(const Ui& ui, ImVec2 min, ImVec2 max, ImU32 fill, bool pressed) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = std::min(ui.px(28), (max.y - min.y) * 0.3f);
    const float sink = pressed ? ui.px(3) : 0;
    draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(5)), ImVec2(max.x, max.y + ui.px(5)), colour::shadow, rounding);
    draw->AddRectFilled(ImVec2(min.x, min.y + sink), ImVec2(max.x, max.y + sink), pressed ? darker(fill, 0.15f) : fill,
                        rounding);
    draw->AddRect(ImVec2(min.x, min.y + sink), ImVec2(max.x, max.y + sink), darker(fill, 0.2f), rounding, 0, ui.px(2));
}

}  // namespace

bool kiosk_button(Ui& ui, const char* name, KioskIcon icon, const char* label, ImVec2 size, ImU32 fill, ImU32 ink,
                  bool ready) {
    size.x = std::max(size.x, ui.touch_size());
    size.y = std::max(size.y, ui.touch_size());
    const bool tapped = ImGui::InvisibleButton(name, size);
    ui.touch.record_last_item(name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const bool pressed = ImGui::IsItemActive();
    if (!ready) {
        fill = with_alpha(fill, 110);
        ink = with_alpha(ink, 120);
    }
    button_body(ui, min, max, fill, pressed && ready);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float sink = pressed && ready ? ui.px(3) : 0;
    const bool has_label = label && *label;
    ImFont* font = size.y >= ui.px(120) ? ui.fonts.title : ui.fonts.heading;
    const ImVec2 words = has_label ? text_size(font, label) : ImVec2(0, 0);
    const bool stacked = size.y >= size.x * 0.75f && has_label;
    if (stacked) {
        // The picture fills the card; the word sits under it.
        const float side = std::min(size.x * 0.6f, size.y - words.y - ui.px(48));
        const float top = min.y + (size.y - side - words.y - ui.px(16)) * 0.5f + sink;
        draw_kiosk_icon(draw, icon, ImVec2((min.x + max.x) * 0.5f, top + side * 0.5f), side, ink);
        draw->AddText(font, font->FontSize, ImVec2((min.x + max.x - words.x) * 0.5f, top + side + ui.px(16)), ink, label);
    } else {
        const float side = std::min(size.y * 0.62f, ui.px(120));
        const float gap = has_label ? ui.px(14) : 0;
        const float width = side + gap + words.x;
        const float left = min.x + (size.x - width) * 0.5f;
        const float middle = (min.y + max.y) * 0.5f + sink;
        draw_kiosk_icon(draw, icon, ImVec2(left + side * 0.5f, middle), side, ink);
        if (has_label) draw->AddText(font, font->FontSize, ImVec2(left + side + gap, middle - words.y * 0.5f), ink, label);
    }
    return tapped;
}

bool kiosk_choice(Ui& ui, const char* name, const char* label, ImVec2 size, bool chosen) {
    size.x = std::max(size.x, ui.touch_size());
    size.y = std::max(size.y, ui.touch_size());
    const bool tapped = ImGui::InvisibleButton(name, size);
    ui.touch.record_last_item(name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    button_body(ui, min, max, chosen ? kiosk_colour::chosen : colour::surface, ImGui::IsItemActive());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ui.fonts.heading;
    const float tick = chosen ? size.y * 0.45f : 0;
    const float gap = chosen ? ui.px(10) : 0;
    const ImVec2 words = text_size(font, label);
    const float left = min.x + std::max(ui.px(12), (size.x - tick - gap - words.x) * 0.5f);
    const float middle = (min.y + max.y) * 0.5f;
    if (chosen) draw_kiosk_icon(draw, KioskIcon::check, ImVec2(left + tick * 0.5f, middle), tick, colour::text);
    draw->PushClipRect(min, max, true);
    draw->AddText(font, font->FontSize, ImVec2(left + tick + gap, middle - words.y * 0.5f), colour::text, label);
    draw->PopClipRect();
    return tapped;
}

void kiosk_step_dots(const Ui& ui, int current, int count, ImVec2 centre) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float gap = ui.px(40);
    const float left = centre.x - gap * (count - 1) * 0.5f;
    for (int i = 0; i < count; ++i) {
        const ImVec2 at(left + gap * i, centre.y);
        if (i < current) draw->AddCircleFilled(at, ui.px(9), kiosk_colour::go, 24);  // done
        else if (i == current) {
            draw->AddCircleFilled(at, ui.px(15), colour::kiosk, 24);
            draw->AddCircle(at, ui.px(15), darker(colour::kiosk, 0.25f), 24, ui.px(2));
        } else {
            draw->AddCircle(at, ui.px(9), colour::muted, 24, ui.px(3));
        }
    }
}

float kiosk_centred_text(ImDrawList* draw, ImFont* font, const char* text, float centre_x, float y, ImU32 ink,
                         float wrap) {
    if (wrap <= 0) {
        const ImVec2 size = text_size(font, text);
        draw->AddText(font, font->FontSize, ImVec2(centre_x - size.x * 0.5f, y), ink, text);
        return size.y;
    }
    // Each wrapped line centred on its own, as a title on a poster is.
    const char* s = text;
    const char* end = text + std::char_traits<char>::length(text);
    float top = y;
    while (s < end) {
        const char* eol = font->CalcWordWrapPositionA(1.0f, s, end, wrap);
        if (eol <= s) eol = s + 1;
        const char* line_end = eol;
        while (line_end > s && (line_end[-1] == ' ' || line_end[-1] == '\n')) --line_end;
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, line_end);
        draw->AddText(font, font->FontSize, ImVec2(centre_x - size.x * 0.5f, top), ink, s, line_end);
        top += font->FontSize;
        s = eol;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    return top - y;
}

void kiosk_bubble(const Ui& ui, const std::string& text, ImVec2 min, ImVec2 max) {
    if (text.empty()) return;
    const float pad = ui.px(18);
    const float wrap = std::max(ui.px(100), max.x - min.x - 2 * pad);
    // Large letters when the sentence fits the room; a long one (a full disk, with the
    // folder for the grown-up who helps) in body text, rising above the room as needed.
    ImFont* font = ui.fonts.heading;
    ImVec2 words = text_size(font, text.c_str(), wrap);
    if (words.y + 2 * pad > max.y - min.y) {
        font = ui.fonts.body;
        words = text_size(font, text.c_str(), wrap);
    }
    const ImVec2 size(std::min(max.x - min.x, words.x + 2 * pad), words.y + 2 * pad);
    const float top = size.y <= max.y - min.y ? min.y + (max.y - min.y - size.y) * 0.5f : max.y - size.y;
    const ImVec2 at(min.x + (max.x - min.x - size.x) * 0.5f, top);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), kiosk_colour::bubble, ui.px(20));
    draw->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), kiosk_colour::bubble_edge, ui.px(20), 0, ui.px(3));
    kiosk_centred_text(draw, font, text.c_str(), at.x + size.x * 0.5f, at.y + pad, colour::text, wrap);
}

}  // namespace oogst::app
