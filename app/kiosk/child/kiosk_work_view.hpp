#pragma once
// One child's work as the exhibition shows it: the drawing on its paper, the photo in a
// white frame, or the poem on a card, as large as the rectangle allows, with its label
// ("Lotte · 5B · De Regenboog") under it. The attract loop and the preview use it; the
// staff's moderation screen too, so this header stays stable.
#include <imgui.h>

#include "app/shell/ui.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

// Whether the label goes under the picture; a moderation card writes its own.
enum class WorkLabel { under, none };

// A submitted work (a capture in the kiosk's session).
void draw_kiosk_work(Ui& ui, const CaptureRecord& capture, ImVec2 min, ImVec2 max, WorkLabel label = WorkLabel::under);

// A work not sent in yet (the child's preview, a draft), drawn exactly as it will be shown.
void draw_kiosk_draft(Ui& ui, const KioskWork& work, ImVec2 min, ImVec2 max, WorkLabel label = WorkLabel::under);

}  // namespace oogst::app
