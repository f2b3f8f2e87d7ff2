#include "tests/core/harvest/allocation_watch.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<bool> watching{false};
std::atomic<std::size_t> largest{0};

void* watched_allocation(std::size_t size) {
    if (watching.load(std::memory_order_relaxed)) {
        std::size_t seen = largest.load(std::memory_order_relaxed);
        while (size > seen && !largest.compare_exchange_weak(seen, size)) {
        }
    }
    if (void* memory = std::malloc(size ? size : 1)) return memory;
    throw std::bad_alloc();
}

}  // namespace

// The program's replacements of the global allocation functions; the nothrow forms of
// libstdc++ call these.
void* operator new(std::size_t size) { return watched_allocation(size); }
void* operator new[](std::size_t size) { return watched_allocation(size); }
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t) noexcept { std::free(memory); }

namespace oogst::testing {

void watch_allocations(bool on) {
    if (on) largest = 0;
    watching = on;
}

std::size_t largest_allocation() { return largest.load(); }

}  // namespace oogst::testing
