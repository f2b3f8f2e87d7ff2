#pragma once
// Filing suggestions: for each capture not filed yet, at most one theme it seems to
// belong to, with a confidence and the words that led there ("why here?"). A theme's
// first vocabulary is its description; every capture filed under it teaches the next
// suggestions. Never applied here: accepting is the caller's (file_suggested.hpp).
#include <string>
#include <vector>

#include "core/sense/sense_corpus.hpp"

namespace oogst {

struct FilingSuggestion {
    std::string capture, theme;
    double confidence = 0;             // 0..1: a threshold trades precision against coverage
    std::vector<std::string> because;  // the capture's own words that matched, as written, in its order
};

struct FilingOptions {
    // Self-training: the suggestions at or above this confidence teach their theme, as if
    // filed, for the next round; a note that shares no word with a description may then
    // share one with notes that do. rounds = 1 is the descriptions and filings alone.
    // One round taught from 0.1 up, not three from 0.2: on a second test set written by
    // someone else, more rounds spread a shared word ("straat", "park") through a key
    // and filed "kunst op straat" under Ademen (docs/sense-making.md).
    int rounds = 2;
    double teach_from = 0.1;
    // Confidence = best similarity − margin · second best: how clear the choice is.
    double margin = 0.5;
    // A note in another language than Dutch ("une maison de quartier") counts its words'
    // Dutch translations (related_words.hpp: dict-freedict-fra-nld) at this share of a
    // word, so it meets the keys' Dutch words (when some key is described in Dutch), as
    // the groups' related words count. Dutch notes do not borrow related Dutch words:
    // through English they are too loose for filing (docs/sense-making.md). Needs a
    // corpus prepared with RelatedWords.
    double translation_weight = 0.5;
};

// Sorted by capture id. Pairs in rejected (capture, theme) are never proposed.
std::vector<FilingSuggestion> suggest_filing(const SenseCorpus& corpus, const SenseInput& input,
                                             const FilingOptions& options = {});

}  // namespace oogst
