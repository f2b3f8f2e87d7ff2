#pragma once
// The threads that serve the hub's connections: one per connection being served, made
// when needed up to a most, and kept for the next. httplib's own ThreadPool starts a
// fixed few, so a handful of strangers that connect and never finish occupy every one
// of them while a paired device's connection waits behind them; here a stranger holds
// at most one thread of many, and only until GuardedServer's deadline ends it.
#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace oogst::platform {

class ConnectionThreads final : public httplib::TaskQueue {
public:
    explicit ConnectionThreads(std::size_t most) : most_(most < 1 ? 1 : most) {}
    ~ConnectionThreads() override { shutdown(); }

    void enqueue(std::function<void()> work) override {
        {
            std::lock_guard lock(mutex_);
            waiting_.push_back(std::move(work));
            // A thread of its own unless an idle one will take it: connections beyond
            // the most wait for the first thread to come free.
            if (waiting_.size() > idle_ && threads_.size() < most_) threads_.emplace_back([this] { serve(); });
        }
        wake_.notify_one();
    }

    void shutdown() override {
        {
            std::lock_guard lock(mutex_);
            if (stopping_) return;
            stopping_ = true;
        }
        wake_.notify_all();
        for (auto& thread : threads_) thread.join();
    }

private:
    void serve() {
        std::unique_lock lock(mutex_);
        while (true) {
            ++idle_;
            wake_.wait(lock, [&] { return !waiting_.empty() || stopping_; });
            --idle_;
            if (waiting_.empty()) return;  // stopping, and every connection taken was served
            auto work = std::move(waiting_.front());
            waiting_.pop_front();
            lock.unlock();
            work();
            lock.lock();
        }
    }

    const std::size_t most_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> waiting_;
    std::vector<std::thread> threads_;  // only grows, under mutex_, until shutdown joins them
    std::size_t idle_ = 0;
    bool stopping_ = false;
};

}  // namespace oogst::platform
