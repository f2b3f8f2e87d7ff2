#pragma once
// The stakeholder map's geometry (issue 16, the Speelveld): a round map of seven
// sectors, one per group of actors in the template's order, clockwise from the top.
// An actor the facilitator dragged stands where it was dropped (ActorPlaced); one never
// placed stands in its group's sector, at the place nearest the sector's heart where
// its name does not cover another's (worked out from the actors in name order), so
// every laptop draws the same map and a new actor does not land on another. Kept here,
// without a window, so the screen, the tests and any printout agree.
#include <map>
#include <string>

#include "core/model/roadmap_state.hpp"

namespace oogst {

// The map is a square of 1 × 1 (a screen may stretch it to the room it has); its circle
// is centred in it with this radius.
inline constexpr float map_radius = 0.47f;
// The room an actor's name takes on the map, and its group's name at the rim, roughly,
// across and down: what the map's own places keep apart.
inline constexpr float map_name_width = 0.22f, map_name_height = 0.085f;
inline constexpr float map_group_name_at = 0.93f;  // of map_radius

struct MapPoint {
    float x = 0.5f, y = 0.5f;  // 0..1 across and down
    bool placed = false;       // dragged there; false: the map's own place for it
};

// A group's sector: from and to in radians, clockwise from the top.
struct MapSector {
    float from = 0, to = 0;
    float middle() const { return (from + to) / 2; }
};

MapSector map_sector(ActorCategory category);

// The point at angle (radians, clockwise from the top) and distance from the centre.
MapPoint map_point(float angle, float distance);

// Where every live actor stands, by id.
std::map<std::string, MapPoint> actor_places(const RoadmapState& roadmap);

}  // namespace oogst
