// The stakeholder map's places (issue 16): an actor never dragged stands in its group's
// sector, at the same place on every laptop; a dragged one where it was dropped.
#include <gtest/gtest.h>

#include <cmath>

#include "core/roadmap/roadmap_actions.hpp"
#include "core/roadmap/stakeholder_map.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

// The angle of a point, clockwise from the top, in 0..2π.
float angle_of(const MapPoint& point) {
    const float angle = std::atan2(point.x - 0.5f, 0.5f - point.y);
    return angle < 0 ? angle + 6.2831853f : angle;
}

TEST(StakeholderMap, SevenSectorsGoRoundOnceInTheTemplatesOrder) {
    EXPECT_FLOAT_EQ(map_sector(ActorCategory::politics).from, 0);
    EXPECT_FLOAT_EQ(map_sector(ActorCategory::administration).from, map_sector(ActorCategory::politics).to);
    EXPECT_NEAR(map_sector(ActorCategory::partners).to, 6.2831853f, 1e-5);
}

TEST(StakeholderMap, AnActorNeverPlacedStandsInItsGroupsSectorTheSameOnEveryLaptop) {
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    RoadmapActions roadmap(store, history);
    for (int group = 0; group < 7; ++group)
        for (int i = 0; i < 4; ++i)
            roadmap.create_actor({"Actor " + std::to_string(group) + "." + std::to_string(i),
                                  static_cast<ActorCategory>(group)});
    const auto places = actor_places(store.state().roadmap());
    ASSERT_EQ(places.size(), 28u);
    for (const ActorSet* actor : store.state().roadmap().actors()) {
        const MapPoint& point = places.at(actor->id);
        const MapSector sector = map_sector(actor->category);
        EXPECT_FALSE(point.placed);
        EXPECT_GT(angle_of(point), sector.from) << actor->name;
        EXPECT_LT(angle_of(point), sector.to) << actor->name;
        EXPECT_LT(std::hypot(point.x - 0.5f, point.y - 0.5f), map_radius) << actor->name << " inside the circle";
    }
    EXPECT_EQ(actor_places(store.state().roadmap()).begin()->second.x, places.begin()->second.x) << "deterministic";

    const std::string moved = store.state().roadmap().actors().front()->id;
    const MapPoint neighbour_before = places.at(store.state().roadmap().actors()[1]->id);
    roadmap.place_actor(moved, 0.1f, 0.9f);
    const auto after = actor_places(store.state().roadmap());
    EXPECT_TRUE(after.at(moved).placed);
    EXPECT_EQ(after.at(moved).x, 0.1f);
    EXPECT_EQ(after.at(moved).y, 0.9f);
    EXPECT_EQ(after.at(store.state().roadmap().actors()[1]->id).x, neighbour_before.x) << "the others stay";
    history.undo(store);
    const MapPoint back = actor_places(store.state().roadmap()).at(moved);
    EXPECT_EQ(back.x, places.at(moved).x) << "the first drag undone: back at the map's own place";
    EXPECT_EQ(back.y, places.at(moved).y);
}

}  // namespace
}  // namespace oogst::testing
