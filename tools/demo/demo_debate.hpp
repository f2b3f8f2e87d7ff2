#pragma once
// A city debate on the demo workshop's keys, for `oogst-cli demo-debate`, the
// screenshots and the tests: a debate table per key with its strongest dreams, two or
// three proposals scored by six people each, and each table's strongest proposal made
// an initiative with an owner, a horizon and two actions. Through core/roadmap, as the
// debate screen does it.
#include <cstdint>

#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst {

struct DebateSummary {
    int tables = 0, proposals = 0, initiatives = 0, actions = 0;
};

// UserError when the workshop has no keys yet.
DebateSummary fill_demo_debate(Store& store, const TemplateLibrary& methods, std::uint64_t seed = 1);

}  // namespace oogst
