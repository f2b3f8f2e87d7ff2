#pragma once
// Which of Dutch, French and English a short note is written in, when the session does
// not say. Counting stopwords, not character n-gram models (libexttextcat): a note is
// three to ten words, too short for n-gram profiles to be reliable, while one "de",
// "le" or "the" is telling; and the count is simple and deterministic.
#include <string>
#include <vector>

#include "core/sense/words/stopwords.hpp"

namespace oogst {

// The language with most stopwords among the folded words; a tie (or none) is Dutch,
// the language Oogst's workshops are held in first.
std::string guess_language(const std::vector<std::string>& folded_words, const Stopwords& stopwords);

}  // namespace oogst
