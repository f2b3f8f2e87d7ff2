#pragma once
// Back-off for wrong join codes, per network address. The short join code is 8
// characters (40 bits): trying codes one after another must be slow enough that nobody
// finds it during a workshop. Each wrong code locks the address out for a delay that
// doubles with every further wrong code; while locked out, every try is refused without
// the code being compared, so trying many codes at once gains nothing.
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace oogst {

class JoinBackoff {
public:
    using Clock = std::chrono::steady_clock;

    // longest_answer: a wrong code is answered after its lock-out, but never later than
    // this, so a mistyped code is not left hanging (and the lock-out holds on after it).
    JoinBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest,
                std::chrono::milliseconds longest_answer = std::chrono::milliseconds{3000});

    struct Penalty {
        std::chrono::milliseconds answer_after;  // wait this long before answering 404
        std::chrono::milliseconds lock_out;      // then refuse this address this long
    };

    // How long this address must still wait before a code of it is compared; zero when
    // it may try now.
    std::chrono::milliseconds wait_left(const std::string& address, Clock::time_point now);
    // A wrong code: the address is locked out from now until the answer is given and
    // for lock_out after that.
    Penalty failed(const std::string& address, Clock::time_point now);
    // The right code: the address starts afresh.
    void succeeded(const std::string& address);

private:
    struct Entry {
        unsigned failures = 0;
        Clock::time_point locked_until{};
    };
    void forget_old(Clock::time_point now);

    std::chrono::milliseconds first_, longest_, longest_answer_;
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

}  // namespace oogst
