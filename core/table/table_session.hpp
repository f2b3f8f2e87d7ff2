#pragma once
// What a table changes about its own session, from the tablet: its name and how many sit
// at it, and nothing else, so the facilitator's fields (place, ambassador, method) stay
// theirs (SessionTableSet). Each throws what Store::record throws.
#include <string>

#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst {

// A table seats 4 to 10 and one ambassador; the voter numbers of 12 fit in one row.
inline constexpr int max_participants = 12;

// Renames the table; an empty or unchanged name records nothing. Returns whether it did.
bool rename_table(Store& store, const SessionSet& session, const std::string& name);
// Between 1 and max_participants; UserError outside.
void set_participants(Store& store, const SessionSet& session, int participants);

}  // namespace oogst
