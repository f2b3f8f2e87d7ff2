#pragma once
// This device's undo: its last changes, each with the operations that revert it (the
// table's board, the facilitator's wall). Undoing records those operations like any
// other change, so an undo is durable, merges like everything else, and can itself
// never lose a note (a deleted note comes back with CaptureRestored, not as a copy).
#include <cstddef>
#include <deque>
#include <string>
#include <variant>
#include <vector>

#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst {

using Revert = std::variant<CaptureDeleted, CaptureRestored, CaptureMoved, CaptureTextEdited, CaptureKeptApart,
                            ThemeSet, ThemeDeleted, ThemeRestored, ThemeMembershipSet, ThemeMerged,
                            ThemeSuggestionRejected, InitiativeSet, ActionSet, InnovationCaseSet, CaseShortlisted,
                            ActorSet, ActorPlaced, ActorLinkSet, CanvasBlockSet, RoadmapEvidenceSet, RoadmapItemDeleted,
                            RoadmapItemRestored, StatementSet>;

struct UndoStep {
    std::string what;  // a translation key naming the change ("undo.added", …) for the button
    // One change can be many operations (filing forty notes at once): undone together.
    std::vector<Revert> reverts;
};

class UndoHistory {
public:
    explicit UndoHistory(std::size_t limit = 30) : limit_(limit) {}

    void remember(UndoStep step);
    bool empty() const { return steps_.empty(); }
    std::size_t size() const { return steps_.size(); }
    const UndoStep& last() const { return steps_.back(); }
    void clear() { steps_.clear(); }

    // Records the reverts of the last change in one batch, the last first. The step is
    // forgotten only once the store has committed it: after a store error the same undo
    // can be tried again. Throws what Store::record throws; does nothing when empty.
    void undo(Store& store);

private:
    std::size_t limit_;
    std::deque<UndoStep> steps_;
};

}  // namespace oogst
