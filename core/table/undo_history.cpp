#include "core/table/undo_history.hpp"

namespace oogst {

void UndoHistory::remember(UndoStep step) {
    steps_.push_back(std::move(step));
    if (steps_.size() > limit_) steps_.pop_front();
}

void UndoHistory::undo(Store& store) {
    if (steps_.empty()) return;
    std::visit([&](const auto& revert) { store.record(revert); }, steps_.back().revert);
    steps_.pop_back();
}

}  // namespace oogst
