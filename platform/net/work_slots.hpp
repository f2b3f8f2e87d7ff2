#pragma once
// A few slots for work that takes much memory or time (reading and verifying a pushed
// bundle, sealing a join file): a counting semaphore whose waiting is bounded, so a
// request that cannot have a slot soon is answered "busy" instead of piling up.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>

namespace oogst::platform {

class WorkSlots {
public:
    explicit WorkSlots(std::size_t count) : free_(count < 1 ? 1 : count) {}

    // Holds one slot for as long as it lives; false (empty) when none came free in time.
    class Held {
    public:
        Held() = default;
        explicit Held(WorkSlots* slots) : slots_(slots) {}
        Held(Held&& other) noexcept : slots_(other.slots_) { other.slots_ = nullptr; }
        Held& operator=(Held&& other) noexcept {
            if (this != &other) {
                release();
                slots_ = other.slots_;
                other.slots_ = nullptr;
            }
            return *this;
        }
        Held(const Held&) = delete;
        Held& operator=(const Held&) = delete;
        ~Held() { release(); }
        explicit operator bool() const { return slots_ != nullptr; }

    private:
        void release() {
            if (slots_) slots_->give_back();
            slots_ = nullptr;
        }
        WorkSlots* slots_ = nullptr;
    };

    Held take(std::chrono::milliseconds wait) {
        std::unique_lock lock(mutex_);
        if (!freed_.wait_for(lock, wait, [&] { return free_ > 0; })) return Held();
        --free_;
        return Held(this);
    }

    std::size_t free_now() {
        std::lock_guard lock(mutex_);
        return free_;
    }

private:
    void give_back() {
        {
            std::lock_guard lock(mutex_);
            ++free_;
        }
        freed_.notify_one();
    }

    std::mutex mutex_;
    std::condition_variable freed_;
    std::size_t free_;
};

}  // namespace oogst::platform
