#include "core/roadmap/stakeholder_map.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace oogst {
namespace {

constexpr float full_turn = 6.2831853f;
constexpr int group_count = static_cast<int>(ActorCategory::partners) + 1;

// A name's room on the map, centred on its place.
struct NameBox {
    float x = 0, y = 0, width = map_name_width, height = map_name_height;
    float overlap(const NameBox& other) const {
        const float across = std::min(x + width / 2, other.x + other.width / 2) - std::max(x - width / 2, other.x - other.width / 2);
        const float down = std::min(y + height / 2, other.y + other.height / 2) - std::max(y - height / 2, other.y - other.height / 2);
        return across > 0 && down > 0 ? across * down : 0;
    }
};

// The places a name may take in a sector, the most fitting first: its heart (across the
// middle, two thirds out), then ever further from it. Each share of the sector is kept
// clear of its edges, where the neighbours' names are.
std::vector<MapPoint> candidates(const MapSector& sector) {
    struct Candidate {
        float cost;
        MapPoint point;
    };
    std::vector<Candidate> all;
    for (int across = 2; across <= 18; ++across)
        for (int out = 0; out <= 10; ++out) {
            const float share = static_cast<float>(across) / 20, distance = 0.34f + 0.052f * static_cast<float>(out);
            const float cost = std::abs(share - 0.5f) + std::abs(distance - 0.62f) + 0.0001f * static_cast<float>(across * 11 + out);
            all.push_back({cost, map_point(sector.from + (sector.to - sector.from) * share, map_radius * distance)});
        }
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
    std::vector<MapPoint> points;
    for (const Candidate& candidate : all) points.push_back(candidate.point);
    return points;
}

}  // namespace

MapSector map_sector(ActorCategory category) {
    const float width = full_turn / group_count;
    const float from = width * static_cast<float>(category);
    return {from, from + width};
}

MapPoint map_point(float angle, float distance) {
    return {0.5f + distance * std::sin(angle), 0.5f - distance * std::cos(angle), false};
}

std::map<std::string, MapPoint> actor_places(const RoadmapState& roadmap) {
    std::map<std::string, MapPoint> places;
    // The groups' names at the rim are in the way from the start.
    std::vector<NameBox> taken;
    for (int c = 0; c < group_count; ++c) {
        const MapPoint rim = map_point(map_sector(static_cast<ActorCategory>(c)).middle(), map_radius * map_group_name_at);
        taken.push_back({rim.x, rim.y, map_name_width, map_name_height * 0.7f});
    }
    // actors() comes by group, then name: each takes the first free place in its sector.
    // Every actor has its own place worked out, dragged or not, so dragging one does
    // not move the others; a dragged one is then drawn where it was dropped.
    for (const ActorSet* actor : roadmap.actors()) {
        MapPoint point;
        float least = -1;
        for (const MapPoint& candidate : candidates(map_sector(actor->category))) {
            const NameBox box{candidate.x, candidate.y};
            float covered = 0;
            for (const NameBox& other : taken) covered += box.overlap(other);
            if (least < 0 || covered < least) least = covered, point = candidate;
            if (covered == 0) break;
        }
        taken.push_back({point.x, point.y});
        if (roadmap.actor_place(actor->id, point.x, point.y)) point.placed = true;
        places.emplace(actor->id, point);
    }
    return places;
}

}  // namespace oogst
