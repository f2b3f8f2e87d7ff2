#pragma once
// The stakeholder map itself (issue 16): a round map of seven sectors, one per group of
// actors (core/roadmap/stakeholder_map.hpp), the actors on it as named pills, the links
// between them coloured by kind with their competences on a label. One finger drags an
// actor (stored when it is let go) or taps an actor or a link's label. The canvas only
// says what the finger did; the screen carries it out through core.
#include <string>

#include "app/roadmap/roadmap_screen_state.hpp"
#include "app/shell/ui.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

struct MapTouch {
    std::string tapped_actor;   // a tap on an actor
    std::string tapped_link;    // a tap on a link's label
    bool tapped_beside = false; // a tap on the map beside everything
    std::string moved_actor;    // let go after a drag, at x, y (0..1 of the map)
    float x = 0, y = 0;
};

// Draws the map at the cursor, size wide and tall (its unit square stretched to that).
MapTouch draw_map_canvas(Ui& ui, const WorkshopState& workshop, MapState& map, ImVec2 size);

// The two kinds of link as the map draws them, with their meaning, width wide.
void draw_link_legend(Ui& ui, float width);

}  // namespace oogst::app
