#include "app/kiosk_moderation_card.hpp"

#include <cfloat>

#include "app/capture_picture.hpp"
#include "app/drawing_ink.hpp"
#include "app/photo_view.hpp"
#include "app/theme.hpp"
#include "core/drawing_paper.hpp"
#include "platform/texture_cache.hpp"

namespace oogst::app {
namespace {

// A poem on a white card, in the body font, wrapped at words; what does not fit is
// cut off at the card's edge (the teacher reads the beginning, enough to decide).
void draw_poem(Ui& ui, const std::string& poem, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, colour::surface, ui.px(6));
    const float pad = ui.px(12);
    draw->PushClipRect(ImVec2(min.x + pad, min.y + pad), ImVec2(max.x - pad, max.y - pad), true);
    draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(min.x + pad, min.y + pad), colour::text,
                  poem.c_str(), nullptr, max.x - min.x - 2 * pad);
    draw->PopClipRect();
}

// The paper at its own shape, centred in the rectangle.
ImRect paper_in(ImVec2 min, ImVec2 max) { return fitted_rect(drawing_aspect, 1, min, max); }

}  // namespace

CardLayout begin_moderation_card(Ui& ui, const ModerationGrid& grid) {
    const float pad = ui.px(14);
    const float height = pad + grid.picture_height + ui.px(10) + ui.fonts.bold->FontSize + ui.px(4) +
                         ui.fonts.body->FontSize + ui.px(12) + ui.touch_size() + pad;
    ImGui::BeginGroup();
    CardLayout card;
    card.min = ImGui::GetCursorScreenPos();
    card.max = ImVec2(card.min.x + grid.width, card.min.y + height);
    card.inner_width = grid.width - 2 * pad;
    card.picture = ImRect(ImVec2(card.min.x + pad, card.min.y + pad),
                          ImVec2(card.max.x - pad, card.min.y + pad + grid.picture_height));
    card.text = ImVec2(card.min.x + pad, card.picture.Max.y + ui.px(10));
    card.buttons = ImVec2(card.min.x + pad, card.max.y - pad - ui.touch_size());
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

void draw_moderation_work(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max) {
    if (!capture.origin || !ImGui::IsRectVisible(min, max)) return;
    switch (capture.origin->capture_kind) {
        case CaptureKind::text: return draw_poem(ui, capture.text.value(), min, max);
        case CaptureKind::drawing: {
            const ImRect paper = paper_in(min, max);
            return draw_capture_picture(ui, capture, paper.Min, paper.Max);
        }
        case CaptureKind::photo: return draw_capture_picture(ui, capture, min, max);
    }
}

void draw_moderation_draft(Ui& ui, const KioskWork& work, ImVec2 min, ImVec2 max) {
    if (!ImGui::IsRectVisible(min, max)) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    switch (work.kind) {
        case CaptureKind::text: return draw_poem(ui, work.poem, min, max);
        case CaptureKind::drawing: {
            const ImRect paper = paper_in(min, max);
            draw->AddRectFilled(paper.Min, paper.Max, colour::surface, ui.px(4));
            draw->PushClipRect(paper.Min, paper.Max, true);
            paint_strokes(draw, work.strokes, paper.Min, paper.Max, InkDetail::preview);
            draw->PopClipRect();
            return;
        }
        case CaptureKind::photo: {
            const std::string& hash = work.photo_preview_blob.empty() ? work.photo_blob : work.photo_preview_blob;
            if (ui.textures && !hash.empty() && draw_fitted_picture(ui.textures->blob(hash), min, max)) return;
            draw_photo_placeholder(ui, min, max, IM_COL32(255, 255, 255, 110), colour::muted, ui.tr("note.photo"));
            return;
        }
    }
}

}  // namespace oogst::app
