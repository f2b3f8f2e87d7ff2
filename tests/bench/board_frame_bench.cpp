// The CPU time of one frame of a table's board, headless: ImGui::NewFrame, the app's
// whole Shell::draw and ImGui::Render (building the draw lists), without a GPU. The
// board has 200 or 2,000 notes of a generated dream session (text and drawings, with
// votes) on a real store. Issue 3's target: at most 2 ms for 2,000 notes.
//
// Three cases per size: a still board (the common case: the layout is cached), a
// board whose store changes every frame (a note added elsewhere, the layout rebuilt),
// and the board with its first column scrolled down.
#include <benchmark/benchmark.h>

#include <memory>
#include <optional>

#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tools/demo/demo_workshop.hpp"

namespace {

using oogst::Store;

struct Board {
    oogst::testing::TemporaryFolder folder;
    std::optional<Store> store;
    std::unique_ptr<oogst::testing::UiHarness> ui;

    explicit Board(int notes) {
        store.emplace(Store::open_or_create(folder.path()));
        oogst::fill_demo_workshop(*store, {.tables = 1, .captures_per_table = notes, .seed = 3});
        ui = std::make_unique<oogst::testing::UiHarness>(*store);
        ui->state().open_board(store->state().sessions().front()->id);
        ui->frames(3);
    }
    ~Board() {
        ui.reset();
        store.reset();
    }
};

void StillBoard(benchmark::State& state) {
    Board board(static_cast<int>(state.range(0)));
    for (auto _ : state) board.ui->frame();
    state.counters["notes"] = static_cast<double>(board.store->state().capture_records().size());
}
BENCHMARK(StillBoard)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

void BoardAfterAChange(benchmark::State& state) {
    Board board(static_cast<int>(state.range(0)));
    const std::string session = board.store->state().sessions().front()->id;
    const std::string some_note = *board.store->state().captures_of(session).front().first;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        // What a merge or another participant's vote does: the state changes.
        board.store->record(oogst::VoteCast{some_note, "stem-bench", static_cast<std::uint8_t>(1 + round++ % 5)});
        state.ResumeTiming();
        board.ui->frame();
    }
}
BENCHMARK(BoardAfterAChange)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

void ScrolledBoard(benchmark::State& state) {
    Board board(static_cast<int>(state.range(0)));
    // Scroll the first column down by dragging the empty strip left of its notes, as a
    // finger would, and let the glide settle.
    const ImRect column = board.ui->widget("board.column.stad-2030").rect;
    const std::string first = "note." + board.ui->state().board_cache.layout.columns.front().column.notes.front()->origin->id;
    board.ui->drag(ImVec2(column.Min.x + 6, column.Max.y + 200), ImVec2(0, -3000));
    board.ui->frames(120);
    if (board.ui->shows(first)) state.SkipWithError("the column did not scroll");
    for (auto _ : state) board.ui->frame();
}
BENCHMARK(ScrolledBoard)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
