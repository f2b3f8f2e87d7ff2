#include "core/sense/words/language_guess.hpp"

namespace oogst {

std::string guess_language(const std::vector<std::string>& folded_words, const Stopwords& stopwords) {
    std::string best = sense_languages.front();
    int best_count = stopwords.count(best, folded_words);
    for (const std::string& language : sense_languages) {
        const int count = stopwords.count(language, folded_words);
        if (count > best_count) best = language, best_count = count;  // strictly more: ties stay Dutch
    }
    return best;
}

}  // namespace oogst
