#include "core/sense/filing.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/sense/term_vectors.hpp"

namespace oogst {
namespace {

// What a theme knows: its description and the sum of the notes filed (or, while
// teaching, suggested) under it.
struct ThemeTerms {
    TermVector description;
    std::vector<double> members;  // dense, by term
    double members_norm2 = 0;
    std::set<int> member_notes;
};

struct Scored {
    int theme = -1;
    double best = 0, second = 0;
};

// The similarity of note i (vector v) to a theme: its description or the centre of its
// notes, the stronger of the two; the note itself left out of the notes, so a
// suggestion that was taught does not vouch for itself. (The nearest single note
// instead of the centre was tried: it made precision worse on the test set.)
double similarity(int i, const TermVector& v, const ThemeTerms& theme) {
    const double by_description = dot(v, theme.description);
    double by_members = 0;
    if (theme.members_norm2 > 0) {
        double along = dot(v, theme.members);
        double norm2 = theme.members_norm2;
        if (theme.member_notes.count(i)) {
            along -= 1.0;  // v · v, unit length
            norm2 -= 2.0 * dot(v, theme.members) - 1.0;
        }
        if (norm2 > 1e-12) by_members = along / std::sqrt(norm2);
    }
    return std::max(by_description, by_members);
}

void add_member(ThemeTerms& theme, int i, const TermVector& v) {
    if (!theme.member_notes.insert(i).second) return;
    for (const auto& [term, weight] : v) theme.members[term] += weight;
}

void finish(ThemeTerms& theme) {
    theme.members_norm2 = 0;
    for (const double weight : theme.members) theme.members_norm2 += weight * weight;
}

// The note's words that weigh most in the theme's match, in the note's order: a word
// of a translated note by its Dutch translations too (FilingOptions::translation_weight).
std::vector<std::string> because(int i, const PreparedText& text, bool translated, const TermSpace& space,
                                 const TermVector& v, const ThemeTerms& theme) {
    std::map<int, double> note_weight(v.begin(), v.end());
    std::map<int, double> theme_weight(theme.description.begin(), theme.description.end());
    const double norm = std::sqrt(std::max(theme.members_norm2, 1e-12));
    std::vector<double> contribution;
    double strongest = 0;
    for (const PreparedWord& word : text.words) {
        std::vector<std::string> terms = word.part_stems;
        terms.push_back(word.stem);
        if (translated) terms.insert(terms.end(), word.related_stems.begin(), word.related_stems.end());
        double sum = 0;
        for (const std::string& name : std::set<std::string>(terms.begin(), terms.end())) {
            const int term = space.term(name);
            if (term < 0) continue;
            double in_members = theme.members_norm2 > 0 ? theme.members[term] : 0;
            if (theme.member_notes.count(i)) in_members -= note_weight[term];
            sum += note_weight[term] * std::max(theme_weight[term], in_members / norm);
        }
        contribution.push_back(sum);
        strongest = std::max(strongest, sum);
    }
    std::vector<std::string> words;
    std::set<std::string> said;
    for (std::size_t w = 0; w < text.words.size(); ++w)
        if (strongest > 0 && contribution[w] >= 0.25 * strongest && said.insert(text.words[w].folded).second)
            words.push_back(text.words[w].surface);
    return words;
}

}  // namespace

std::vector<FilingSuggestion> suggest_filing(const SenseCorpus& corpus, const SenseInput& input,
                                             const FilingOptions& options) {
    if (corpus.themes.empty()) return {};
    std::vector<PreparedText> documents = corpus.texts;
    documents.insert(documents.end(), corpus.theme_texts.begin(), corpus.theme_texts.end());
    const TermSpace space(documents);
    const int notes = static_cast<int>(corpus.captures.size());
    const int themes = static_cast<int>(corpus.themes.size());
    // Notes in another language meet the keys through their Dutch translations, when
    // some key is described in Dutch (a French workshop's French keys need none).
    const bool dutch_keys = std::any_of(corpus.theme_texts.begin(), corpus.theme_texts.end(),
                                        [](const PreparedText& text) { return text.language == "nl"; });
    std::vector<bool> translated;
    std::vector<TermVector> vectors;
    for (const PreparedText& text : corpus.texts) {
        translated.push_back(dutch_keys && text.language != "nl");
        vectors.push_back(space.vector(text, translated.back() ? options.translation_weight : 0.0));
    }

    std::vector<int> filed_under(notes, -1);
    for (const auto& [capture, theme] : input.filed) {
        const int i = corpus.capture_index(capture), t = corpus.theme_index(theme);
        if (i >= 0 && t >= 0) filed_under[i] = t;
    }
    std::vector<std::vector<bool>> rejected(notes, std::vector<bool>(themes, false));
    for (const auto& [capture, theme] : input.rejected) {
        const int i = corpus.capture_index(capture), t = corpus.theme_index(theme);
        if (i >= 0 && t >= 0) rejected[i][t] = true;
    }

    std::vector<Scored> scored(notes);
    std::vector<int> taught(notes, -1);  // the theme a note teaches in the next round
    const auto confidence = [&](const Scored& s) { return std::clamp(s.best - options.margin * s.second, 0.0, 1.0); };
    std::vector<ThemeTerms> profiles(themes);
    for (int round = 0; round < std::max(1, options.rounds); ++round) {
        for (int t = 0; t < themes; ++t) {
            profiles[t] = {space.vector(corpus.theme_texts[t]), std::vector<double>(space.size(), 0.0), 0, {}};
        }
        for (int i = 0; i < notes; ++i) {
            const int t = filed_under[i] >= 0 ? filed_under[i] : taught[i];
            if (t >= 0 && !vectors[i].empty()) add_member(profiles[t], i, vectors[i]);
        }
        for (ThemeTerms& profile : profiles) finish(profile);

        for (int i = 0; i < notes; ++i) {
            scored[i] = {};
            if (filed_under[i] >= 0 || vectors[i].empty()) continue;
            for (int t = 0; t < themes; ++t) {
                if (rejected[i][t]) continue;
                const double s = similarity(i, vectors[i], profiles[t]);
                if (s > scored[i].best) scored[i].second = scored[i].best, scored[i].best = s, scored[i].theme = t;
                else if (s > scored[i].second) scored[i].second = s;
            }
        }
        for (int i = 0; i < notes; ++i)
            taught[i] = scored[i].theme >= 0 && confidence(scored[i]) >= options.teach_from ? scored[i].theme : -1;
    }

    std::vector<FilingSuggestion> suggestions;
    for (int i = 0; i < notes; ++i) {
        const Scored& s = scored[i];
        if (s.theme < 0 || s.best <= 0) continue;
        suggestions.push_back({corpus.captures[i].id, corpus.themes[s.theme].id, confidence(s),
                               because(i, corpus.texts[i], translated[i], space, vectors[i], profiles[s.theme])});
    }
    return suggestions;
}

}  // namespace oogst
