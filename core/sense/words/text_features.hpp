#pragma once
// A note's words as the engine compares them: folded (case and accents off, with
// same_text's folded_text), in the note's language, without stopwords, stemmed, Dutch
// compounds split into their parts, and the character 3-grams of its words, which
// still meet when a word is misspelt ("boomen", "bomen").
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/sense/words/compound_words.hpp"
#include "core/sense/words/related_words.hpp"
#include "core/sense/words/stemmer.hpp"
#include "core/sense/words/stopwords.hpp"

namespace oogst {

struct PreparedWord {
    std::string surface;  // as the note has it ("Stadspark"): what a screen highlights
    std::string folded;   // "stadspark"
    std::string stem;     // "stadspark"
    std::vector<std::string> part_stems;  // a compound's parts, stemmed: {"stad", "park"}
    // Dutch words related in meaning (related_words.hpp), stemmed, without the word's own
    // stem and parts: "bioscoop" gives {"cinema", …}, the French "vélo" {"fiets", …}.
    std::vector<std::string> related_stems;
};

struct PreparedText {
    std::string language;
    std::vector<PreparedWord> words;  // the words that are not stopwords, in the note's order
    std::vector<std::string> trigrams;  // of those words, "_bo" "bom" … "en_", sorted, once each
};

// The words of a text: runs of letters and digits, as written, in order.
std::vector<std::string> surface_words(const std::string& text);
// Every character 3-gram of the folded words, each padded with "_" at both ends.
std::vector<std::string> word_trigrams(const std::vector<std::string>& folded_words);

// Prepares every text of one suggestion run. Holds the stemmers, so one per thread.
class TextPreparation {
public:
    // related: words related in meaning, or none (nullptr).
    TextPreparation(const Stopwords& stopwords, const CompoundWords& compounds, const RelatedWords* related = nullptr);

    // language "" is guessed from the text (language_guess.hpp).
    PreparedText prepare(const std::string& text, const std::string& language);

private:
    const std::string& stem(const std::string& language, const std::string& folded);

    const Stopwords& stopwords_;
    const CompoundWords& compounds_;
    const RelatedWords* related_;
    Stemmers stemmers_;
    std::map<std::string, std::unordered_map<std::string, std::string>> stems_;  // a cache, looked up only
};

// The folded words of every text, for CompoundWords' own words (a corpus fallback).
std::vector<std::string> folded_words(const std::vector<std::string>& texts);

}  // namespace oogst
