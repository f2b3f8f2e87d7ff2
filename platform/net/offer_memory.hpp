#pragma once
// The hub's memory of offers it answered lately, by the offer's hash: one sent again
// while the store is as it was is answered from memory (an offer may list 100,000
// pictures to look up, and each answer is signed), so a captured offer replayed costs a
// lookup. For a few seconds only, since a picture stored without any new operation does
// not change the store's revision; and at most 256 answers, 16 MB. Thread-safe.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace oogst::platform {

class OfferMemory {
public:
    static constexpr std::chrono::seconds kept_for{3};
    static constexpr std::size_t most_bytes = std::size_t{16} << 20;
    static constexpr std::size_t most_answers = 256;

    // The answer given to this offer at this revision of the store, while it is fresh.
    std::optional<std::string> answered_before(const std::string& hash, std::uint64_t revision);
    void remember(const std::string& hash, std::uint64_t revision, const std::string& answer);
    // How many offers were answered from memory so far.
    std::uint64_t answered_from_memory() const { return from_memory_; }

private:
    void forget(const std::string& hash);  // under mutex_

    struct Answered {
        std::uint64_t revision = 0;
        std::chrono::steady_clock::time_point at;
        std::string answer;
    };
    std::mutex mutex_;
    std::map<std::string, Answered> answers_;
    std::deque<std::string> order_;  // oldest first, to forget beyond most_bytes and most_answers
    std::size_t bytes_ = 0;
    std::atomic<std::uint64_t> from_memory_{0};
};

}  // namespace oogst::platform
