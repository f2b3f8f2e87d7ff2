#pragma once
// The table's undo: the last changes made on this device, each with the operation that
// reverts it. Undoing records that operation like any other change, so an undo is
// durable, merges like everything else, and can itself never lose a note (a deleted
// note comes back with CaptureRestored, not as a copy).
#include <cstddef>
#include <deque>
#include <string>
#include <variant>

#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst {

using Revert = std::variant<CaptureDeleted, CaptureRestored, CaptureMoved, CaptureTextEdited>;

struct UndoStep {
    std::string what;  // a translation key naming the change ("undo.added", …) for the button
    Revert revert;
};

class UndoHistory {
public:
    explicit UndoHistory(std::size_t limit = 30) : limit_(limit) {}

    void remember(UndoStep step);
    bool empty() const { return steps_.empty(); }
    std::size_t size() const { return steps_.size(); }
    const UndoStep& last() const { return steps_.back(); }
    void clear() { steps_.clear(); }

    // Records the revert of the last change. The step is forgotten only once the store
    // has committed it: after a store error the same undo can be tried again. Throws
    // what Store::record throws; does nothing when empty.
    void undo(Store& store);

private:
    std::size_t limit_;
    std::deque<UndoStep> steps_;
};

}  // namespace oogst
