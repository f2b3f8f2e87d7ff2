// Prints the suggestion engine's figures on the labelled test set, for
// docs/sense-making.md: filing precision and coverage over a range of thresholds, on
// the development and the test half, piles and groups. Run from the build folder:
//   tests/core/sense_quality_report
#include <cstdio>

#include "tests/core/sense/sense_quality.hpp"

using namespace oogst;
using namespace oogst::testing;

int main() {
    const TestSet set = load_test_set(OOGST_SENSE_DATA);
    for (const bool ten_percent : {false, true}) {
        const SenseInput input = test_input(set, true, ten_percent);
        const Suggestions suggestions = suggest(input);
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
    for (const int half : {-1, 1, 0}) {
        const auto piles = pile_figures(set, untold, half);
        std::printf("piles (%s): precision %.3f recall %.3f (%d right of %d said, %d true)\n",
                    half < 0 ? "all" : half ? "dev" : "test", piles.precision, piles.recall, piles.right,
                    piles.predicted, piles.true_pairs);
    }
    const auto chosen = group_figures(set, untold);
    std::printf("groups, k by silhouette: %d groups, ARI %.3f NMI %.3f over %d notes\n", chosen.groups, chosen.ari,
                chosen.nmi, chosen.notes);
    for (const auto& g : untold.groups) {
        std::printf("   %zu:", g.captures.size());
        for (const auto& w : g.words) std::printf(" %s", w.c_str());
        std::printf("\n");
    }
    const auto six = group_figures(set, suggest(plain, {6}));
    std::printf("groups, k = 6: ARI %.3f NMI %.3f\n", six.ari, six.nmi);
    return 0;
}
