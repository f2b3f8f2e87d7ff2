#include "core/sense/words/text_features.hpp"

#include <algorithm>
#include <set>

#include "core/sense/words/language_guess.hpp"
#include "core/table/same_text.hpp"

namespace oogst {
namespace {

bool word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The folded word with whatever folding left that is not a letter (a typographic dash
// or quote) cut out: "groen–blauw" is folded "groen–blauw", compared as "groenblauw".
std::string folded_word(const std::string& surface) {
    std::string folded = folded_text(surface);
    std::string word;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const auto c = static_cast<unsigned char>(folded[i]);
        if (c == 0xE2) {  // U+2000-U+2FFF: punctuation and symbols, three bytes
            i += 2;
            continue;
        }
        if (c == 0xC2) {  // U+0080-U+00BF: « » ¿ and the like, two bytes
            ++i;
            continue;
        }
        if (word_byte(c)) word += static_cast<char>(c);
    }
    return word;
}

}  // namespace

std::vector<std::string> surface_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (word_byte(static_cast<unsigned char>(c))) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::vector<std::string> word_trigrams(const std::vector<std::string>& folded_words) {
    std::set<std::string> grams;
    for (const std::string& word : folded_words) {
        const std::string padded = "_" + word + "_";
        for (std::size_t i = 0; i + 3 <= padded.size(); ++i) grams.insert(padded.substr(i, 3));
    }
    return {grams.begin(), grams.end()};
}

std::vector<std::string> folded_words(const std::vector<std::string>& texts) {
    std::set<std::string> words;
    for (const std::string& text : texts)
        for (const std::string& surface : surface_words(text)) words.insert(folded_word(surface));
    return {words.begin(), words.end()};
}

TextPreparation::TextPreparation(const Stopwords& stopwords, const CompoundWords& compounds,
                                 const RelatedWords* related)
    : stopwords_(stopwords), compounds_(compounds), related_(related) {}

const std::string& TextPreparation::stem(const std::string& language, const std::string& folded) {
    auto& cache = stems_[language];
    auto found = cache.find(folded);
    if (found == cache.end()) found = cache.emplace(folded, stemmers_.stem(language, folded)).first;
    return found->second;
}

PreparedText TextPreparation::prepare(const std::string& text, const std::string& language) {
    std::vector<std::string> surfaces;
    std::vector<std::string> folded;
    for (std::string& surface : surface_words(text)) {
        std::string word = folded_word(surface);
        // One letter ("l'" of "l'école", the "s" of "auto's") and bare numbers say nothing.
        if (word.size() < 2 || std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        surfaces.push_back(std::move(surface));
        folded.push_back(std::move(word));
    }
    PreparedText prepared;
    prepared.language = language.empty() ? guess_language(folded, stopwords_) : language;
    std::vector<std::string> content;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (stopwords_.contains(prepared.language, folded[i])) continue;
        PreparedWord word{surfaces[i], folded[i], stem(prepared.language, folded[i]), {}, {}};
        if (prepared.language == "nl")
            for (const std::string& part : compounds_.parts(folded[i])) word.part_stems.push_back(stem("nl", part));
        if (related_) {
            std::set<std::string> stems;
            for (const std::string& other : related_->related(prepared.language, folded[i], word.stem))
                stems.insert(stem("nl", other));
            stems.erase(word.stem);
            for (const std::string& part : word.part_stems) stems.erase(part);
            word.related_stems.assign(stems.begin(), stems.end());
        }
        content.push_back(folded[i]);
        prepared.words.push_back(std::move(word));
    }
    prepared.trigrams = word_trigrams(content);
    return prepared;
}

}  // namespace oogst
