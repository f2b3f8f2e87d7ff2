#include "app/widgets/photo_view.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdint>

#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

// Height over width for a photo whose size is not known (headless, or a missing
// blob): most cameras shoot 4:3.
constexpr float default_aspect = 0.75f;
// A portrait photo on a note is cut to a square-ish frame so it does not take the
// whole column; the picture is fitted inside, never cropped.
constexpr float tallest_aspect = 1.0f;

float aspect_of(const Ui& ui, const CaptureRecord& capture) {
    if (!ui.textures || capture.origin->preview_blob.empty()) return default_aspect;
    const platform::Picture picture = ui.textures->blob(capture.origin->preview_blob);
    if (picture.width <= 0 || picture.height <= 0) return default_aspect;
    return static_cast<float>(picture.height) / static_cast<float>(picture.width);
}

}  // namespace

ImRect fitted_rect(float width, float height, ImVec2 min, ImVec2 max) {
    const float box_w = max.x - min.x, box_h = max.y - min.y;
    if (width <= 0 || height <= 0 || box_w <= 0 || box_h <= 0) return ImRect(min, max);
    const float factor = std::min(box_w / width, box_h / height);
    const float w = width * factor, h = height * factor;
    const ImVec2 at(min.x + (box_w - w) * 0.5f, min.y + (box_h - h) * 0.5f);
    return ImRect(at, ImVec2(at.x + w, at.y + h));
}

bool draw_fitted_picture(const platform::Picture& picture, ImVec2 min, ImVec2 max) {
    if (picture.texture == 0 || picture.width <= 0 || picture.height <= 0) return false;
    const ImRect rect = fitted_rect(static_cast<float>(picture.width), static_cast<float>(picture.height), min, max);
    ImGui::GetWindowDrawList()->AddImage(reinterpret_cast<ImTextureID>(picture.texture), rect.Min, rect.Max);
    return true;
}

bool draw_cropped_picture(const platform::Picture& picture, ImVec2 min, ImVec2 max, float rounding) {
    if (picture.texture == 0 || picture.width <= 0 || picture.height <= 0) return false;
    const float box = (max.x - min.x) / std::max(1.0f, max.y - min.y);
    const float image = static_cast<float>(picture.width) / static_cast<float>(picture.height);
    // The part of the texture (0..1) with the box's shape, centred.
    ImVec2 uv_min(0, 0), uv_max(1, 1);
    if (image > box) {
        const float keep = box / image;
        uv_min.x = (1 - keep) * 0.5f, uv_max.x = 1 - uv_min.x;
    } else {
        const float keep = image / box;
        uv_min.y = (1 - keep) * 0.5f, uv_max.y = 1 - uv_min.y;
    }
    ImGui::GetWindowDrawList()->AddImageRounded(reinterpret_cast<ImTextureID>(picture.texture), min, max, uv_min,
                                                uv_max, IM_COL32_WHITE, rounding);
    return true;
}

void draw_photo_placeholder(const Ui& ui, ImVec2 min, ImVec2 max, ImU32 fill, ImU32 ink, const char* label) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, fill, ui.px(6));
    draw->AddRect(min, max, ink, ui.px(6), 0, ui.px(2));

    // A camera: a body, a viewfinder bump and a lens, sized to the frame.
    const bool has_label = label && *label;
    const float label_height = has_label ? ui.fonts.bold->FontSize + ui.px(6) : 0;
    const float w = max.x - min.x, h = max.y - min.y;
    const float size = std::min(w * 0.4f, (h - label_height) * 0.5f);
    if (size < ui.px(12)) return;
    const ImVec2 centre(min.x + w * 0.5f, min.y + (h - label_height) * 0.5f);
    const ImVec2 body_min(centre.x - size * 0.5f, centre.y - size * 0.3f);
    const ImVec2 body_max(centre.x + size * 0.5f, centre.y + size * 0.35f);
    const float stroke = std::max(ui.px(2), size * 0.06f);
    draw->AddRectFilled(ImVec2(centre.x - size * 0.18f, body_min.y - size * 0.14f),
                        ImVec2(centre.x + size * 0.18f, body_min.y + stroke), ink, size * 0.05f);
    draw->AddRect(body_min, body_max, ink, size * 0.1f, 0, stroke);
    draw->AddCircle(ImVec2(centre.x, (body_min.y + body_max.y) * 0.5f), size * 0.2f, ink, 0, stroke);
    if (!has_label) return;
    ImFont* font = ui.fonts.bold;
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label);
    draw->PushClipRect(min, max, true);
    draw->AddText(font, font->FontSize, ImVec2(centre.x - text.x * 0.5f, body_max.y + size * 0.15f), ink, label);
    draw->PopClipRect();
}

float photo_picture_height(const Ui& ui, const CaptureRecord& capture, float width) {
    return width * std::min(aspect_of(ui, capture), tallest_aspect);
}

void draw_photo_picture(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max) {
    if (ui.textures && !capture.origin->preview_blob.empty()) {
        const platform::Picture picture = ui.textures->blob(capture.origin->preview_blob);
        if (draw_fitted_picture(picture, min, max)) return;
    }
    // Headless, still loading, or a preview that is missing or unreadable.
    draw_photo_placeholder(ui, min, max, IM_COL32(255, 255, 255, 110), colour::muted, ui.tr("note.photo"));
}

}  // namespace oogst::app
