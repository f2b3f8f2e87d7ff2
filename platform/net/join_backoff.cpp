#include "platform/net/join_backoff.hpp"

#include <algorithm>

namespace oogst::platform {
namespace {

// Past this many addresses, those no longer locked out are forgotten, so a flood of
// spoofed addresses cannot fill the memory.
constexpr std::size_t max_remembered = 4096;

}  // namespace

JoinBackoff::JoinBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
    : first_(std::max(first, std::chrono::milliseconds{1})), longest_(std::max(longest, first_)) {}

std::chrono::milliseconds JoinBackoff::begin(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    if (entries_.size() >= max_remembered) forget_old(now);
    auto& entry = entries_[address];
    // Another request of this address is having its code compared right now: this one
    // waits as a wrong code would make it (the comparison itself takes microseconds).
    if (entry.comparing) return first_;
    if (entry.locked_until > now)
        return std::max(std::chrono::ceil<std::chrono::milliseconds>(entry.locked_until - now),
                        std::chrono::milliseconds{1});
    entry.comparing = true;
    return std::chrono::milliseconds{0};
}

std::chrono::milliseconds JoinBackoff::failed(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto& entry = entries_[address];
    entry.comparing = false;
    entry.failures = std::min(entry.failures + 1, 32u);
    auto delay = first_;
    for (unsigned i = 1; i < entry.failures && delay < longest_; ++i) delay *= 2;
    delay = std::min(delay, longest_);
    entry.locked_until = now + delay;
    return delay;
}

void JoinBackoff::succeeded(const std::string& address) {
    std::lock_guard lock(mutex_);
    entries_.erase(address);
}

void JoinBackoff::forget_old(Clock::time_point now) {
    std::erase_if(entries_,
                  [&](const auto& each) { return !each.second.comparing && each.second.locked_until <= now; });
}

}  // namespace oogst::platform
