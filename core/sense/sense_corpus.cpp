#include "core/sense/sense_corpus.hpp"

#include <algorithm>

namespace oogst {
namespace {

template <class T>
int index_of(const std::vector<T>& sorted, const std::string& id) {
    const auto found = std::lower_bound(sorted.begin(), sorted.end(), id,
                                        [](const T& item, const std::string& wanted) { return item.id < wanted; });
    return found != sorted.end() && found->id == id ? static_cast<int>(found - sorted.begin()) : -1;
}

template <class T>
std::vector<T> sorted_by_id(std::vector<T> items) {
    // Stable, then the first of equal ids kept: two entries for one id count once.
    std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.id < b.id; });
    items.erase(std::unique(items.begin(), items.end(), [](const T& a, const T& b) { return a.id == b.id; }),
                items.end());
    return items;
}

std::string description(const ThemeVocabulary& theme) {
    return theme.name + ". " + theme.needs + ". " + theme.core_values + ". " + theme.future_images;
}

}  // namespace

int SenseCorpus::capture_index(const std::string& id) const { return index_of(captures, id); }
int SenseCorpus::theme_index(const std::string& id) const { return index_of(themes, id); }

SenseCorpus prepare_corpus(const SenseInput& input, const Stopwords* stopwords, const RelatedWords* related) {
    SenseCorpus corpus;
    corpus.captures = sorted_by_id(input.captures);
    corpus.themes = sorted_by_id(input.themes);

    std::vector<std::string> all_texts;
    for (const SenseCapture& capture : corpus.captures)
        if (capture.words) all_texts.push_back(capture.text);
    for (const ThemeVocabulary& theme : corpus.themes) all_texts.push_back(description(theme));
    const CompoundWords compounds(folded_words(all_texts));
    TextPreparation preparation(stopwords ? *stopwords : Stopwords::standard(), compounds, related);

    for (const SenseCapture& capture : corpus.captures)
        corpus.texts.push_back(capture.words ? preparation.prepare(capture.text, capture.language) : PreparedText{});
    for (const ThemeVocabulary& theme : corpus.themes) corpus.theme_texts.push_back(preparation.prepare(description(theme), ""));
    return corpus;
}

}  // namespace oogst
