#include "core/sense/words/stemmer.hpp"

#include <libstemmer.h>

#include <stdexcept>
#include <string_view>

namespace oogst {

Stemmers::Stemmers() {
    const std::pair<const char*, const char*> algorithms[] = {{"nl", "dutch"}, {"fr", "french"}, {"en", "english"}};
    for (const auto& [language, algorithm] : algorithms) {
        sb_stemmer* stemmer = sb_stemmer_new(algorithm, "UTF_8");
        if (!stemmer) throw std::runtime_error(std::string("libstemmer has no ") + algorithm + " stemmer");
        stemmers_[language] = stemmer;
    }
}

Stemmers::~Stemmers() {
    for (auto& [language, stemmer] : stemmers_) sb_stemmer_delete(stemmer);
}

namespace {

// Dutch diminutives, which Snowball keeps: "terrasjes", "speeltuintjes", "bankje" are a
// terrace, a playground, a bench. The ending goes before stemming; words of five
// letters or fewer keep it ("tje" is too short to be a diminutive of anything).
std::string without_diminutive(const std::string& word) {
    for (const char* ending : {"etjes", "tjes", "pjes", "jes", "etje", "tje", "pje", "je"}) {
        const std::string_view end(ending);
        if (word.size() >= end.size() + 4 && word.compare(word.size() - end.size(), end.size(), end) == 0)
            return word.substr(0, word.size() - end.size());
    }
    return word;
}

}  // namespace

std::string Stemmers::stem(const std::string& language, const std::string& word) {
    auto found = stemmers_.find(language);
    const bool dutch = found == stemmers_.end() || found->first == "nl";
    const std::string folded_word = dutch ? without_diminutive(word) : word;
    sb_stemmer* stemmer = found != stemmers_.end() ? found->second : stemmers_.at("nl");
    const sb_symbol* stemmed = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                                               static_cast<int>(folded_word.size()));
    if (!stemmed) return folded_word;  // out of memory: the word itself still compares
    std::string stem(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
    if (dutch) {
        // Dutch Snowball stems a word and its plural apart: "fiets" -> "fiet" but "fietsen"
        // -> "fiets", "terras" but "terrassen" -> "terrass". Stemming the stem once more
        // and undoubling a last double consonant brings each pair together.
        stemmed = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(stem.data()), static_cast<int>(stem.size()));
        if (stemmed) stem.assign(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
        const std::size_t n = stem.size();
        if (n >= 4 && stem[n - 1] == stem[n - 2] && std::string_view("aeiou").find(stem[n - 1]) == std::string_view::npos)
            stem.pop_back();
    }
    return stem;
}

}  // namespace oogst
