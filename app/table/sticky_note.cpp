#include "app/table/sticky_note.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <string>

#include "app/shell/theme.hpp"
#include "app/widgets/capture_picture.hpp"

namespace oogst::app {
namespace {

struct NoteText {
    std::string body;   // the text, or a drawing's or photo's caption
    std::string score;  // "★ 3,4 · 5 stemmen", or empty without votes
};

NoteText text_of(const Ui& ui, const CaptureRecord& note, bool show_score) {
    NoteText text;
    text.body = note.text.value();
    if (const int votes = note.vote_count(); votes > 0 && show_score) {
        char average[32];
        std::snprintf(average, sizeof average, "%.1f", static_cast<double>(note.score_total()) / votes);
        // Dutch and French write a decimal comma.
        if (ui.language != Language::en)
            if (char* dot = std::strchr(average, '.')) *dot = ',';
        text.score = votes == 1 ? ui.tr("note.votes.one", {{"average", average}})
                                : ui.tr("note.votes.many", {{"average", average}, {"count", std::to_string(votes)}});
    }
    return text;
}

struct NoteMetrics {
    float pad, wrap, picture_height, body_height, score_height, height;
};

NoteMetrics measure(const Ui& ui, const CaptureRecord& note, const NoteText& text, float width) {
    NoteMetrics m{};
    m.pad = ui.px(16);
    m.wrap = width - 2 * m.pad;
    m.picture_height = capture_picture_height(ui, note, m.wrap);
    ImFont* body = ui.fonts.body;
    m.body_height = text.body.empty() ? 0 : body->CalcTextSizeA(body->FontSize, FLT_MAX, m.wrap, text.body.c_str()).y;
    if (m.picture_height > 0 && m.body_height > 0) m.body_height += ui.px(10);
    m.score_height = text.score.empty() ? 0 : ui.fonts.bold->FontSize + ui.px(10);
    m.height = std::max(ui.px(88), 2 * m.pad + m.picture_height + m.body_height + m.score_height);
    return m;
}

}  // namespace

float sticky_note_height(Ui& ui, const CaptureRecord& note, float width, bool show_score) {
    return measure(ui, note, text_of(ui, note, show_score), width).height;
}

void draw_sticky_note(Ui& ui, const CaptureRecord& note, float width, std::size_t palette_index) {
    const float height = sticky_note_height(ui, note, width);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    if (ImGui::IsItemVisible()) paint_sticky_note(ui, ImGui::GetWindowDrawList(), note, min, width, height, palette_index);
}

void paint_sticky_note(Ui& ui, ImDrawList* draw, const CaptureRecord& note, ImVec2 min, float width, float height,
                       std::size_t palette_index, const NoteLook& look) {
    const NoteText text = text_of(ui, note, look.show_score);
    const NoteMetrics m = measure(ui, note, text, width);
    const ImVec2 max(min.x + width, min.y + std::max(height, m.height));
    ImU32 fill = note_fill(note.origin->colour, palette_index);
    fill = (fill & ~IM_COL32_A_MASK) | (static_cast<ImU32>(look.alpha * 255) << IM_COL32_A_SHIFT);
    const float rounding = ui.px(6);
    // A lifted note casts a longer shadow, as paper held above the board does.
    const float drop = ui.px(look.lifted ? 10 : 4);
    draw->AddRectFilled(ImVec2(min.x + drop / 2, min.y + drop), ImVec2(max.x + drop / 2, max.y + drop), colour::shadow,
                        rounding);
    draw->AddRectFilled(min, max, fill, rounding);
    if (look.lifted || look.ring > 0) {
        const float strength = look.lifted ? 1.0f : std::min(1.0f, look.ring);
        const ImU32 ring = (colour::primary & ~IM_COL32_A_MASK) | (static_cast<ImU32>(strength * 255) << IM_COL32_A_SHIFT);
        const float out = ui.px(3);
        draw->AddRect(ImVec2(min.x - out, min.y - out), ImVec2(max.x + out, max.y + out), ring, rounding + out, 0,
                      ui.px(5));
    }
    // A slightly darker band at the top, where a paper note's glue strip is.
    draw->AddRectFilled(min, ImVec2(max.x, min.y + ui.px(10)), darker(fill, 0.08f), rounding,
                        ImDrawFlags_RoundCornersTop);

    ImVec2 at(min.x + m.pad, min.y + m.pad);
    if (m.picture_height > 0) {
        draw_capture_picture(ui, note, at, ImVec2(at.x + m.wrap, at.y + m.picture_height));
        at.y += m.picture_height + (text.body.empty() ? 0 : ui.px(10));
    }
    if (!text.body.empty()) {
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, at, colour::text, text.body.c_str(), nullptr, m.wrap);
        at.y = min.y + m.pad + m.picture_height + m.body_height;
    }
    if (!text.score.empty())
        draw->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(at.x, at.y + ui.px(10)), darker(fill, 0.6f),
                      text.score.c_str());
}

}  // namespace oogst::app
