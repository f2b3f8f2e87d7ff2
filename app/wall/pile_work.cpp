#include "app/wall/pile_work.hpp"

#include <sys/resource.h>

#include <chrono>
#include <exception>
#include <utility>

#include "core/sense/words/related_words.hpp"
#include "core/sense/sense_input.hpp"

namespace oogst::app {
namespace {

// The work's thread: piles from the copy, handed over through the promise.
void make_piles(std::stop_token stop, SenseInput input, std::promise<WallPiles> promise, std::function<void()> wake) {
    // Frames first: on a laptop of two cores the piles take what drawing leaves. (On
    // Linux a nice value is a thread's own; only this one's is lowered.)
    setpriority(PRIO_PROCESS, 0, 10);
    try {
        // The suggestions panel would read the dictionaries on the frame that first asks
        // for suggestions (a fifth of a second); read here, behind the wall, they are
        // ready by then. Once per process: later piles pass straight on.
        (void)RelatedWords::debian();
        finish_sense_input(input);
        promise.set_value(wall_piles(input, stop));
    } catch (...) {
        promise.set_exception(std::current_exception());
    }
    if (wake) wake();
}

}  // namespace

bool PileWork::follow(const WorkshopState& state, std::size_t words, const std::function<void()>& wake) {
    bool changed = false;
    if (job_ && job_->piles.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        WallPiles made;
        try {
            made = job_->piles.get();
        } catch (const std::exception&) {
            // Piles that cannot be made (the stopword lists unreadable) leave the wall
            // unpiled, as it was drawn while they were being made, rather than stop it.
        }
        // Piles of words that changed meanwhile would show what the state does not say;
        // stopped work made none at all (even should the words have changed back).
        if (job_->words == words && !job_->thread.get_stop_token().stop_requested()) {
            changed = made != piles_;
            if (changed) ++made_;
            piles_ = std::move(made);
            piled_words_ = words;
        }
        job_.reset();
    }
    // Work for words that changed since is of no use: stopped early, then made again.
    if (job_ && job_->words != words) job_->thread.request_stop();
    if (!job_ && piled_words_ != words) {
        std::promise<WallPiles> promise;
        Job& job = job_.emplace();
        job.words = words;
        job.piles = promise.get_future();
        // The frame only copies; sorting the copy and reading its words is the thread's.
        job.thread = std::jthread(make_piles, copied_sense_input(state), std::move(promise), wake);
    }
    return changed;
}

void PileWork::wait() const {
    if (job_) job_->piles.wait();
}

}  // namespace oogst::app
