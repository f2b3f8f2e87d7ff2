#pragma once
// The wall's piles, made on a thread of their own. Piles of tens of thousands of notes
// take seconds; the wall is drawn meanwhile, with the piles it had (none at first: every
// capture a card of its own) and a word in its header that piles are being made.
//
// The thread never touches the store, which is not thread-safe: it works on a copy of
// the captures (sense_input) taken on the frame's thread. Its piles are shown only when
// the words they were made from (WallFingerprint::words) are still the wall's; piles of
// words changed meanwhile are thrown away and made again. Shown piles are therefore
// exactly the piles the state's words make, as if made in the frame.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <future>
#include <optional>
#include <stop_token>
#include <thread>

#include "core/model/workshop_state.hpp"
#include "core/sense/wall_piles.hpp"

namespace oogst::app {

class PileWork {
public:
    PileWork() = default;
    PileWork(const PileWork&) = delete;
    PileWork& operator=(const PileWork&) = delete;
    // Work under way is asked to stop and waited for: its thread must not outlive it.
    ~PileWork() = default;

    // The piles shown: empty until the first are made.
    const WallPiles& piles() const { return piles_; }
    // Counts the piles taken in: what is worked out from the piles knows when to redo it.
    std::uint64_t made() const { return made_; }
    // Piles are being made for words the shown piles are not of.
    bool working() const { return job_.has_value(); }

    // Once a frame, with the state and the fingerprint of its words: takes finished
    // piles in when they are of these words, and starts making them when neither the
    // piles shown nor those being made are. Returns whether the piles shown changed.
    // wake is called from the work's thread when it finishes (the app's window then
    // draws a frame without waiting for input); it may be empty.
    bool follow(const WorkshopState& state, std::size_t words, const std::function<void()>& wake);

    // Waits until work under way has finished, so the next follow() takes it in. The
    // headless tests and screenshots call it before each frame, and see what a person
    // sees a moment later.
    void wait() const;

private:
    struct Job {
        std::size_t words = 0;
        std::future<WallPiles> piles;
        std::jthread thread;  // last: stopped and joined before the future goes
    };

    WallPiles piles_;
    std::optional<std::size_t> piled_words_;  // the words piles_ were made of; none yet
    std::uint64_t made_ = 0;
    std::optional<Job> job_;
};

}  // namespace oogst::app
