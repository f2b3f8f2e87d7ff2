#include "app/harvest/harvest_widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

void progress_bar(Ui& ui, const char* name, float fraction, const std::string& words, float width) {
    // The words above the bar, wrapped: on the bar a long sentence would not fit.
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(words.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float height = ui.touch_size();
    ImGui::InvisibleButton(name, ImVec2(width, height));
    ui.touch.record_last_item(name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ui.px(12);
    draw->AddRectFilled(min, max, colour::column, rounding);
    if (fraction >= 0) {
        const float right = min.x + (max.x - min.x) * std::clamp(fraction, 0.0f, 1.0f);
        if (right > min.x + 1)
            draw->AddRectFilled(min, ImVec2(std::max(right, min.x + 2 * rounding), max.y), colour::primary, rounding);
    } else {
        // A band a quarter wide sweeps from left to right every second and a half.
        const float band = (max.x - min.x) * 0.25f;
        const float t = static_cast<float>(std::fmod(ImGui::GetTime(), 1.5) / 1.5);
        const float left = min.x - band + (max.x - min.x + band) * t;
        draw->PushClipRect(min, max, true);
        draw->AddRectFilled(ImVec2(left, min.y), ImVec2(left + band, max.y), colour::primary, rounding);
        draw->PopClipRect();
    }
    ui.animating = true;  // the bar moves as the work goes on, input or not
}

void status_panel(Ui& ui, const char* name, const std::string& heading, const std::string& detail, float width,
                  ImU32 fill, ImU32 edge, ImFont* heading_font) {
    ImFont* big = heading_font ? heading_font : ui.fonts.heading;
    ImFont* body = ui.fonts.body;
    const float pad = ui.px(24);
    const float wrap = width - 2 * pad;
    const ImVec2 heading_size = big->CalcTextSizeA(big->FontSize, FLT_MAX, wrap, heading.c_str());
    const ImVec2 detail_size =
        detail.empty() ? ImVec2(0, 0) : body->CalcTextSizeA(body->FontSize, FLT_MAX, wrap, detail.c_str());
    const float gap = detail.empty() ? 0 : ui.px(10);
    const float height = std::max(ui.touch_size(), heading_size.y + gap + detail_size.y + 2 * pad);
    ImGui::InvisibleButton(name, ImVec2(width, height));
    ui.touch.record_last_item(name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, fill, ui.px(16));
    draw->AddRect(min, max, edge, ui.px(16), 0, ui.px(3));
    draw->AddText(big, big->FontSize, ImVec2(min.x + pad, min.y + pad), colour::text, heading.c_str(), nullptr, wrap);
    if (!detail.empty())
        draw->AddText(body, body->FontSize, ImVec2(min.x + pad, min.y + pad + heading_size.y + gap), colour::text,
                      detail.c_str(), nullptr, wrap);
}

void section_heading(const Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushTextWrapPos(0);  // at the window's edge: a long heading wraps, never hides
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void paragraph(const std::string& text, float width, ImU32 ink) {
    ImGui::PushStyleColor(ImGuiCol_Text, ink);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

int place_cards(Ui& ui, const char* name_prefix, const std::vector<platform::Place>& places, const char* heading_key,
                const std::vector<std::string>& details, float width) {
    int tapped = -1;
    const float gap = ui.px(16);
    const int per_row = std::max(1, static_cast<int>((width + gap) / (ui.px(360) + gap)));
    const float card = (width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    std::vector<std::string> headings;
    // Every card as tall as the tallest needs: a long stick name wraps.
    const float wrap = card - 2 * ui.px(24);
    float height = ui.px(104);
    for (std::size_t i = 0; i < places.size(); ++i) {
        headings.push_back(ui.tr(heading_key, {{"place", places[i].name}}));
        const std::string& detail = i < details.size() ? details[i] : places[i].root.string();
        const float needed = ui.fonts.heading->CalcTextSizeA(ui.fonts.heading->FontSize, FLT_MAX, wrap, headings[i].c_str()).y +
                             ui.px(8) + ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, wrap, detail.c_str()).y +
                             ui.px(40);
        height = std::max(height, needed);
    }
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (i % per_row != 0) ImGui::SameLine(0, gap);
        const std::string name = name_prefix + std::to_string(i);
        const std::string& detail = i < details.size() ? details[i] : places[i].root.string();
        if (touch_card(ui, name.c_str(), headings[i].c_str(), detail.c_str(), ImVec2(card, height), colour::primary,
                       colour::on_primary))
            tapped = static_cast<int>(i);
    }
    return tapped;
}

std::string readable_size(const Ui& ui, std::uint64_t bytes) {
    char number[32];
    if (bytes < 1000 * 1000) {
        std::snprintf(number, sizeof number, "%llu", static_cast<unsigned long long>((bytes + 999) / 1000));
        return ui.tr("harvest.size.kb", {{"count", number}});
    }
    std::snprintf(number, sizeof number, "%.1f", static_cast<double>(bytes) / 1e6);
    std::string text = number;
    // French and Dutch write a decimal comma.
    if (ui.language != Language::en) std::replace(text.begin(), text.end(), '.', ',');
    return ui.tr("harvest.size.mb", {{"count", text}});
}

}  // namespace oogst::app
