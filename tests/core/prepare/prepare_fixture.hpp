#pragma once
// A facilitator's store in a temporary folder with the method templates of the source
// tree, for the preparation's tests.
#include <gtest/gtest.h>

#include <optional>

#include "core/assets/assets.hpp"
#include "core/model/canonical_json.hpp"
#include "core/prepare/plan_problem.hpp"
#include "core/prepare/workshop_setup.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

class PrepareTest : public ::testing::Test {
protected:
    void SetUp() override { store.emplace(Store::open_or_create(folder.path())); }

    // A workshop on the 4th of December 2026, as a facilitator makes it.
    void make_workshop(std::vector<std::string> dates = {"2026-12-04"}) {
        create_workshop(*store, {"Roeselare 2030", "droomsessie", "Roeselare", std::move(dates), {"nl"}}, methods);
    }

    // Runs step, which must fail with a PlanError of kind and change nothing in the store.
    template <class Step>
    PlanProblem refused(PlanProblem::Kind kind, Step&& step) {
        const std::string before = canonical_json(store->state());
        const auto operations = store->operation_count();
        try {
            step();
        } catch (const PlanError& error) {
            EXPECT_EQ(static_cast<int>(error.problem().kind), static_cast<int>(kind)) << error.what();
            EXPECT_EQ(store->operation_count(), operations) << "nothing is recorded";
            EXPECT_EQ(canonical_json(store->state()), before);
            return error.problem();
        }
        ADD_FAILURE() << "the step was not refused";
        return {};
    }

    TemporaryFolder folder;
    std::optional<Store> store;
    TemplateLibrary methods = TemplateLibrary::load(assets_folder() / "templates");
};

}  // namespace oogst::testing
