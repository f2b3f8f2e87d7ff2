#pragma once
// A Frictionless Data Package (v1) of the open-data tables, as a city's open-data portal
// takes it: datapackage.json naming the workshop and describing each resource (its CSV
// file, format, media type, encoding, and a Table Schema whose fields are the CSV's
// columns one for one, with primaryKey id and foreignKeys from captures to keys and
// sessions), beside one CSV per table (UTF-8 without a BOM, ',').
#include <vector>

#include "core/model/payloads.hpp"
#include "core/opendata/open_data_table.hpp"
#include "core/publish/published_file.hpp"

namespace oogst {

std::vector<PublishedFile> data_package(const WorkshopSet& workshop, const std::vector<OpenTable>& tables);

// "roeselare-droomt": the package's name, as the specification wants it (lowercase
// letters, digits, '-', '_' and '.').
std::string package_name(const std::string& title);

}  // namespace oogst
