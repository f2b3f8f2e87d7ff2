#include "app/widgets/capture_picture.hpp"

#include "app/widgets/drawing_view.hpp"
#include "app/widgets/photo_view.hpp"

namespace oogst::app {

float capture_picture_height(const Ui& ui, const CaptureRecord& capture, float width) {
    switch (capture.origin->capture_kind) {
        case CaptureKind::text: return 0;
        case CaptureKind::drawing: return drawing_picture_height(ui, capture, width);
        case CaptureKind::photo: return photo_picture_height(ui, capture, width);
    }
    return 0;
}

void draw_capture_picture(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max) {
    switch (capture.origin->capture_kind) {
        case CaptureKind::text: return;
        case CaptureKind::drawing: return draw_drawing_picture(ui, capture, min, max);
        case CaptureKind::photo: return draw_photo_picture(ui, capture, min, max);
    }
}

}  // namespace oogst::app
