#include "core/store/undo_history.hpp"

namespace oogst {

void UndoHistory::remember(UndoStep step) {
    if (step.reverts.empty()) return;
    steps_.push_back(std::move(step));
    if (steps_.size() > limit_) steps_.pop_front();
}

void UndoHistory::undo(Store& store) {
    if (steps_.empty()) return;
    const std::vector<Revert>& reverts = steps_.back().reverts;
    store.batch([&] {
        for (auto revert = reverts.rbegin(); revert != reverts.rend(); ++revert)
            std::visit([&](const auto& operation) { store.record(operation); }, *revert);
    });
    steps_.pop_back();
}

}  // namespace oogst
