#pragma once
// The input of one suggestion run, prepared once and shared by piles, filing and
// groups: captures and themes sorted by id (so any input order gives the same
// output), each with its prepared words.
#include <string>
#include <vector>

#include "core/sense/sense_input.hpp"
#include "core/sense/words/text_features.hpp"

namespace oogst {

struct SenseCorpus {
    std::vector<SenseCapture> captures;   // sorted by id, one per id
    std::vector<PreparedText> texts;      // captures[i]'s words
    std::vector<ThemeVocabulary> themes;  // sorted by id, one per id
    std::vector<PreparedText> theme_texts;

    // The index of a capture or theme id, or -1.
    int capture_index(const std::string& id) const;
    int theme_index(const std::string& id) const;
};

// Prepares every capture with words and every theme's description (its name, needs,
// core values and future images). Stopwords from Stopwords::standard() unless given;
// words related in meaning (PreparedWord::related_stems) only when related is given, as
// only new-key groups and the filing of notes in French use them (piles alone need not
// read the dictionaries).
SenseCorpus prepare_corpus(const SenseInput& input, const Stopwords* stopwords = nullptr,
                           const RelatedWords* related = nullptr);

}  // namespace oogst
