#include "core/model/hybrid_clock.hpp"

#include <chrono>
#include <cstdint>

namespace oogst {

std::int64_t wall_clock_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Stamp HybridClock::tick(std::int64_t now_ms) {
    if (now_ms > last_.wall_ms) {
        last_ = {now_ms, 0};
    } else if (last_.logical == UINT32_MAX) {
        // Never wraps: a stamp after the largest logical count moves on a millisecond.
        last_ = {last_.wall_ms + 1, 0};
    } else {
        ++last_.logical;
    }
    return last_;
}

Stamp HybridClock::tick() { return tick(wall_clock_ms()); }

void HybridClock::observe(const Stamp& seen) {
    if (seen > last_) last_ = seen;
}

}  // namespace oogst
