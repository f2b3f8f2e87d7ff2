#include "platform/net/offer_memory.hpp"

#include <algorithm>

namespace oogst::platform {

std::optional<std::string> OfferMemory::answered_before(const std::string& hash, std::uint64_t revision) {
    std::lock_guard lock(mutex_);
    const auto found = answers_.find(hash);
    if (found == answers_.end() || found->second.revision != revision ||
        std::chrono::steady_clock::now() - found->second.at > kept_for)
        return std::nullopt;
    ++from_memory_;
    return found->second.answer;
}

void OfferMemory::remember(const std::string& hash, std::uint64_t revision, const std::string& answer) {
    std::lock_guard lock(mutex_);
    forget(hash);
    answers_.emplace(hash, Answered{revision, std::chrono::steady_clock::now(), answer});
    order_.push_back(hash);
    bytes_ += answer.size();
    while ((bytes_ > most_bytes || order_.size() > most_answers) && !order_.empty()) forget(order_.front());
}

void OfferMemory::forget(const std::string& hash) {
    const auto found = answers_.find(hash);
    if (found == answers_.end()) return;
    bytes_ -= found->second.answer.size();
    answers_.erase(found);
    order_.erase(std::find(order_.begin(), order_.end(), hash));
}

}  // namespace oogst::platform
