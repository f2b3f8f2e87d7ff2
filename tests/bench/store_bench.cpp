// The cost of the durability promise and of rebuilding state:
//  - one capture appended and acknowledged durable (Store::record: encode, check, insert,
//    fsync'd commit, fold) against a bare SQLite insert+commit of the same bytes with the
//    same settings (WAL, synchronous=FULL): the difference is what Oogst itself adds;
//  - the fold of 100,000 operations (what opening a large facilitator store costs).
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <random>

#include "core/model/ids.hpp"
#include "core/model/wire.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

CaptureAdded sample_note(std::uint64_t n) {
    CaptureAdded note;
    note.id = id_from(n, n * 31);
    note.session_id = "s1";
    note.text = "Een stad waar kinderen veilig naar school fietsen, nummer " + std::to_string(n);
    note.prompt = note.board = "stad-2030";
    note.author_label = "Tafel 3";
    note.colour = 0xff8ae8ff;
    return note;
}

void CaptureAppendDurable(benchmark::State& state) {
    testing::TemporaryFolder folder;
    auto store = Store::open_or_create(folder.path());
    store.record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
    std::uint64_t n = 0;
    for (auto _ : state) store.record(sample_note(++n));
    state.SetItemsProcessed(static_cast<std::int64_t>(n));
}
BENCHMARK(CaptureAppendDurable)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BareSqliteInsertCommit(benchmark::State& state) {
    testing::TemporaryFolder folder;
    sqlite3* db = nullptr;
    sqlite3_open((folder / "bare.db").c_str(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE operations (device TEXT NOT NULL, sequence INTEGER NOT NULL, wall_ms INTEGER NOT NULL,"
                 " logical INTEGER NOT NULL, kind INTEGER NOT NULL, payload BLOB NOT NULL,"
                 " PRIMARY KEY (device, sequence)) STRICT, WITHOUT ROWID;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO operations VALUES ('device', ?, 0, 0, 10, ?)", -1, &insert, nullptr);
    std::int64_t n = 0;
    for (auto _ : state) {
        const auto payload = wire::encode(sample_note(static_cast<std::uint64_t>(++n)));
        sqlite3_bind_int64(insert, 1, n);
        sqlite3_bind_blob(insert, 2, payload.data(), static_cast<int>(payload.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE) state.SkipWithError("insert failed");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    state.SetItemsProcessed(n);
}
BENCHMARK(BareSqliteInsertCommit)->Unit(benchmark::kMicrosecond)->UseRealTime();

// 100,000 operations as a busy workshop has them: notes, edits, moves and votes from
// eight devices.
std::vector<Operation> workshop_operations(int count) {
    std::mt19937_64 random(11);
    std::vector<Operation> ops;
    ops.reserve(count);
    for (int i = 0; i < count; ++i) {
        Operation op;
        op.id = {"device-" + std::to_string(i % 8), static_cast<std::uint64_t>(i / 8 + 1)};
        op.stamp = {1772474400000 + i, 0};
        const auto target = sample_note(random() % (count / 2 + 1));
        switch (i % 4) {
            case 0: case 1:
                op.kind = OperationKind::capture_added;
                op.payload = wire::encode(sample_note(static_cast<std::uint64_t>(i)));
                break;
            case 2:
                op.kind = OperationKind::capture_moved;
                op.payload = wire::encode(CaptureMoved{target.id, "waarden", 1, 2});
                break;
            default:
                op.kind = OperationKind::vote_cast;
                op.payload = wire::encode(VoteCast{target.id, "stem-" + std::to_string(i % 10), 4});
        }
        ops.push_back(std::move(op));
    }
    return ops;
}

void Fold100kOperations(benchmark::State& state) {
    const auto ops = workshop_operations(100000);
    for (auto _ : state) {
        WorkshopState folded;
        for (const auto& op : ops) folded.apply(op);
        benchmark::DoNotOptimize(folded.operations_applied());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 100000);
}
BENCHMARK(Fold100kOperations)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oogst

BENCHMARK_MAIN();
