#pragma once
// The roadmap's part of the canonical JSON (canonical_json.hpp): initiatives with their
// actions' ids, actions, cases, actors, links and statements, each array written only
// when the workshop has any, so the state of a workshop without a roadmap prints as before.
#include "core/model/json_writer.hpp"
#include "core/model/roadmap_state.hpp"

namespace oogst {

void write_roadmap(JsonWriter& json, const RoadmapState& roadmap);

}  // namespace oogst
