#pragma once
// Work that takes seconds (sealing a bundle, writing it to a slow USB stick, importing a
// stick full of bundles, a push over Wi-Fi) runs on its own thread so frames keep
// drawing a progress bar. The frame polls the job and collects it when it is done.
//
// The Store is not thread-safe, so a job never touches the frame's Store: it opens its
// own Store on the same folder (SQLite's WAL lets two connections share the file, and
// the busy timeout makes a write wait for the other's transaction). The frame's Store
// catches up with what the job wrote at the start of the next frame (Store::catch_up).
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <thread>

#include "core/store/store.hpp"

namespace oogst::app {

// What a job reports while it runs; read by the frame.
struct JobProgress {
    std::atomic<std::size_t> done{0}, total{0};  // total 0: no measure yet
    std::atomic<int> phase{0};                   // a job's own steps, for its words on screen
};

class HarvestJob {
public:
    using Work = std::function<void(JobProgress&)>;

    HarvestJob() = default;
    ~HarvestJob();  // waits for a job still running: its thread must not outlive its data
    HarvestJob(const HarvestJob&) = delete;
    HarvestJob& operator=(const HarvestJob&) = delete;

    // Runs work on a new thread. Whatever it throws is kept for collect(). Only one job
    // at a time: a job already under way is an error of the caller.
    void start(Work work);
    // Started and not yet collected (running or waiting to be collected).
    bool busy() const { return static_cast<bool>(shared_); }
    // The work has returned or thrown.
    bool finished() const;
    // 0..1, or a negative number while the job cannot tell how far it is.
    float fraction() const;
    int phase() const;
    std::size_t done() const;
    std::size_t total() const;

    // Joins a finished job and says what it threw (null when it succeeded). The job is
    // then free for the next start().
    std::exception_ptr collect();

private:
    struct Shared {
        JobProgress progress;
        std::atomic<bool> finished{false};
        std::exception_ptr failure;  // written before finished is set, read after
    };
    std::shared_ptr<Shared> shared_;
    std::thread thread_;
};

}  // namespace oogst::app
