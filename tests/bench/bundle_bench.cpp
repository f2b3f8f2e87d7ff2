// The harvest's throughput (issue 5):
//  - Import: 50 devices' sealed bundles of 2,000 operations each into a fresh
//    facilitator store (a copy of the store that made the workshop): unseal, verify,
//    merge in one transaction per bundle, fold. Target: at least 500,000 operations/s.
//  - Reimport: the same 50 bundles again into the store that holds them (each is
//    "already imported" by the ledger). Target: at least 2,000,000 operations/s.
//  - Export: one device's 100,000 operations as one sealed bundle (and plain, to see
//    what sealing costs).
//  - ImportFolderLikeTheCommandLine: the same bundles as files in a folder through
//    import_paths, the state not folded (what `oogst-cli import` does).
//  - Read: read_bundle alone on the 50 bundles, no store: splits import time between
//    reading and merging.
// items_per_second is operations per second. The second argument pair (2 x 50, 2,000)
// is the smoke size CTest runs.
#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <memory>
#include <random>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/ids.hpp"
#include "core/model/operation_check.hpp"
#include "core/store/store.hpp"
#include "tests/support/bench_harvest.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using Clock = std::chrono::steady_clock;
using testing::harvest;

// The facilitator's screen: the store's state is folded at open and every merged
// operation is folded in as it lands.
void ImportIntoFreshStore(benchmark::State& state) {
    const auto& h = harvest(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state) {
        const auto folder = h.fresh_copy();
        auto store = Store::open(folder->path(), Store::Fold::at_open);
        const auto start = Clock::now();
        for (const auto& bytes : h.bundles) {
            const auto outcome = import_bundle(store, bytes, "bench");
            if (outcome.result != BundleOutcome::Result::merged) state.SkipWithError(outcome.reason.c_str());
        }
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
    }
    state.SetItemsProcessed(state.iterations() * h.operations);
    state.counters["bundles"] = static_cast<double>(h.bundles.size());
}
BENCHMARK(ImportIntoFreshStore)->Args({50, 2000})->Args({2, 50})->UseManualTime()->Unit(benchmark::kMillisecond);

// `oogst-cli import FOLDER`: the bundles as files on a stick, import_paths (which reads
// the next bundle on a second thread while one merges), the state never folded.
void ImportFolderLikeTheCommandLine(benchmark::State& state) {
    const auto& h = harvest(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    testing::TemporaryFolder stick;
    for (std::size_t i = 0; i < h.bundles.size(); ++i)
        testing::put_file(stick / ("tafel-" + std::to_string(1000 + i) + ".oogst"), h.bundles[i]);
    for (auto _ : state) {
        const auto folder = h.fresh_copy();
        auto store = Store::open(folder->path(), Store::Fold::when_needed);
        const auto start = Clock::now();
        const auto report = import_paths(store, {stick.path()});
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
        if (report.rejected() || report.new_operations() != static_cast<std::uint64_t>(h.operations))
            state.SkipWithError("not every bundle merged");
    }
    state.SetItemsProcessed(state.iterations() * h.operations);
}
BENCHMARK(ImportFolderLikeTheCommandLine)->Args({50, 2000})->Args({2, 50})->UseManualTime()->Unit(benchmark::kMillisecond);

void ReimportIntoStoreThatHoldsThem(benchmark::State& state) {
    const auto& h = harvest(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    const auto folder = h.fresh_copy();
    auto store = Store::open(folder->path(), Store::Fold::at_open);
    for (const auto& bytes : h.bundles) import_bundle(store, bytes, "first");
    for (auto _ : state) {
        for (const auto& bytes : h.bundles) {
            const auto outcome = import_bundle(store, bytes, "again");
            if (outcome.result != BundleOutcome::Result::already_imported) state.SkipWithError("not already imported");
        }
    }
    state.SetItemsProcessed(state.iterations() * h.operations);
}
BENCHMARK(ReimportIntoStoreThatHoldsThem)->Args({50, 2000})->Args({2, 50})->UseRealTime()->Unit(benchmark::kMillisecond);

void ReadBundlesOnly(benchmark::State& state) {
    const auto& h = harvest(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state)
        for (const auto& bytes : h.bundles) benchmark::DoNotOptimize(read_bundle(bytes, &h.keys).operations.size());
    state.SetItemsProcessed(state.iterations() * h.operations);
}
BENCHMARK(ReadBundlesOnly)->Args({50, 2000})->Args({2, 50})->Unit(benchmark::kMillisecond);

// Where an import's time goes, phase by phase, over the same 50 bundles (one run each,
// as counters in milliseconds): opening the seal, read_bundle as a whole (seal, hash,
// signature, framing, every payload decoded by check_operation), check_operation alone,
// Store::merge_bundle (insert, commit with fsync, fold) and the fold alone of the same
// operations into an empty state.
void ImportPhases(benchmark::State& state) {
    const auto& h = harvest(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    const auto since = [](Clock::time_point start) {
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };
    double unseal = 0, read = 0, check = 0, merge = 0, fold = 0;
    for (auto _ : state) {
        unseal = read = check = merge = fold = 0;
        std::vector<Bundle> bundles;
        for (const auto& bytes : h.bundles) {
            // The sealed part follows magic, version, the sized workshop id and the length.
            const auto wrapped = bytes.substr(16 + static_cast<unsigned char>(bytes[12]) + 8);
            auto start = Clock::now();
            benchmark::DoNotOptimize(open_sealed(h.keys, wrapped).size());
            unseal += since(start);
            start = Clock::now();
            bundles.push_back(read_bundle(bytes, &h.keys));
            read += since(start);
        }
        auto start = Clock::now();
        for (const auto& bundle : bundles)
            for (const auto& op : bundle.operations) benchmark::DoNotOptimize(check_operation(op).capture_id.size());
        check = since(start);
        start = Clock::now();
        WorkshopState alone;
        for (const auto& bundle : bundles)
            for (const auto& op : bundle.operations) alone.apply(op);
        fold = since(start);
        const auto folder = h.fresh_copy();
        auto store = Store::open(folder->path());
        start = Clock::now();
        for (const auto& bundle : bundles) store.merge_bundle(bundle);
        merge = since(start);
    }
    state.counters["unseal_ms"] = unseal;
    state.counters["read_ms"] = read;
    state.counters["check_ms"] = check;
    state.counters["merge_ms"] = merge;
    state.counters["fold_ms"] = fold;
}
BENCHMARK(ImportPhases)->Args({50, 2000})->Args({2, 50})->Iterations(1)->Unit(benchmark::kMillisecond);

// One device that made 100,000 operations (a kiosk over a long exhibition).
const Store& busy_device(int operations) {
    static std::map<int, std::pair<std::unique_ptr<testing::TemporaryFolder>, std::unique_ptr<Store>>> made;
    auto& slot = made[operations];
    if (!slot.second) {
        slot.first = std::make_unique<testing::TemporaryFolder>();
        JoinFile join;
        {
            auto store = testing::make_facilitator(*slot.first / "facilitator", 7, 4);
            join = make_join_file(store, "", {});
        }
        slot.second = std::make_unique<Store>(testing::make_device(*slot.first / "device", join));
        testing::table_work(*slot.second, testing::joined_session_ids(join), operations, 99);
    }
    return *slot.second;
}

void Export(benchmark::State& state) {
    const int operations = static_cast<int>(state.range(0));
    const bool sealed = state.range(1) != 0;
    const auto& device = busy_device(operations);
    std::size_t size = 0;
    for (auto _ : state) {
        const auto bytes = export_bundle(device, {0, {}, sealed});
        size = bytes.size();
        benchmark::DoNotOptimize(bytes.data());
    }
    state.SetItemsProcessed(state.iterations() * operations);
    state.counters["bundle_MB"] = static_cast<double>(size) / 1e6;
}
BENCHMARK(Export)->ArgNames({"ops", "sealed"})->Args({100000, 1})->Args({100000, 0})->Args({100, 1})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oogst

BENCHMARK_MAIN();
