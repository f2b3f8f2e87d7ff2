#pragma once
// Back-off for wrong join codes, per network address. The short join code is 8
// characters (40 bits): trying codes one after another must be slow enough that nobody
// finds it during a workshop. A wrong code is answered at once, and the address is then
// locked out for a time that doubles with every further wrong code; while it is locked
// out, every request of it is refused (429) without its code being compared.
//
// Letting a code be compared is one locked step with the check: begin() either says how
// long the address must still wait or reserves the one comparison it may make now, so
// twelve requests arriving together from one address have one code compared, not twelve.
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace oogst::platform {

class JoinBackoff {
public:
    using Clock = std::chrono::steady_clock;

    JoinBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    // Zero: this address may have one code compared now, and until failed() or
    // succeeded() every other request of it is refused. Otherwise how long it must
    // still wait (never zero).
    std::chrono::milliseconds begin(const std::string& address, Clock::time_point now);
    // After begin() allowed it: the code was wrong. The address is locked out from now
    // for the returned time, twice as long as after its previous wrong code.
    std::chrono::milliseconds failed(const std::string& address, Clock::time_point now);
    // After begin() allowed it: the right code. The address starts afresh.
    void succeeded(const std::string& address);

private:
    struct Entry {
        unsigned failures = 0;
        bool comparing = false;  // begin() let a code through; failed() or succeeded() follows
        Clock::time_point locked_until{};
    };
    void forget_old(Clock::time_point now);

    std::chrono::milliseconds first_, longest_;
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

}  // namespace oogst::platform
