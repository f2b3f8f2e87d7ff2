#pragma once
// The canonical JSON of a workshop state: what `oogst-cli dump --format json` prints.
// Entities are sorted by id and fields come in a fixed order, so two stores holding the
// same operations print the same bytes, whatever order those operations arrived in.
// Clock stamps and device ids are left out: they say how the state was made, not what
// it is.
#include <string>

#include "core/model/workshop_state.hpp"

namespace oogst {

std::string canonical_json(const WorkshopState& state);

}  // namespace oogst
