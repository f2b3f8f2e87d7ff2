#pragma once
// What a table does to the notes on its board, as store operations: add, move, edit and
// delete, each remembered in the undo history with the operation that reverts it. The
// board screen calls these; tests call them without a window.
#include <functional>
#include <string>

#include "core/model/payloads.hpp"
#include "core/model/workshop_state.hpp"
#include "core/store/store.hpp"
#include "core/store/undo_history.hpp"

namespace oogst {

class BoardActions {
public:
    BoardActions(Store& store, UndoHistory& history) : store_(store), history_(history) {}

    // Records a new capture. store_blobs, when given, runs first in the same store
    // batch and puts the capture's blobs (a drawing's preview, a photo) in the store,
    // setting their hashes on it: the blobs and the capture are stored together or not
    // at all.
    void add(CaptureAdded capture, const std::function<void(CaptureAdded&)>& store_blobs = {});
    // Moves a capture to board, at place x in its column (see column_place()).
    void move(const std::string& capture_id, const std::string& board, float x);
    // Replaces a capture's text; an unchanged text records nothing.
    void edit_text(const std::string& capture_id, const std::string& text);
    void remove(const std::string& capture_id);

    // Each throws what Store::record throws (a UserError with a facilitator sentence);
    // nothing is then remembered, and the board is as it was.

private:
    const CaptureRecord& live_capture(const std::string& capture_id) const;

    Store& store_;
    UndoHistory& history_;
};

// The x that puts a capture between the captures at before and after in a column (x
// orders a column); either may be null at the column's ends. Halving keeps the other
// captures where they are, so a move is one operation whatever the column's length.
float column_place(const CaptureRecord* before, const CaptureRecord* after);

// The x that puts a new capture after every other one in a session's column.
float end_of_column(const WorkshopState& state, const std::string& session_id, const std::string& board);

}  // namespace oogst
