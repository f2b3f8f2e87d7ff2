#pragma once
// A new capture's first fields, wherever it is made (a table's note, drawing or photo,
// a child's work at the kiosk): a fresh id, its session, its kind and the board it goes
// to, which is also the prompt it answers. The table (core/table/table_capture.hpp) and
// the kiosk (core/kiosk/kiosk_work.hpp) add what is theirs.
#include <string>

#include "core/model/payloads.hpp"

namespace oogst {

CaptureAdded new_capture(const std::string& session_id, CaptureKind kind, const std::string& board);

}  // namespace oogst
