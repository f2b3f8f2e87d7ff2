#include "core/table/round_timer.hpp"

#include <algorithm>

namespace oogst {

void RoundTimer::set(double seconds) {
    total_ = std::max(0.0, seconds);
    reset();
}

void RoundTimer::start(double now) {
    if (running_ || left_at_start_ <= 0) return;
    started_at_ = now;
    running_ = true;
}

void RoundTimer::pause(double now) {
    if (!running_) return;
    left_at_start_ = remaining(now);
    running_ = false;
}

void RoundTimer::reset() {
    left_at_start_ = total_;
    running_ = false;
}

double RoundTimer::remaining(double now) const {
    if (!running_) return left_at_start_;
    return std::max(0.0, left_at_start_ - (now - started_at_));
}

double RoundTimer::elapsed_fraction(double now) const {
    return total_ > 0 ? std::clamp(1.0 - remaining(now) / total_, 0.0, 1.0) : 0.0;
}

}  // namespace oogst
