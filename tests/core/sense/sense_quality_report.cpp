// Prints the suggestion engine's figures on the labelled test sets, for
// docs/sense-making.md: filing precision and coverage over a range of thresholds, on
// the development and the test half, piles and groups. Run from the build folder:
//   tests/core/sense_quality_report
//   tests/core/sense_quality_report --second-set dreams-nl-2.tsv [--details]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
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
        const auto dev = filing_figures(set, s, input, threshold, Half::development);
        if (dev.precision < 0.85) continue;
        const auto test = filing_figures(set, s, input, threshold, Half::test);
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

// The filing methods compared on a second set, each a function of a set's input.
using FilingMethod = std::function<std::vector<FilingSuggestion>(const SenseInput&)>;

// The lowest threshold (in hundredths, as the thresholds of sense_quality_test) at
// which the figures of one half reach 85% precision; 1 when none does.
double threshold_for_85(const TestSet& set, const Suggestions& s, const SenseInput& input, Half half) {
    for (int hundredths = 0; hundredths <= 100; ++hundredths)
        if (filing_figures(set, s, input, hundredths / 100.0, half).precision >= 0.85) return hundredths / 100.0;
    return 1;
}

// A second labelled set, written by someone who had not seen the engine or the first
// set (tests/data/sense/dreams-nl-2.tsv): each method's threshold is chosen on the first
// set's development half, then judged on the first set's test half and on the whole
// second set; "best" is the second set's own best threshold, which no method may know.
void judge_on_a_second_set(const TestSet& first, const TestSet& second) {
    const std::vector<std::pair<std::string, FilingMethod>> methods{
        {"engine", [](const SenseInput& input) { return suggest(input).filing; }},
        {"NB-EM", [](const SenseInput& input) {
             const bool ten_percent = !input.filed.empty();
             return nb_em_filing(prepare_corpus(input), input, ten_percent ? 10 : 3, ten_percent ? 0.1 : 0.3, 3,
                                 ten_percent ? 0.1 : 1.0);
         }},
        {"both agree", [](const SenseInput& input) {
             std::map<std::string, std::string> engine;
             for (const auto& e : suggest(input).filing) engine[e.capture] = e.theme;
             std::vector<FilingSuggestion> agreed;
             for (const auto& nb : nb_em_filing(prepare_corpus(input), input, 3, 0.3, 3, 1.0))
                 if (engine.count(nb.capture) && engine[nb.capture] == nb.theme) agreed.push_back(nb);
             return agreed;
         }},
    };
    for (const bool ten_percent : {false, true})
        for (const auto& [name, method] : methods) {
            const SenseInput input1 = test_input(first, true, ten_percent), input2 = test_input(second, true, ten_percent);
            Suggestions s1, s2;
            s1.filing = method(input1);
            s2.filing = method(input2);
            const double chosen = threshold_for_85(first, s1, input1, Half::development);
            const auto test = filing_figures(first, s1, input1, chosen, Half::test);
            const auto fresh = filing_figures(second, s2, input2, chosen, Half::whole);
            const auto fresh_dev = filing_figures(second, s2, input2, chosen, Half::development);
            const auto fresh_test = filing_figures(second, s2, input2, chosen, Half::test);
            const auto everything = filing_figures(second, s2, input2, 0, Half::whole);
            const double best = threshold_for_85(second, s2, input2, Half::whole);
            const auto at_best = filing_figures(second, s2, input2, best, Half::whole);
            const auto at_default = filing_figures(second, s2, input2, 0.2, Half::whole);  // cluster --accept's
            std::printf("%-12s %-10s >= %.3f  first test %.3f / %.3f  second %.3f / %.3f (%d/%d of %d; dev %.3f / %.3f, "
                        "test %.3f / %.3f)  all suggested %.3f / %.3f  best >= %.3f: %.3f / %.3f  >= 0.2: %.3f / %.3f\n",
                        ten_percent ? "10% filed" : "descriptions", name.c_str(), chosen, test.precision,
                        test.coverage, fresh.precision, fresh.coverage, fresh.right, fresh.suggested, fresh.judged,
                        fresh_dev.precision, fresh_dev.coverage, fresh_test.precision, fresh_test.coverage,
                        everything.precision, everything.coverage, best, at_best.precision, at_best.coverage,
                        at_default.precision, at_default.coverage);
        }
    const Suggestions untold = suggest(test_input(second, false, false));
    for (const Half half : {Half::whole, Half::development, Half::test}) {
        const auto piles = pile_figures(second, untold, half);
        std::printf("piles on the second set (%s): precision %.3f recall %.3f (%d right of %d said, %d true)\n",
                    half_name(half), piles.precision, piles.recall, piles.right, piles.predicted, piles.true_pairs);
    }
    const auto chosen = group_figures(second, untold);
    const auto whole = group_figures(second, untold, true);
    std::printf("groups on the second set: %d groups, ARI %.3f NMI %.3f over %d notes; the rest as a group: ARI %.3f NMI %.3f\n",
                chosen.groups, chosen.ari, chosen.nmi, chosen.notes, whole.ari, whole.nmi);
}

// Filing's settings judged on the development halves of both sets: the coverage at 85%
// precision, and the share of notes filed right when every suggestion is taken.
void sweep_filing_on_both(const TestSet& first, const TestSet& second) {
    for (const bool ten_percent : {false, true})
        for (const int rounds : {1, 2, 3, 5})
            for (const double teach : {0.1, 0.2, 0.3, 0.4})
                for (const double margin : {0.0, 0.5, 1.0}) {
                    std::printf("%s rounds %d teach %.2f margin %.1f:", ten_percent ? "10%" : "desc", rounds, teach, margin);
                    for (const TestSet* set : {&first, &second}) {
                        const SenseInput input = test_input(*set, true, ten_percent);
                        Suggestions s;
                        s.filing = suggest_filing(prepare_corpus(input, nullptr, &RelatedWords::debian()), input,
                                                  {rounds, teach, margin});
                        const double at = threshold_for_85(*set, s, input, Half::development);
                        const auto f85 = filing_figures(*set, s, input, at, Half::development);
                        const auto all = filing_figures(*set, s, input, 0, Half::development);
                        std::printf("  %.3f@85 right %.3f", f85.coverage, double(all.right) / all.judged);
                    }
                    std::printf("\n");
                }
}

}  // namespace

int main(int argc, char** argv) {
    const bool details = argc > 1 && std::string(argv[1]) == "--details";
    const TestSet set = load_test_set(OOGST_SENSE_DATA);
    if (argc > 1 && std::string(argv[1]) == "--sweep-filing") {  // tuning, on the development half
        for (const bool ten_percent : {false, true}) {
            const SenseInput input = test_input(set, true, ten_percent);
            const SenseCorpus corpus = prepare_corpus(input, nullptr, &RelatedWords::debian());  // as suggest() does
            for (const int rounds : {1, 2, 3, 5})
                for (const double teach : {0.1, 0.2, 0.3, 0.4})
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
            const SenseCorpus corpus = prepare_corpus(input, nullptr, &RelatedWords::debian());  // as suggest() does
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
    if (argc > 2 && std::string(argv[1]) == "--sweep-piles-both") {
        const TestSet second = load_test_set(OOGST_SENSE_DATA, argv[2]);
        for (double alike = 0.3; alike <= 0.71; alike += 0.05)
            for (double pile_alike = 0.3; pile_alike <= 0.61; pile_alike += 0.05) {
                std::printf("alike %.2f pile %.2f:", alike, pile_alike);
                for (const TestSet* one : {&set, &second}) {
                    const SenseInput input = test_input(*one, false, false);
                    Suggestions s;
                    s.piles = find_piles(prepare_corpus(input), {}, {alike, pile_alike});
                    const auto dev = pile_figures(*one, s, Half::development);
                    std::printf("  %.3f / %.3f (%d of %d)", dev.precision, dev.recall, dev.right, dev.predicted);
                }
                std::printf("\n");
            }
        return 0;
    }
    if (argc > 2 && std::string(argv[1]) == "--sweep-filing-both") {
        sweep_filing_on_both(set, load_test_set(OOGST_SENSE_DATA, argv[2]));
        return 0;
    }
    if (argc > 2 && std::string(argv[1]) == "--second-set") {  // e.g. --second-set dreams-nl-2.tsv
        const TestSet second = load_test_set(OOGST_SENSE_DATA, argv[2]);
        judge_on_a_second_set(set, second);
        if (argc > 3 && std::string(argv[3]) == "--details") {  // the development half's errors only
            TestSet dev = second;
            std::erase_if(dev.notes, [](const LabelledNote& n) { return !in_dev_half(n); });
            const SenseInput input = test_input(second, true, false);
            Suggestions s = suggest(input);
            std::erase_if(s.filing, [](const FilingSuggestion& f) { return !in_dev_half({f.capture, "", "", ""}); });
            filing_details(dev, s);
            pile_details(dev, suggest(test_input(dev, false, false)));
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
                const auto dev = pile_figures(set, s, Half::development);
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
        for (int hundredths = 0; hundredths <= 60; ++hundredths) {
            const double threshold = hundredths / 100.0;
            const auto dev = filing_figures(set, suggestions, input, threshold, Half::development);
            const auto test = filing_figures(set, suggestions, input, threshold, Half::test);
            std::printf("  >= %.3f  dev precision %.3f coverage %.3f | test precision %.3f coverage %.3f (%d/%d of %d)\n",
                        threshold, dev.precision, dev.coverage, test.precision, test.coverage, test.right,
                        test.suggested, test.judged);
        }
    }
    const SenseInput plain = test_input(set, false, false);
    const Suggestions untold = suggest(plain);
    if (details) pile_details(set, untold);
    for (const Half half : {Half::whole, Half::development, Half::test}) {
        const auto piles = pile_figures(set, untold, half);
        std::printf("piles (%s): precision %.3f recall %.3f (%d right of %d said, %d true)\n", half_name(half),
                    piles.precision, piles.recall, piles.right, piles.predicted, piles.true_pairs);
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
