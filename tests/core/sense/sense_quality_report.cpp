// Prints the suggestion engine's figures on the labelled test set, for
// docs/sense-making.md: filing precision and coverage over a range of thresholds, on
// the development and the test half, piles and groups. Run from the build folder:
//   tests/core/sense_quality_report
#include <cstdio>
#include <string>

#include "core/sense/words/related_words.hpp"
#include "core/sense/sense_corpus.hpp"
#include "tests/core/sense/sense_quality.hpp"

using namespace oogst;
using namespace oogst::testing;

namespace {

// With --details: every labelled pile with the pile each of its notes landed in (-1:
// none), and every pile that mixes labels.
void pile_details(const TestSet& set, const Suggestions& s) {
    std::map<std::string, int> pile;
    for (std::size_t p = 0; p < s.piles.size(); ++p)
        for (const auto& id : s.piles[p].captures) pile[id] = static_cast<int>(p);
    std::map<std::string, std::vector<const LabelledNote*>> by_label;
    std::map<std::string, const LabelledNote*> by_id;
    for (const auto& n : set.notes) {
        by_id[n.id] = &n;
        if (n.pile != "-") by_label[n.pile].push_back(&n);
    }
    for (const auto& [label, notes] : by_label) {
        std::printf("%s:", label.c_str());
        for (const auto* n : notes) std::printf(" [%d] %s |", pile.count(n->id) ? pile[n->id] : -1, n->text.c_str());
        std::printf("\n");
    }
    for (const auto& p : s.piles) {
        std::set<std::string> labels;
        for (const auto& id : p.captures) labels.insert(by_id[id]->pile);
        if (labels.size() < 2) continue;
        std::printf("mixed:");
        for (const auto& id : p.captures) std::printf(" %s (%s) |", by_id[id]->text.c_str(), by_id[id]->pile.c_str());
        std::printf("\n");
    }
}

void filing_details(const TestSet& set, const Suggestions& s) {
    std::map<std::string, const LabelledNote*> by_id;
    for (const auto& n : set.notes) by_id[n.id] = &n;
    for (const auto& f : s.filing) {
        const auto* n = by_id[f.capture];
        if (f.theme != n->key)
            std::printf("wrong %.3f %s -> %s: %s\n", f.confidence, n->key.c_str(), f.theme.c_str(), n->text.c_str());
    }
}

}  // namespace

int main(int argc, char** argv) {
    const bool details = argc > 1 && std::string(argv[1]) == "--details";
    const TestSet set = load_test_set(OOGST_SENSE_DATA);
    if (argc > 1 && std::string(argv[1]) == "--sweep-filing") {  // tuning, on the development half
        for (const bool ten_percent : {false, true}) {
            const SenseInput input = test_input(set, true, ten_percent);
            const SenseCorpus corpus = prepare_corpus(input);
            for (const int rounds : {1, 3, 5})
                for (const double teach : {0.2, 0.3, 0.4})
                    for (const double margin : {0.0, 0.5, 1.0}) {
                        Suggestions s;
                        s.filing = suggest_filing(corpus, input, {rounds, teach, margin});
                        // The lowest threshold with dev precision >= 0.85, and its coverage.
                        for (double threshold = 0; threshold <= 0.8; threshold += 0.01) {
                            const auto dev = filing_figures(set, s, input, threshold, true);
                            if (dev.precision < 0.85) continue;
                            const auto test = filing_figures(set, s, input, threshold, false);
                            std::printf("%s rounds %d teach %.2f margin %.1f: >= %.2f dev %.3f %.3f test %.3f %.3f\n",
                                        ten_percent ? "10%" : "desc", rounds, teach, margin, threshold, dev.precision,
                                        dev.coverage, test.precision, test.coverage);
                            break;
                        }
                    }
        }
        return 0;
    }
    if (argc > 1 && std::string(argv[1]) == "--sweep-groups") {
        const SenseInput input = test_input(set, false, false);
        const SenseCorpus corpus = prepare_corpus(input, nullptr, &RelatedWords::debian());  // as suggest() does
        for (const int k : {0, 6, 8, 10, 12})
            for (const double fit : {0.0, 0.1, 0.2, 0.3, 0.4}) {
                GroupOptions options;
                if (k) options.k = k;
                options.min_fit = fit;
                Suggestions s;
                s.groups = suggest_groups(corpus, input, options);
                const auto f = group_figures(set, s);
                const auto whole = group_figures(set, s, true);
                std::printf("k %d min_fit %.1f: %d groups, ARI %.3f NMI %.3f over %d notes; the rest as a group: ARI %.3f NMI %.3f\n",
                            k, fit, f.groups, f.ari, f.nmi, f.notes, whole.ari, whole.nmi);
            }
        return 0;
    }
    if (argc > 1 && std::string(argv[1]) == "--sweep-piles") {  // tuning, on the development half
        const SenseInput input = test_input(set, false, false);
        const SenseCorpus corpus = prepare_corpus(input);
        for (double alike = 0.25; alike <= 0.71; alike += 0.05)
            for (double pile_alike = 0.2; pile_alike <= 0.61; pile_alike += 0.05) {
                Suggestions s;
                s.piles = find_piles(corpus, {}, {alike, pile_alike});
                const auto dev = pile_figures(set, s, 1);
                std::printf("alike %.2f pile %.2f: dev precision %.3f recall %.3f\n", alike, pile_alike, dev.precision,
                            dev.recall);
            }
        return 0;
    }
    for (const bool ten_percent : {false, true}) {
        const SenseInput input = test_input(set, true, ten_percent);
        const Suggestions suggestions = suggest(input);
        if (details) filing_details(set, suggestions);
        std::printf("filing %s\n", ten_percent ? "after 10%% filed" : "from descriptions only");
        for (double threshold = 0.0; threshold <= 0.601; threshold += 0.025) {
            const auto dev = filing_figures(set, suggestions, input, threshold, true);
            const auto test = filing_figures(set, suggestions, input, threshold, false);
            std::printf("  >= %.3f  dev precision %.3f coverage %.3f | test precision %.3f coverage %.3f (%d/%d of %d)\n",
                        threshold, dev.precision, dev.coverage, test.precision, test.coverage, test.right,
                        test.suggested, test.judged);
        }
    }
    const SenseInput plain = test_input(set, false, false);
    const Suggestions untold = suggest(plain);
    if (details) pile_details(set, untold);
    for (const int half : {-1, 1, 0}) {
        const auto piles = pile_figures(set, untold, half);
        std::printf("piles (%s): precision %.3f recall %.3f (%d right of %d said, %d true)\n",
                    half < 0 ? "all" : half ? "dev" : "test", piles.precision, piles.recall, piles.right,
                    piles.predicted, piles.true_pairs);
    }
    const auto chosen = group_figures(set, untold);
    const auto whole = group_figures(set, untold, true);
    std::printf("groups, k by silhouette: %d groups, ARI %.3f NMI %.3f over %d notes; the rest as a group: ARI %.3f NMI %.3f\n",
                chosen.groups, chosen.ari, chosen.nmi, chosen.notes, whole.ari, whole.nmi);
    for (const auto& g : untold.groups) {
        std::printf("   %zu:", g.captures.size());
        for (const auto& w : g.words) std::printf(" %s", w.c_str());
        std::printf("\n");
    }
    const auto six = group_figures(set, suggest(plain, {6}));
    std::printf("groups, k = 6: ARI %.3f NMI %.3f\n", six.ari, six.nmi);
    return 0;
}
