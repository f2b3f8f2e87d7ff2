#include "app/widgets/keyboard/text_field.hpp"

#include <algorithm>
#include <cfloat>
#include <string_view>
#include <vector>

#include <imgui_internal.h>

#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Text broken into the lines a multi-line field shows: at its line breaks, and where a
// word would pass wrap. The blanks where a line wraps are dropped, as ImGui does,
// except at the very end, so the caret moves on after a typed space.
std::vector<std::string_view> wrapped_lines(ImFont* font, float wrap, std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t line_break = text.find('\n', start);
        const std::string_view paragraph =
            text.substr(start, line_break == std::string_view::npos ? std::string_view::npos : line_break - start);
        const char* s = paragraph.data();
        const char* end = s + paragraph.size();
        if (s == end) lines.emplace_back(s, 0);
        while (s < end) {
            const char* eol = font->CalcWordWrapPositionA(1.0f, s, end, wrap);
            if (eol <= s) {  // one character wider than the field: it gets a line of its own
                unsigned int c = 0;
                eol = s + std::max(1, ImTextCharFromUtf8(&c, s, end));
            }
            const char* next = eol;
            while (next < end && is_blank(*next)) ++next;
            // Blanks at the very end stay on the line, so the caret follows them.
            lines.emplace_back(s, static_cast<std::size_t>((next == end ? end : eol) - s));
            s = next;
        }
        if (line_break == std::string_view::npos) break;
        start = line_break + 1;
    }
    return lines;
}

// The field's box and what is in it; returns what the keys did to text.
EditResult text_box(Ui& ui, const char* name, const char* hint, std::string& text, ImVec2 size, bool multi_line,
                    ImFont* font, bool secret = false) {
    // Edits first, so this frame already shows what was typed.
    const EditResult result = ui.text_entry.edit(name, text, multi_line);
    if (ImGui::InvisibleButton(name, size)) ui.text_entry.focus(name);
    ui.touch.record_last_item(name);
    const bool focused = ui.text_entry.has_focus(name);

    const ImRect box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(box.Min, box.Max, colour::surface, rounding);
    draw->AddRect(box.Min, box.Max, focused ? colour::primary : colour::secondary_pressed, rounding, 0,
                  focused ? ui.px(3) : ui.px(2));

    if (!font) font = ui.fonts.body;
    const float line_height = font->FontSize;
    const float caret_width = ui.px(3);
    const float pad_x = ui.px(18);
    // One line sits in the middle of the box; several start at the top.
    const float pad_y = multi_line ? ui.px(16) : (size.y - line_height) * 0.5f;
    const ImRect inner(box.Min.x + pad_x, box.Min.y + pad_y, box.Max.x - pad_x, box.Max.y - pad_y);
    draw->PushClipRect(ImVec2(inner.Min.x - caret_width, box.Min.y), ImVec2(inner.Max.x + caret_width, box.Max.y), true);

    ImVec2 caret = inner.Min;
    if (text.empty()) {
        const float wrap = multi_line ? inner.GetWidth() : 0;
        draw->AddText(font, line_height, inner.Min, colour::muted, hint, nullptr, wrap);
    } else if (!multi_line) {
        // A secret shows a dot for each character, from the frame it is typed in.
        std::string dots;
        if (secret)
            for (const char c : text)
                if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) dots += "\xE2\x80\xA2";  // U+2022 BULLET, in the fonts' ranges
        const std::string& shown = secret ? dots : text;
        const float width = font->CalcTextSizeA(line_height, FLT_MAX, 0, shown.c_str()).x;
        // A text longer than the field slides left: the end, where typing happens, shows.
        const float x = inner.Min.x - std::max(0.0f, width + caret_width - inner.GetWidth());
        draw->AddText(font, line_height, ImVec2(x, inner.Min.y), colour::text, shown.c_str());
        caret = ImVec2(x + width, inner.Min.y);
    } else {
        const auto lines = wrapped_lines(font, inner.GetWidth(), text);
        const float height = static_cast<float>(lines.size()) * line_height;
        float y = inner.Min.y - std::max(0.0f, height - inner.GetHeight());
        for (const std::string_view line : lines) {
            draw->AddText(font, line_height, ImVec2(inner.Min.x, y), colour::text, line.data(), line.data() + line.size());
            caret = ImVec2(inner.Min.x + font->CalcTextSizeA(line_height, FLT_MAX, 0, line.data(), line.data() + line.size()).x, y);
            y += line_height;
        }
    }
    // A steady caret: blinking would keep an idle tablet drawing frames.
    if (focused)
        draw->AddRectFilled(ImVec2(caret.x + ui.px(1), caret.y - ui.px(2)),
                            ImVec2(caret.x + ui.px(1) + caret_width, caret.y + line_height + ui.px(2)), colour::primary);
    draw->PopClipRect();
    return result;
}

}  // namespace

bool touch_text_field(Ui& ui, const char* name, const char* hint, std::string& text, float width, ImFont* font) {
    const ImVec2 size(std::max(width, ui.touch_size()), std::max(ui.px(64), ui.touch_size()));
    return text_box(ui, name, hint, text, size, false, font).entered;
}

bool touch_secret_field(Ui& ui, const char* name, const char* hint, std::string& text, float width) {
    const ImVec2 size(std::max(width, ui.touch_size()), std::max(ui.px(64), ui.touch_size()));
    return text_box(ui, name, hint, text, size, false, nullptr, true).entered;
}

bool touch_text_area(Ui& ui, const char* name, const char* hint, std::string& text, ImVec2 size, ImFont* font) {
    size.x = std::max(size.x, ui.touch_size());
    size.y = std::max(size.y, ui.touch_size());
    return text_box(ui, name, hint, text, size, true, font).changed;
}

}  // namespace oogst::app
