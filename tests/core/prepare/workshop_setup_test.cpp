// Creating and changing the workshop through core (what the preparation screen and
// `oogst-cli workshop new` do): its fields, its keys, and the refusals.
#include "core/prepare/workshop_setup.hpp"

#include "tests/core/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

using Kind = PlanProblem::Kind;

TEST_F(PrepareTest, CreatingAWorkshopRecordsItsFieldsAndMakesItsKeys) {
    const WorkshopSet made = create_workshop(
        *store, {"  Roeselare 2030 ", "swot-plus", "Roeselare", {"2026-12-11", "2026-12-04", "2026-12-04"}, {"fr", "nl"}}, methods);
    ASSERT_TRUE(store->state().has_workshop());
    const WorkshopSet& workshop = store->state().workshop();
    EXPECT_EQ(workshop.id, made.id);
    EXPECT_EQ(workshop.name, "Roeselare 2030");
    EXPECT_EQ(workshop.method, "swot-plus");
    EXPECT_EQ(workshop.dates, (std::vector<std::string>{"2026-12-04", "2026-12-11"})) << "sorted, each once";
    EXPECT_EQ(workshop.languages, (std::vector<std::string>{"nl", "fr"})) << "in the app's order";
    ASSERT_TRUE(store->workshop_keys().has_value());
    EXPECT_TRUE(store->workshop_keys()->is_facilitator());
    EXPECT_EQ(store->workshop_keys()->workshop_id, workshop.id);
    EXPECT_EQ(store->workshop_keys()->facilitator_key, store->device().public_key);
}

TEST_F(PrepareTest, AWorkshopThatCannotBeIsRefusedAndNothingIsStored) {
    refused(Kind::no_workshop_name, [&] { create_workshop(*store, {"  ", "droomsessie", "", {}, {}}, methods); });
    EXPECT_EQ(refused(Kind::unknown_method, [&] { create_workshop(*store, {"A", "droomsesie", "", {}, {}}, methods); }).value,
              "droomsesie");
    EXPECT_EQ(refused(Kind::bad_date, [&] { create_workshop(*store, {"A", "droomsessie", "", {"2026-02-30"}, {}}, methods); })
                  .value,
              "2026-02-30");
    refused(Kind::unknown_language, [&] { create_workshop(*store, {"A", "droomsessie", "", {}, {"de"}}, methods); });
    EXPECT_FALSE(store->workshop_keys().has_value());
    make_workshop();
    EXPECT_EQ(refused(Kind::has_workshop, [&] { create_workshop(*store, {"B", "droomsessie", "", {}, {}}, methods); }).name,
              "Roeselare 2030");
}

TEST_F(PrepareTest, EditingKeepsTheIdAndChangesTheFields) {
    make_workshop();
    const std::string id = store->state().workshop().id;
    WorkshopPlan plan = plan_of(store->state().workshop());
    plan.place = "Stadhuis Roeselare";
    plan.dates.push_back("2026-12-11");
    edit_workshop(*store, plan, methods);
    EXPECT_EQ(store->state().workshop().id, id);
    EXPECT_EQ(store->state().workshop().place, "Stadhuis Roeselare");
    EXPECT_EQ(store->state().workshop().dates.size(), 2u);
    const auto operations = store->operation_count();
    edit_workshop(*store, plan, methods);
    EXPECT_EQ(store->operation_count(), operations) << "saving what is there records nothing";
}

TEST_F(PrepareTest, ADeviceCannotPrepare) {
    make_workshop();
    TemporaryFolder other;
    auto device = Store::open_or_create(other.path());
    WorkshopKeys keys = *store->workshop_keys();
    keys.secret_key.clear();
    device.save_workshop_keys(keys);
    try {
        create_workshop(device, {"Eigen", "droomsessie", "", {}, {}}, methods);
        ADD_FAILURE();
    } catch (const PlanError& error) {
        EXPECT_EQ(error.problem().kind, Kind::joined_device);
    }
}

}  // namespace
}  // namespace oogst::testing
