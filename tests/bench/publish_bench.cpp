// The publications (issue 14) of a Roeselare-sized workshop on a real store: 50 sessions
// (46 tables and 4 kiosks), 5,000 captures of which 600 are children's drawings (each
// published, a third named), 6 keys holding every capture, 40 initiatives with two actions
// each. Target: the orientation note and the newspaper each in 10 s or less (the gallery:
// its 600 drawings as 1600-pixel PNGs, one run). Gather is
// what every publication does first (consent, piles, keys, figures); Html writes the
// same note without laying out pages, the baseline beside the PDF.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "core/assets/assets.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/publish/published_workshop.hpp"
#include "core/publish/report.hpp"
#include "core/roadmap/roadmap_actions.hpp"
#include "core/store/store.hpp"
#include "tests/core/sense/sense_quality.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

const char* const keys[] = {"Ademen", "Ontmoeten", "Genieten", "Bewegen", "Groeien", "Schitteren"};

// A child's drawing: a dozen wavy strokes of thirty points.
std::vector<Stroke> drawing(int seed) {
    std::vector<Stroke> strokes;
    for (int s = 0; s < 12; ++s) {
        Stroke stroke;
        stroke.colour = 0xff000000u | static_cast<std::uint32_t>((seed * 2654435761u + s * 40503u) & 0xffffff);
        stroke.width = 0.01f + 0.002f * (s % 5);
        for (int p = 0; p < 30; ++p)
            stroke.points.push_back({0.05f + 0.03f * p, 0.1f + 0.06f * s + 0.02f * ((p + seed) % 4)});
        strokes.push_back(std::move(stroke));
    }
    return strokes;
}

struct Roeselare {
    testing::TemporaryFolder folder;
    std::unique_ptr<Store> store;
    Assets assets = Assets::load();

    Roeselare() {
        store = std::make_unique<Store>(Store::open_or_create(folder.path()));
        Store& s = *store;
        s.record(WorkshopSet{"w", "Roeselare droomt", "droomsessie", "Roeselare", {"2026-03-02", "2026-03-20"}, {"nl"}});
        for (int k = 0; k < 6; ++k) s.record(ThemeSet{"k" + std::to_string(k), keys[k], "behoeften", "waarden", "beelden"});
        for (int t = 0; t < 50; ++t) {
            const bool kiosk = t >= 46;
            s.record(SessionSet{"s" + std::to_string(t), kiosk ? kiosk_method : "droomsessie",
                                (kiosk ? "Kiosk " : "Tafel ") + std::to_string(t + 1), "", "Plaats " + std::to_string(t % 7),
                                1772409600000 + t * 3600000LL, static_cast<std::uint16_t>(kiosk ? 0 : 8)});
        }
        const auto notes = testing::load_test_set(OOGST_SENSE_DATA).notes;
        // One transaction for the 20,000 generated operations: a sync each would make
        // the setup, not the publications, the smoke run's time.
        s.batch([&] {
            for (int i = 0; i < 5000; ++i) {
                const bool child = i < 600;
                CaptureAdded added;
                added.id = "c";  // appended, not "c" + …: g++ 12 warns falsely on that (-Wrestrict)
                added.id += std::to_string(100000 + i);
                added.session_id = "s";
                added.session_id += std::to_string(child ? 46 + i % 4 : i % 46);
                if (child) {
                    added.capture_kind = CaptureKind::drawing;
                    added.strokes = drawing(i);
                    added.fields = {{kiosk_field::first_name, "Kind" + std::to_string(i)}, {kiosk_field::class_name, "5B"}};
                } else {
                    added.text = notes[static_cast<std::size_t>(i) % notes.size()].text + " (" + std::to_string(i / notes.size()) + ")";
                }
                s.record(added);
                if (child) {
                    s.record(CaptureConsentGiven{added.id, ConsentAspect::publish, true});
                    if (i % 3 == 0) s.record(CaptureConsentGiven{added.id, ConsentAspect::name, true});
                } else {
                    for (int v = 0; v < 1 + i % 3; ++v)
                        s.record(VoteCast{added.id, "v" + std::to_string(v), static_cast<std::uint8_t>(1 + (i + v) % 5)});
                }
                s.record(ThemeMembershipSet{"k" + std::to_string(i % 6), added.id, true});
            }
        });
        UndoHistory history;
        RoadmapActions roadmap(s, history);
        for (int n = 0; n < 40; ++n) {
            InitiativeWords words;
            words.theme_id = "k" + std::to_string(n % 6);
            words.title = "Initiatief " + std::to_string(n + 1) + " voor " + keys[n % 6];
            words.description = "Wat de tafels vroegen, in een plan van de stad.";
            words.owner = "Dienst " + std::to_string(n % 5);
            words.horizon = 2030;
            const std::string id = roadmap.create_initiative(words, {"c" + std::to_string(100600 + n)});
            for (int a = 0; a < 2; ++a) {
                ActionWords action;
                action.initiative_id = id;
                action.what = "Stap " + std::to_string(a + 1);
                action.who = words.owner;
                action.due = "2027-0" + std::to_string(a + 1) + "-01";
                roadmap.create_action(action);
            }
        }
    }
};

Roeselare& workshop() {
    static Roeselare made;
    return made;
}

void write(benchmark::State& state, ReportKind kind, ReportFormat format) {
    Roeselare& roeselare = workshop();
    ReportRequest request;
    request.kind = kind;
    request.format = format;
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = make_report(*roeselare.store, roeselare.assets, request).front().bytes.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}

void Gather(benchmark::State& state) {
    Roeselare& roeselare = workshop();
    for (auto _ : state) {
        const PublishedWorkshop published = published_workshop(roeselare.store->state());
        benchmark::DoNotOptimize(published.keys.size());
    }
}
void NoteHtml(benchmark::State& state) { write(state, ReportKind::note, ReportFormat::html); }
void NotePdf(benchmark::State& state) { write(state, ReportKind::note, ReportFormat::pdf); }
void NewspaperA3(benchmark::State& state) {
    Roeselare& roeselare = workshop();
    ReportRequest request;
    request.kind = ReportKind::newspaper;
    request.paper = Paper::a3;
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = make_report(*roeselare.store, roeselare.assets, request).front().bytes.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
void Gallery(benchmark::State& state) {
    Roeselare& roeselare = workshop();
    ReportRequest request;
    request.kind = ReportKind::gallery;
    std::size_t files = 0;
    for (auto _ : state) {
        files = make_report(*roeselare.store, roeselare.assets, request).size();
        benchmark::DoNotOptimize(files);
    }
    state.counters["files"] = static_cast<double>(files);
}
BENCHMARK(Gather)->Unit(benchmark::kMillisecond);
BENCHMARK(NoteHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(NotePdf)->Unit(benchmark::kMillisecond);
BENCHMARK(NewspaperA3)->Unit(benchmark::kMillisecond);
BENCHMARK(Gallery)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace oogst

BENCHMARK_MAIN();
