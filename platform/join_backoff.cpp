#include "join_backoff.hpp"

#include <algorithm>

namespace oogst {
namespace {

// Past this many addresses, those no longer locked out are forgotten, so a flood of
// spoofed addresses cannot fill the memory.
constexpr std::size_t max_remembered = 4096;

}  // namespace

JoinBackoff::JoinBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest,
                         std::chrono::milliseconds longest_answer)
    : first_(std::max(first, std::chrono::milliseconds{1})), longest_(std::max(longest, first_)),
      longest_answer_(longest_answer) {}

std::chrono::milliseconds JoinBackoff::wait_left(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(address);
    if (found == entries_.end() || found->second.locked_until <= now) return std::chrono::milliseconds{0};
    return std::chrono::ceil<std::chrono::milliseconds>(found->second.locked_until - now);
}

JoinBackoff::Penalty JoinBackoff::failed(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    if (entries_.size() >= max_remembered) forget_old(now);
    auto& entry = entries_[address];
    entry.failures = std::min(entry.failures + 1, 32u);
    auto delay = first_;
    for (unsigned i = 1; i < entry.failures && delay < longest_; ++i) delay *= 2;
    delay = std::min(delay, longest_);
    const auto answer_after = std::min(delay, longest_answer_);
    entry.locked_until = now + answer_after + delay;
    return {answer_after, delay};
}

void JoinBackoff::succeeded(const std::string& address) {
    std::lock_guard lock(mutex_);
    entries_.erase(address);
}

void JoinBackoff::forget_old(Clock::time_point now) {
    std::erase_if(entries_, [&](const auto& each) { return each.second.locked_until <= now; });
}

}  // namespace oogst
