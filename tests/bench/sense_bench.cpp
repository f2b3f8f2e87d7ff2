// The suggestion engine (core/sense, issue 13) on a harvest of 5,000 captures: the
// labelled test set (tests/data/sense) repeated with the variations real tables add
// (a word more, a typo, shouting), six keys with their descriptions, every tenth
// capture filed. Suggest is the whole of `oogst-cli cluster --suggest` after the
// store is open (target: 1 s); Prepare, Filing, Piles and Groups are its parts.
// The word list (wdutch) and the stopwords are read once per process, before timing.
#include <benchmark/benchmark.h>

#include <string>

#include "core/sense/words/compound_words.hpp"
#include "core/sense/words/related_words.hpp"
#include "core/sense/sense_corpus.hpp"
#include "core/sense/suggestions.hpp"
#include "tests/core/sense/sense_quality.hpp"

namespace oogst {
namespace {

const char* const additions[] = {"", " aub", "!!", " in onze wijk", " voor iedereen", " in 2030", " ajb", "."};

// A typo as a hurried hand makes it: two letters swapped in the middle of the text.
std::string with_typo(std::string text, std::size_t n) {
    if (text.size() > 6) std::swap(text[text.size() / 2 + n % 3], text[text.size() / 2 + n % 3 + 1]);
    return text;
}

SenseInput harvest(int captures) {
    const auto set = testing::load_test_set(OOGST_SENSE_DATA);
    SenseInput input;
    for (const auto& [key, description] : set.descriptions) input.themes.push_back({key, description, "", "", ""});
    for (int i = 0; i < captures; ++i) {
        const auto& note = set.notes[static_cast<std::size_t>(i) % set.notes.size()];
        const std::size_t round = static_cast<std::size_t>(i) / set.notes.size();
        std::string text = note.text + additions[round % std::size(additions)];
        if (round % 3 == 2) text = with_typo(text, round);
        const std::string id = std::string("c") + std::to_string(100000 + i);
        input.captures.push_back({id, text, "", std::string("s") + std::to_string(i % 50), true});
        if (i % 10 == 0) input.filed[id] = note.key;
    }
    return input;
}

void warm_up() {
    (void)WordList::debian();
    (void)Stopwords::standard();
    (void)RelatedWords::debian();
}

// Reading Debian's FreeDict dictionaries (related_words.hpp): once per process, on its
// first suggestions; not part of Suggest below, which runs warm.
void LoadRelatedWords(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(RelatedWords("/usr/share/dictd"));
}
BENCHMARK(LoadRelatedWords)->Unit(benchmark::kMillisecond);

void Suggest(benchmark::State& state) {
    warm_up();
    const SenseInput input = harvest(static_cast<int>(state.range(0)));
    std::size_t filing = 0;
    for (auto _ : state) {
        const Suggestions s = suggest(input);
        filing = s.filing.size();
        benchmark::DoNotOptimize(filing);
    }
    state.counters["captures"] = static_cast<double>(state.range(0));
    state.counters["suggested"] = static_cast<double>(filing);
}
BENCHMARK(Suggest)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond);

void Prepare(benchmark::State& state) {
    warm_up();
    const SenseInput input = harvest(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(prepare_corpus(input, nullptr, &RelatedWords::debian()));
}
BENCHMARK(Prepare)->Arg(5000)->Unit(benchmark::kMillisecond);

// The baseline of the two above: words related in meaning left out (as piles prepare).
void PrepareWithoutRelatedWords(benchmark::State& state) {
    warm_up();
    const SenseInput input = harvest(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(prepare_corpus(input));
}
BENCHMARK(PrepareWithoutRelatedWords)->Arg(5000)->Unit(benchmark::kMillisecond);

void Filing(benchmark::State& state) {
    warm_up();
    const SenseInput input = harvest(static_cast<int>(state.range(0)));
    const SenseCorpus corpus = prepare_corpus(input);
    for (auto _ : state) benchmark::DoNotOptimize(suggest_filing(corpus, input));
}
BENCHMARK(Filing)->Arg(5000)->Unit(benchmark::kMillisecond);

void Piles(benchmark::State& state) {
    warm_up();
    const SenseInput input = harvest(static_cast<int>(state.range(0)));
    const SenseCorpus corpus = prepare_corpus(input);
    for (auto _ : state) benchmark::DoNotOptimize(find_piles(corpus, {}));
}
BENCHMARK(Piles)->Arg(5000)->Unit(benchmark::kMillisecond);

// A harvest where every note shares most of its words with every other, as a
// generator writes them ("Meer bomen in de wijk 12"): every note is a candidate for
// every other, and the piles grow large. Run for sizes 500..5,000 to see the growth.
SenseInput look_alike_harvest(int captures) {
    const char* const things[] = {"bomen", "banken", "fietspaden", "speeltuinen", "terrasjes", "bloemen", "lantaarns",
                                  "zitbanken", "waterpunten", "buurthuizen", "pleinen", "bibliotheken"};
    SenseInput input;
    for (int i = 0; i < captures; ++i) {
        const std::size_t n = std::size(things);
        const std::string text = std::string("Meer ") + things[i % n] + " en " + things[(i / n + i) % n] + " in de wijk " +
                                 std::to_string(i % 7);
        input.captures.push_back(
            {std::string("c") + std::to_string(100000 + i), text, "", std::string("s") + std::to_string(i % 50), true});
    }
    return input;
}

void PilesLookAlike(benchmark::State& state) {
    warm_up();
    const SenseInput input = look_alike_harvest(static_cast<int>(state.range(0)));
    const SenseCorpus corpus = prepare_corpus(input);
    std::size_t piles = 0;
    for (auto _ : state) {
        piles = find_piles(corpus, {}).size();
        benchmark::DoNotOptimize(piles);
    }
    state.counters["piles"] = static_cast<double>(piles);
}
BENCHMARK(PilesLookAlike)->Arg(500)->Arg(1000)->Arg(2000)->Arg(5000)->Unit(benchmark::kMillisecond);

void Groups(benchmark::State& state) {
    warm_up();
    const SenseInput input = harvest(static_cast<int>(state.range(0)));
    const SenseCorpus corpus = prepare_corpus(input, nullptr, &RelatedWords::debian());
    for (auto _ : state) benchmark::DoNotOptimize(suggest_groups(corpus, input));
}
BENCHMARK(Groups)->Arg(5000)->Unit(benchmark::kMillisecond);

void GroupsWithoutRelatedWords(benchmark::State& state) {
    warm_up();
    const SenseInput input = harvest(static_cast<int>(state.range(0)));
    const SenseCorpus corpus = prepare_corpus(input);
    for (auto _ : state) benchmark::DoNotOptimize(suggest_groups(corpus, input));
}
BENCHMARK(GroupsWithoutRelatedWords)->Arg(5000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oogst

BENCHMARK_MAIN();
