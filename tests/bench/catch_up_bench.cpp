// The desk taking in what the hub merged (issue 11): one pushed bundle of 2,000
// operations lands, through the hub's own connection, in a facilitator store that
// already holds 100,000; the frame's store then shows it.
//  - CatchUp: Store::catch_up folds only the 2,000 that arrived (what the app does now).
//  - ReopenAndRefold: the store opened again and all 102,000 folded (what the desk did
//    before, throttled to every 2 s because of this cost).
// Both start from the same copy of the same store, in the same run; only the step that
// makes the frame show the push is timed. The first argument is the bundles already
// held (of 2,000 operations each), the second the operations in each bundle: (50, 2000)
// is the size, (2, 50) the smoke size CTest runs.
#include <benchmark/benchmark.h>

#include <chrono>

#include "core/harvest/bundle_import.hpp"
#include "core/store/store.hpp"
#include "tests/support/bench_harvest.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using Clock = std::chrono::steady_clock;

// The facilitator store holding every bundle but the last, made once per size; the
// last bundle is the one pushed.
struct Desk {
    const testing::Harvest& harvest;
    testing::TemporaryFolder full;

    explicit Desk(const testing::Harvest& h) : harvest(h) {
        testing::copy_store(h.facilitator, full.path());
        auto store = Store::open(full.path(), Store::Fold::when_needed);
        for (std::size_t i = 0; i + 1 < h.bundles.size(); ++i) import_bundle(store, h.bundles[i], "held");
        store.checkpoint();
    }
};

const Desk& desk(int held, int operations_each) {
    static std::map<std::pair<int, int>, std::unique_ptr<Desk>> made;
    auto& slot = made[{held, operations_each}];
    if (!slot) slot = std::make_unique<Desk>(testing::harvest(held + 1, operations_each));
    return *slot;
}

// A copy of the full store, its frame connection folded, and the push merged through
// a second connection (the hub's): what the frame has to take in. take_in says how
// many operations it folded.
template <class TakeIn>
void run(benchmark::State& state, TakeIn&& take_in) {
    const Desk& d = desk(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state) {
        testing::TemporaryFolder copy;
        testing::copy_store(d.full.path(), copy.path());
        auto frame = Store::open(copy.path(), Store::Fold::at_open);
        {
            auto hub = Store::open(copy.path(), Store::Fold::when_needed);
            if (import_bundle(hub, d.harvest.bundles.back(), "pushed").result != BundleOutcome::Result::merged)
                state.SkipWithError("the push did not merge");
        }
        const auto start = Clock::now();
        const std::size_t folded = take_in(frame);
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
        state.counters["folded"] = static_cast<double>(folded);
        if (frame.state().operations_applied() != frame.operation_count())
            state.SkipWithError("the frame does not show every operation");
    }
    state.counters["held"] = static_cast<double>(d.harvest.operations - state.range(1));
}

void CatchUp(benchmark::State& state) {
    run(state, [](Store& frame) {
        const std::size_t before = frame.state().operations_applied();
        frame.catch_up();
        return frame.state().operations_applied() - before;
    });
}
BENCHMARK(CatchUp)->Args({50, 2000})->Args({2, 50})->UseManualTime()->Unit(benchmark::kMillisecond);

void ReopenAndRefold(benchmark::State& state) {
    run(state, [](Store& frame) {
        const std::filesystem::path folder = frame.folder();
        frame = Store::open(folder, Store::Fold::at_open);
        return frame.state().operations_applied();
    });
}
BENCHMARK(ReopenAndRefold)->Args({50, 2000})->Args({2, 50})->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oogst

BENCHMARK_MAIN();
