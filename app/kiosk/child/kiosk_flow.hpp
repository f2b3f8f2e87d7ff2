#pragma once
// The frame every step of a child's work shares (the big arrows at the bottom, with a
// friendly sentence or the dots that say how far along the child is between them) and the
// steps that need no more than that: choose, preview and thanks.
//
// Touch registry names: "kiosk.home", "kiosk.back", "kiosk.next", "kiosk.send",
// "kiosk.choose.drawing", "kiosk.choose.poem", "kiosk.choose.photo", "kiosk.thanks".
#include <imgui.h>

#include "app/kiosk/child/kiosk_child_icons.hpp"
#include "app/kiosk/kiosk_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// How long "Dankjewel!" stays before the loop comes back by itself.
inline constexpr double kiosk_thanks_seconds = 8;

struct KioskArea {
    ImVec2 min, max;
    ImVec2 size() const { return ImVec2(max.x - min.x, max.y - min.y); }
};

// The room for a step's content, above the row of arrows; the cursor is put at its top
// left.
KioskArea begin_kiosk_step(Ui& ui);

enum class KioskNav { none, back, next };

struct KioskNavRow {
    bool home = false;        // the way back is home (the loop), not the step before
    bool next = true;         // there is a way on
    bool next_ready = true;   // drawn faded until the child has done what the step asks
    bool send = false;        // the way on is "Verstuur", big and green
};

// The row of arrows at the bottom of the screen, with the child's message between them,
// or the dots that show how far along step is.
KioskNav kiosk_nav_row(Ui& ui, KioskStep step, const KioskNavRow& row, const std::string& message);

void draw_kiosk_choose(Store& store, KioskState& kiosk, Ui& ui);
void draw_kiosk_preview(Store& store, KioskState& kiosk, Ui& ui);
void draw_kiosk_thanks(Store& store, KioskState& kiosk, Ui& ui);

}  // namespace oogst::app
