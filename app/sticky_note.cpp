#include "app/sticky_note.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include "app/theme.hpp"

namespace oogst::app {
namespace {

struct NoteText {
    std::string body;
    bool placeholder = false;  // a drawing or photo not yet shown as an image
    std::string score;         // "★ 3,4 · 5 stemmen", or empty without votes
};

NoteText text_of(const CaptureRecord& note) {
    NoteText text;
    const auto kind = note.origin->capture_kind;
    if (kind == CaptureKind::text) {
        text.body = note.text.value();
    } else {
        text.placeholder = true;
        text.body = kind == CaptureKind::drawing ? "Tekening" : "Foto";
        if (!note.text.value().empty()) text.body += ": " + note.text.value();
    }
    if (const int votes = note.vote_count(); votes > 0) {
        char line[64];
        // Dutch writes a decimal comma.
        std::snprintf(line, sizeof line, "★ %.1f · %d %s", static_cast<double>(note.score_total()) / votes, votes,
                      votes == 1 ? "stem" : "stemmen");
        text.score = line;
        if (auto dot = text.score.find('.'); dot != std::string::npos) text.score[dot] = ',';
    }
    return text;
}

struct NoteMetrics {
    float pad, wrap, body_height, score_height, height;
};

NoteMetrics measure(Ui& ui, const NoteText& text, float width) {
    NoteMetrics m{};
    m.pad = ui.px(16);
    m.wrap = width - 2 * m.pad;
    ImFont* body = ui.fonts.body;
    // A placeholder's label sits inside a frame, inset on every side.
    const float inset = text.placeholder ? ui.px(14) : 0;
    m.body_height = body->CalcTextSizeA(body->FontSize, FLT_MAX, m.wrap - 2 * inset, text.body.c_str()).y;
    if (text.placeholder) m.body_height += 2 * ui.px(20);
    m.score_height = text.score.empty() ? 0 : ui.fonts.bold->FontSize + ui.px(10);
    m.height = std::max(ui.px(88), 2 * m.pad + m.body_height + m.score_height);
    return m;
}

}  // namespace

float sticky_note_height(Ui& ui, const CaptureRecord& note, float width) {
    return measure(ui, text_of(note), width).height;
}

void draw_sticky_note(Ui& ui, const CaptureRecord& note, float width, std::size_t palette_index) {
    const NoteText text = text_of(note);
    const NoteMetrics m = measure(ui, text, width);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + m.height);
    ImGui::Dummy(ImVec2(width, m.height));
    if (!ImGui::IsItemVisible()) return;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = note_fill(note.origin->colour, palette_index);
    const float rounding = ui.px(6);
    draw->AddRectFilled(ImVec2(min.x + ui.px(2), min.y + ui.px(4)), ImVec2(max.x + ui.px(2), max.y + ui.px(4)),
                        colour::shadow, rounding);
    draw->AddRectFilled(min, max, fill, rounding);
    // A slightly darker band at the top, where a paper note's glue strip is.
    draw->AddRectFilled(min, ImVec2(max.x, min.y + ui.px(10)), darker(fill, 0.08f), rounding,
                        ImDrawFlags_RoundCornersTop);

    ImVec2 at(min.x + m.pad, min.y + m.pad);
    if (text.placeholder) {
        const ImVec2 frame_max(max.x - m.pad, at.y + m.body_height);
        draw->AddRect(at, frame_max, darker(fill, 0.3f), rounding, 0, ui.px(2));
        at = ImVec2(at.x + ui.px(14), at.y + ui.px(20));
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, at, colour::muted, text.body.c_str(), nullptr,
                      m.wrap - ui.px(28));
        at.y = min.y + m.pad + m.body_height;
    } else {
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, at, colour::text, text.body.c_str(), nullptr, m.wrap);
        at.y += m.body_height;
    }
    if (!text.score.empty())
        draw->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(at.x, at.y + ui.px(10)), darker(fill, 0.6f),
                      text.score.c_str());
}

}  // namespace oogst::app
