#include "app/kiosk/child/kiosk_work_view.hpp"

#include <algorithm>
#include <cfloat>
#include <string>
#include <string_view>
#include <vector>

#include "app/shell/theme.hpp"
#include "app/widgets/canvas/drawing_ink.hpp"
#include "app/widgets/photo_view.hpp"
#include "core/drawing/drawing_paper.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "platform/texture_cache.hpp"

namespace oogst::app {
namespace {

// What the view needs of a work, sent in or not.
struct WorkLook {
    CaptureKind kind = CaptureKind::drawing;
    const std::vector<Stroke>* strokes = nullptr;
    std::string_view poem;
    std::string preview_blob;
    std::string label;
};

constexpr ImU32 poem_card = IM_COL32(255, 244, 196, 255);
constexpr ImU32 poem_ink = IM_COL32(60, 50, 110, 255);

void shadowed(const Ui& ui, ImVec2 min, ImVec2 max, ImU32 fill, float rounding) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(min.x + ui.px(4), min.y + ui.px(8)), ImVec2(max.x + ui.px(4), max.y + ui.px(8)),
                        colour::shadow, rounding);
    draw->AddRectFilled(min, max, fill, rounding);
}

void drawing(Ui& ui, const std::vector<Stroke>& strokes, ImVec2 min, ImVec2 max) {
    const ImRect paper = fitted_rect(drawing_aspect, 1, min, max);
    shadowed(ui, paper.Min, paper.Max, colour::surface, ui.px(6));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(paper.Min, paper.Max, true);
    paint_strokes(draw, strokes, paper.Min, paper.Max, InkDetail::full);
    draw->PopClipRect();
}

void photo(Ui& ui, const std::string& preview_blob, ImVec2 min, ImVec2 max) {
    // A white frame around the photo, as a printed photo pinned to the wall.
    const float frame = ui.px(14);
    platform::Picture picture;
    if (ui.textures && !preview_blob.empty()) picture = ui.textures->blob(preview_blob);
    const float w = picture.width > 0 ? static_cast<float>(picture.width) : 4;
    const float h = picture.height > 0 ? static_cast<float>(picture.height) : 3;
    const ImRect inner = fitted_rect(w, h, ImVec2(min.x + frame, min.y + frame), ImVec2(max.x - frame, max.y - frame));
    shadowed(ui, ImVec2(inner.Min.x - frame, inner.Min.y - frame), ImVec2(inner.Max.x + frame, inner.Max.y + frame),
             colour::surface, ui.px(6));
    if (!draw_fitted_picture(picture, inner.Min, inner.Max))
        draw_photo_placeholder(ui, inner.Min, inner.Max, colour::column, colour::muted, "");
}

// The poem's lines at wrap: its own line breaks (blank lines between verses kept), and
// where a line is too long for the card.
std::vector<std::string_view> poem_lines(ImFont* font, float wrap, std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const char* s = text.data() + start;
        const char* e = text.data() + end;
        if (s == e) lines.emplace_back(s, 0);
        while (s < e) {
            const char* eol = font->CalcWordWrapPositionA(1.0f, s, e, wrap);
            if (eol <= s) ++eol;
            lines.emplace_back(s, static_cast<std::size_t>(eol - s));
            s = eol;
            while (s < e && *s == ' ') ++s;
        }
        start = end + 1;
    }
    return lines;
}

void show_poem(const Ui& ui, std::string_view text, ImVec2 min, ImVec2 max) {
    const float pad = ui.px(32);
    const float card_w = std::min(max.x - min.x, ui.px(980));
    const float wrap = card_w - 2 * pad;
    // The largest of the app's fonts the poem fits in: a short poem reads from afar.
    ImFont* font = ui.fonts.body;
    std::vector<std::string_view> lines;
    for (ImFont* candidate : {ui.fonts.title, ui.fonts.heading, ui.fonts.body}) {
        lines = poem_lines(candidate, wrap, text);
        font = candidate;
        if (lines.size() * candidate->FontSize + 2 * pad <= max.y - min.y) break;
    }
    float widest = 0;
    for (std::string_view line : lines)
        widest = std::max(widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.data(), line.data() + line.size()).x);
    const float width = std::max(std::min(card_w, widest + 2 * pad), std::min(card_w, ui.px(420)));
    const float height = std::min(max.y - min.y, lines.size() * font->FontSize + 2 * pad);
    const ImVec2 at(min.x + (max.x - min.x - width) * 0.5f, min.y + (max.y - min.y - height) * 0.5f);
    const ImVec2 end(at.x + width, at.y + height);
    shadowed(ui, at, end, poem_card, ui.px(18));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(at, end, true);
    float y = at.y + pad;
    for (std::string_view line : lines) {
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.data(), line.data() + line.size()).x;
        draw->AddText(font, font->FontSize, ImVec2(at.x + (width - w) * 0.5f, y), poem_ink, line.data(),
                      line.data() + line.size());
        y += font->FontSize;
    }
    draw->PopClipRect();
}

void work_label(const Ui& ui, const std::string& text, ImVec2 min, ImVec2 max) {
    if (text.empty()) return;
    ImFont* font = ui.fonts.heading;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    const float pad = ui.px(20);
    const float width = std::min(max.x - min.x, size.x + 2 * pad);
    const ImVec2 at(min.x + (max.x - min.x - width) * 0.5f, min.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, max.y), colour::surface, (max.y - min.y) * 0.5f);
    draw->PushClipRect(at, ImVec2(at.x + width, max.y), true);
    draw->AddText(font, font->FontSize, ImVec2(at.x + std::max(pad, (width - size.x) * 0.5f), min.y + (max.y - min.y - size.y) * 0.5f),
                  colour::text, text.c_str());
    draw->PopClipRect();
}

void draw_look(Ui& ui, const WorkLook& look, ImVec2 min, ImVec2 max) {
    const float label_height = look.label.empty() ? 0 : ui.fonts.heading->FontSize + ui.px(20);
    const float gap = look.label.empty() ? 0 : ui.px(22);
    const ImVec2 picture_max(max.x, max.y - label_height - gap);
    switch (look.kind) {
        case CaptureKind::drawing: drawing(ui, *look.strokes, min, picture_max); break;
        case CaptureKind::photo: photo(ui, look.preview_blob, min, picture_max); break;
        case CaptureKind::text: show_poem(ui, look.poem, min, picture_max); break;
    }
    work_label(ui, look.label, ImVec2(min.x, max.y - label_height), max);
}

}  // namespace

void draw_kiosk_work(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max, WorkLabel label) {
    if (!capture.origin) return;
    const CaptureAdded& origin = *capture.origin;
    WorkLook look;
    look.kind = origin.capture_kind;
    look.strokes = &origin.strokes;
    look.poem = capture.text.written() ? capture.text.value() : origin.text;
    look.preview_blob = origin.preview_blob;
    if (label == WorkLabel::under) look.label = kiosk_work_label(capture);
    draw_look(ui, look, min, max);
}

void draw_kiosk_draft(Ui& ui, const KioskWork& work, ImVec2 min, ImVec2 max, WorkLabel label) {
    WorkLook look;
    look.kind = work.kind;
    look.strokes = &work.strokes;
    look.poem = work.poem;
    look.preview_blob = work.photo_preview_blob;
    if (label == WorkLabel::under) look.label = kiosk_author_label(work);
    draw_look(ui, look, min, max);
}

}  // namespace oogst::app
