// Prints the suggestion engine's figures on the labelled test set, for
// docs/sense-making.md: filing precision and coverage over a range of thresholds, on
// the development and the test half, piles and groups. Run from the build folder:
//   tests/core/sense_quality_report
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>

#include "core/sense/words/related_words.hpp"
#include "core/sense/sense_corpus.hpp"
#include "core/sense/term_vectors.hpp"
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

// The lowest threshold (in steps, up to last) at which the development half has at least
// 85% precision, with that half's coverage and the test half's figures there: how the
// filing settings are compared.
void print_at_dev_precision(const std::string& label, const TestSet& set, const Suggestions& s,
                            const SenseInput& input, double last, double step) {
    for (double threshold = 0; threshold <= last; threshold += step) {
        const auto dev = filing_figures(set, s, input, threshold, true);
        if (dev.precision < 0.85) continue;
        const auto test = filing_figures(set, s, input, threshold, false);
        std::printf("%s: >= %.3f dev %.3f %.3f test %.3f %.3f\n", label.c_str(), threshold, dev.precision,
                    dev.coverage, test.precision, test.coverage);
        return;
    }
}

// An experiment (6 December), not the engine: filing by multinomial naive Bayes with EM,
// bootstrapped from the keys' descriptions as labelled documents (McCallum and Nigam's
// "text classification by bootstrapping with keywords"), instead of TF-IDF centres.
// Each description's terms count description_weight times; filed notes once; the notes
// not filed, weighted by their posterior times unlabelled_weight, from the second round.
// Confidence: the best posterior minus the second. docs/sense-making.md has the figures:
// equal to the engine on the development half, better precision on the test half.
std::vector<FilingSuggestion> nb_em_filing(const SenseCorpus& corpus, const SenseInput& input, double description_weight,
                                           double unlabelled_weight, int rounds, double alpha) {
    std::vector<PreparedText> documents = corpus.texts;
    documents.insert(documents.end(), corpus.theme_texts.begin(), corpus.theme_texts.end());
    const TermSpace space(documents);
    const int notes = static_cast<int>(corpus.captures.size()), themes = static_cast<int>(corpus.themes.size());
    const int terms = static_cast<int>(space.size());
    auto ids = [&](const PreparedText& text) {
        std::set<int> found;
        for (const auto& name : text_terms(text))
            if (const int t = space.term(name); t >= 0) found.insert(t);
        return std::vector<int>(found.begin(), found.end());
    };
    std::vector<std::vector<int>> words(notes);
    for (int i = 0; i < notes; ++i) words[i] = ids(corpus.texts[i]);
    std::vector<int> filed(notes, -1);
    for (const auto& [capture, theme] : input.filed) {
        const int i = corpus.capture_index(capture), t = corpus.theme_index(theme);
        if (i >= 0 && t >= 0) filed[i] = t;
    }
    std::vector<std::vector<int>> description_words(themes);
    for (int t = 0; t < themes; ++t) description_words[t] = ids(corpus.theme_texts[t]);
    std::vector<std::vector<double>> posterior(notes, std::vector<double>(themes, 0.0));
    for (int round = 0; round <= rounds; ++round) {
        std::vector<std::vector<double>> count(themes, std::vector<double>(terms, 0.0));
        std::vector<double> total(themes, 0.0);
        for (int t = 0; t < themes; ++t)
            for (int w : description_words[t]) count[t][w] += description_weight, total[t] += description_weight;
        for (int i = 0; i < notes; ++i) {
            if (filed[i] >= 0) {
                for (int w : words[i]) count[filed[i]][w] += 1, total[filed[i]] += 1;
            } else if (round > 0) {
                for (int t = 0; t < themes; ++t)
                    for (int w : words[i]) count[t][w] += unlabelled_weight * posterior[i][t], total[t] += unlabelled_weight * posterior[i][t];
            }
        }
        for (int i = 0; i < notes; ++i) {
            if (filed[i] >= 0 || words[i].empty()) continue;
            std::vector<double> log_p(themes, 0.0);
            for (int t = 0; t < themes; ++t)
                for (int w : words[i]) log_p[t] += std::log((alpha + count[t][w]) / (alpha * terms + total[t]));
            const double top = *std::max_element(log_p.begin(), log_p.end());
            double sum = 0;
            for (int t = 0; t < themes; ++t) sum += posterior[i][t] = std::exp(log_p[t] - top);
            for (int t = 0; t < themes; ++t) posterior[i][t] /= sum;
        }
    }
    std::vector<FilingSuggestion> out;
    for (int i = 0; i < notes; ++i) {
        if (filed[i] >= 0 || words[i].empty()) continue;
        const auto best = std::max_element(posterior[i].begin(), posterior[i].end());
        double second = 0;
        for (int t = 0; t < themes; ++t)
            if (t != best - posterior[i].begin()) second = std::max(second, posterior[i][t]);
        out.push_back({corpus.captures[i].id, corpus.themes[best - posterior[i].begin()].id, *best - second, {}});
    }
    return out;
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
                        char label[80];
                        std::snprintf(label, sizeof label, "%s rounds %d teach %.2f margin %.1f",
                                      ten_percent ? "10%" : "desc", rounds, teach, margin);
                        print_at_dev_precision(label, set, s, input, 0.8, 0.01);
                    }
        }
        return 0;
    }
    if (argc > 1 && std::string(argv[1]) == "--try-nb-em") {  // the experiment above, chosen on the development half
        for (const bool ten_percent : {false, true}) {
            const SenseInput input = test_input(set, true, ten_percent);
            const SenseCorpus corpus = prepare_corpus(input);
            for (const double dw : {1.0, 3.0, 10.0})
                for (const double uw : {0.1, 0.3, 1.0})
                    for (const int rounds : {0, 3, 10})
                        for (const double alpha : {0.01, 0.1, 1.0}) {
                            Suggestions s;
                            s.filing = nb_em_filing(corpus, input, dw, uw, rounds, alpha);
                            char label[80];
                            std::snprintf(label, sizeof label, "%s desc %.0f unlabelled %.1f rounds %d alpha %.2f",
                                          ten_percent ? "10%" : "desc", dw, uw, rounds, alpha);
                            print_at_dev_precision(label, set, s, input, 1.0, 0.01);
                        }
        }
        return 0;
    }
    if (argc > 1 && std::string(argv[1]) == "--try-agreement") {  // only where NB-EM and the engine agree
        for (const bool ten_percent : {false, true}) {
            const SenseInput input = test_input(set, true, ten_percent);
            const SenseCorpus corpus = prepare_corpus(input);
            std::map<std::string, FilingSuggestion> engine;
            for (const auto& e : suggest_filing(corpus, input)) engine[e.capture] = e;
            for (const bool engine_confidence : {false, true})
                for (const double description_weight : {3.0, 10.0}) {
                    Suggestions s;
                    for (const auto& nb : nb_em_filing(corpus, input, description_weight, 0.3, 3, 1.0)) {
                        const auto e = engine.find(nb.capture);
                        if (e == engine.end() || e->second.theme != nb.theme) continue;
                        s.filing.push_back(engine_confidence ? e->second : nb);
                    }
                    char label[80];
                    std::snprintf(label, sizeof label, "%s agreeing, %s's confidence, desc %.0f",
                                  ten_percent ? "10%" : "desc", engine_confidence ? "the engine" : "NB-EM",
                                  description_weight);
                    print_at_dev_precision(label, set, s, input, 1.0, 0.005);
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
