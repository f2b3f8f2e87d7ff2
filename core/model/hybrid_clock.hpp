#pragma once
// Hybrid logical clock (Kulkarni et al.): stamps that follow wall time when the device
// clocks are sane and still order cause before effect when they are not (a tablet whose
// clock was never set). Last-writer-wins compares these stamps.
#include <compare>
#include <cstdint>

namespace oogst {

struct Stamp {
    std::int64_t wall_ms = 0;   // milliseconds since the Unix epoch, as far as known
    std::uint32_t logical = 0;  // tie-breaker within one millisecond

    auto operator<=>(const Stamp&) const = default;
};

class HybridClock {
public:
    // A stamp for a new local event, strictly after every stamp seen so far.
    Stamp tick(std::int64_t now_ms);
    Stamp tick();
    // Takes note of a stamp from elsewhere (an imported operation or one read back).
    void observe(const Stamp& seen);
    const Stamp& last() const { return last_; }

private:
    Stamp last_;
};

std::int64_t wall_clock_ms();

}  // namespace oogst
