// Open data in and out (issue 17), on real files and a real store. In: an online survey of
// N rows (an idea, a title, an age band, a date and agree/disagree counts of a few each)
// as CSV read into ideas (ReadCsv), the same as an Excel workbook (ReadXlsx, written by
// libxlsxwriter), and imported into a fresh facilitator store (Import); ImportAgain, the
// baseline beside it, reads the same file into the store that already holds it: what is
// left is reading and checking, since nothing is stored. Out: every capture of a
// 5,000-capture workshop (25 tables of 200 real dreams, each with a vote, half filed) as
// CSV, XLSX, a Data Package and Decidim's CSV; each export gathers the rows (consent,
// keys, piles of near-duplicates) first.
#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

#include <fstream>
#include <memory>
#include <string>

#include "core/assets/assets.hpp"
#include "core/opendata/open_data_export.hpp"
#include "core/opendata/survey/survey_import.hpp"
#include "core/store/store.hpp"
#include "tests/core/sense/sense_quality.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

// Real dreams from the suggestions' labelled test set (tests/data/sense), repeated with a
// number as the publications' benchmark does: texts as varied as a harvest's.
std::string idea(int row) {
    static const auto notes = testing::load_test_set(OOGST_SENSE_DATA).notes;
    const auto at = static_cast<std::size_t>(row);
    return notes[at % notes.size()].text + " (" + std::to_string(at / notes.size()) + ")";
}

std::string survey_csv(int rows) {
    std::string csv = "Tijdstempel;Titel;Uw idee;Leeftijd;Voor;Tegen\r\n";
    for (int r = 0; r < rows; ++r)
        csv += "2026-11-" + std::to_string(10 + r % 20) + ";Idee " + std::to_string(r) + ";\"" + idea(r) +
               "\";" + std::to_string(12 + r % 60) + " jaar;" + std::to_string(r % 7) + ";" + std::to_string(r % 3) + "\r\n";
    return csv;
}

struct Survey {
    testing::TemporaryFolder folder;
    std::filesystem::path csv = folder / "enquete.csv", xlsx = folder / "enquete.xlsx";

    explicit Survey(int rows) {
        std::ofstream(csv, std::ios::binary) << survey_csv(rows);
        lxw_workbook* workbook = workbook_new(xlsx.c_str());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        const char* header[] = {"Tijdstempel", "Titel", "Uw idee", "Leeftijd", "Voor", "Tegen"};
        for (int c = 0; c < 6; ++c) worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
        for (int r = 0; r < rows; ++r) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            worksheet_write_string(sheet, row, 0, ("2026-11-" + std::to_string(10 + r % 20)).c_str(), nullptr);
            worksheet_write_string(sheet, row, 1, ("Idee " + std::to_string(r)).c_str(), nullptr);
            worksheet_write_string(sheet, row, 2, idea(r).c_str(), nullptr);
            worksheet_write_string(sheet, row, 3, (std::to_string(12 + r % 60) + " jaar").c_str(), nullptr);
            worksheet_write_number(sheet, row, 4, r % 7, nullptr);
            worksheet_write_number(sheet, row, 5, r % 3, nullptr);
        }
        workbook_close(workbook);
    }
};

std::unique_ptr<Store> workshop_store(const std::filesystem::path& folder) {
    auto store = std::make_unique<Store>(Store::open_or_create(folder));
    store->record(WorkshopSet{"w", "Roeselare droomt", "droomsessie", "Roeselare", {"2026-03-02"}, {"nl"}});
    return store;
}

void read(benchmark::State& state, bool workbook) {
    const Survey survey(static_cast<int>(state.range(0)));
    std::size_t ideas = 0;
    for (auto _ : state) {
        const SurveyTable table = read_survey_table(workbook ? survey.xlsx : survey.csv);
        ideas = survey_ideas(table, survey_columns(table, {}, {"nl"})).ideas.size();
        benchmark::DoNotOptimize(ideas);
    }
    state.counters["ideas"] = static_cast<double>(ideas);
}

void ReadCsv(benchmark::State& state) { read(state, false); }
void ReadXlsx(benchmark::State& state) { read(state, true); }

void Import(benchmark::State& state) {
    const Survey survey(static_cast<int>(state.range(0)));
    std::size_t operations = 0;
    for (auto _ : state) {
        state.PauseTiming();
        testing::TemporaryFolder folder;
        auto store = workshop_store(folder.path());
        state.ResumeTiming();
        import_survey(*store, survey.csv, {});
        state.PauseTiming();
        operations = store->operation_count();
        store.reset();
        state.ResumeTiming();
    }
    state.counters["operations"] = static_cast<double>(operations);
}

void ImportAgain(benchmark::State& state) {
    const Survey survey(static_cast<int>(state.range(0)));
    testing::TemporaryFolder folder;
    auto store = workshop_store(folder.path());
    import_survey(*store, survey.csv, {});
    for (auto _ : state) benchmark::DoNotOptimize(import_survey(*store, survey.csv, {}).added);
}

// A workshop of 25 tables of 200 dreams, each with a vote, half of them filed under a key.
struct Harvested {
    testing::TemporaryFolder folder;
    std::unique_ptr<Store> store = workshop_store(folder.path());
    Assets assets = Assets::load();

    Harvested() {
        store->record(ThemeSet{"ademen", "Ademen", "rust", "groen", "parken"});
        store->batch([&] {
            for (int t = 0; t < 25; ++t) {
                const std::string session = "t" + std::to_string(t);
                store->record(SessionSet{session, "droomsessie", "Tafel " + std::to_string(t + 1), "", "Bibliotheek", 0, 8});
                for (int n = 0; n < 200; ++n) {
                    CaptureAdded note;
                    note.id = session + "-" + std::to_string(n);
                    note.session_id = session;
                    note.board = "ideeen";
                    note.text = idea(t * 200 + n);
                    store->record(note);
                    store->record(VoteCast{note.id, "stem-1", static_cast<std::uint8_t>(1 + n % 5)});
                    if (n % 2) store->record(ThemeMembershipSet{"ademen", note.id, true});
                }
            }
        });
    }
};

void Export(benchmark::State& state, ExportFormat format) {
    static Harvested harvested;
    ExportRequest request;
    request.format = format;
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        for (const PublishedFile& file : make_export(*harvested.store, harvested.assets, request)) bytes += file.bytes.size();
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}

void ExportCsv(benchmark::State& state) { Export(state, ExportFormat::csv); }
void ExportXlsx(benchmark::State& state) { Export(state, ExportFormat::xlsx); }
void ExportDataPackage(benchmark::State& state) { Export(state, ExportFormat::datapackage); }
void ExportDecidimCsv(benchmark::State& state) { Export(state, ExportFormat::decidim_csv); }

BENCHMARK(ReadCsv)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(ReadXlsx)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(Import)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(ImportAgain)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportXlsx)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportDataPackage)->Unit(benchmark::kMillisecond);
BENCHMARK(ExportDecidimCsv)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oogst

BENCHMARK_MAIN();
