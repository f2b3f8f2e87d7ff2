#pragma once
// The open-data tables as one JSON object, written by the project's JsonWriter:
// {"workshop": {name, place, method, dates, languages}, "sessions": [...], "keys": [...],
// "captures": [...]}, each row an object whose values have their column's type
// (numbers as numbers, booleans as booleans).
#include <string>
#include <vector>

#include "core/model/payloads.hpp"
#include "core/opendata/open_data_table.hpp"

namespace oogst {

std::string open_data_json(const WorkshopSet& workshop, const std::vector<OpenTable>& tables);

}  // namespace oogst
