#pragma once
// A page per table for its ambassador: what the table said (its strongest notes), how it
// was scored, and where its notes went (the keys, and what is not filed yet).
#include <string>

#include "core/assets/assets.hpp"
#include "core/publish/document.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

inline constexpr std::size_t table_summary_notes = 6;  // what fits on the page with the rest

// Every table's page; only_table, when given, keeps the one session with that id or table
// name (empty document blocks when none has it: the caller says so).
Document table_summary(const PublishedWorkshop& workshop, const Assets& assets, Language language,
                       const std::string& only_table = "");

}  // namespace oogst
