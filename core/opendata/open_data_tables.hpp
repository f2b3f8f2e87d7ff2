#pragma once
// The open-data tables (captures, keys, sessions) with their columns described: what the
// spreadsheet CSV, the XLSX sheet, the JSON and the Data Package's resources hold. The
// keys and sessions tables say only what a publication may say (no ambassador, no
// device), and captures refer to them by key_id and session_id.
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/opendata/open_data_rows.hpp"
#include "core/opendata/open_data_table.hpp"

namespace oogst {

OpenTable captures_table(const std::vector<CaptureRow>& rows);
OpenTable keys_table(const WorkshopState& state, const std::vector<CaptureRow>& rows);
OpenTable sessions_table(const WorkshopState& state, const std::vector<CaptureRow>& rows);

}  // namespace oogst
