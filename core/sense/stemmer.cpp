#include "core/sense/stemmer.hpp"

#include <libstemmer.h>

#include <stdexcept>

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

std::string Stemmers::stem(const std::string& language, const std::string& folded_word) {
    auto found = stemmers_.find(language);
    sb_stemmer* stemmer = found != stemmers_.end() ? found->second : stemmers_.at("nl");
    const sb_symbol* stemmed = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                                               static_cast<int>(folded_word.size()));
    if (!stemmed) return folded_word;  // out of memory: the word itself still compares
    return std::string(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

}  // namespace oogst
