#pragma once
// Which words are one word written differently: the same stem ("bomen", "boom" does
// not: Snowball gives "bom" and "boom"), or a misspelling whose letters mostly agree
// ("boomen" and "bomen", "fietspaaden" and "fietspaden"). Piles compare notes by these
// classes, so a typo does not keep two notes apart.
#include <string>
#include <vector>

#include "core/sense/words/text_features.hpp"

namespace oogst {

struct SpellingVariants {
    // Per text, the classes of its words and of its compounds' parts (so "Straatkunst"
    // meets "Kunst op straat"): sorted, each once.
    std::vector<std::vector<int>> text_classes;
    int classes = 0;
};

// Two words of at least five letters are variants when the Dice coefficient of their
// 3-grams is at least this.
inline constexpr double variant_likeness = 0.7;

SpellingVariants spelling_variants(const std::vector<PreparedText>& texts);

// Dice coefficient of two sorted sets of 3-grams: 2·shared / (|a| + |b|).
double dice(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace oogst
