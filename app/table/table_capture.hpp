#pragma once
// A new capture made at a table (a typed note, a drawing, a photo): its id, session,
// column, place at the end of that column, a note colour and the table as its author.
// The screen that makes it fills in the rest (text, strokes, blobs).
#include <string>

#include "app/shell/app_state.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

CaptureAdded table_capture(const Store& store, const AppState& state, CaptureKind kind, const std::string& board);

}  // namespace oogst::app
