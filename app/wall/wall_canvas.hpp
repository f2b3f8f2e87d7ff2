#pragma once
// The wall's surface: the cards laid out in rows that fill its width at the zoom chosen
// (zoomed out, more fit on a row: an overview of everything), dragged to pan with a
// finger or a mouse, zoomed with the wheel or the −/+ buttons. A tap chooses a card or
// lets it go (tap-to-add); a hold lifts the chosen cards, and carried onto a key in the
// keys' panel they are filed there; in lasso mode a drag on the empty wall chooses
// every card it encloses.
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/shell/ui.hpp"
#include "app/wall/wall_state.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

// A key's tile in the keys' panel, where carried cards can be dropped.
struct DropTarget {
    std::string theme_id;
    ImRect rect;
};

inline constexpr float wall_min_zoom = 0.3f, wall_max_zoom = 1.6f;

// What the canvas asks the screen to do once a finger lets go.
struct CanvasOutcome {
    std::string file_into;  // carried cards were dropped onto this key
};

// Draws the canvas in the rest of the current window. drop_targets: this frame's key
// tiles (drawn before, beside it).
CanvasOutcome draw_wall_canvas(Ui& ui, const WorkshopState& state, WallState& wall,
                               const std::vector<DropTarget>& drop_targets);

// Zoom about a point on the screen (the pointer), so what is under it stays there.
void zoom_wall(WallState& wall, float factor, ImVec2 about, ImVec2 canvas_min);

// Every capture id of the chosen cards (a pile's all), for filing.
std::vector<std::string> chosen_captures(const WallState& wall);

}  // namespace oogst::app
