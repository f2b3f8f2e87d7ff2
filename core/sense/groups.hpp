#pragma once
// Candidate new keys: the captures not filed yet, grouped by the words they share,
// each group with its top words as a first name for the key.
#include <optional>
#include <string>
#include <vector>

#include "core/sense/sense_corpus.hpp"

namespace oogst {

struct ThemeGroup {
    std::vector<std::string> words;     // the group's top words, most telling first
    std::vector<std::string> captures;  // sorted
};

struct GroupOptions {
    std::optional<int> k;  // how many groups; unset: the k of 2..max_k with the best silhouette
    int max_k = 10;
    int top_words = 5;
    // A note less similar than this (cosine) to its group's centre is left out of every
    // group: three-word notes that share no strong word with any group otherwise fill
    // one catch-all group that names nothing. At 0.2 about half the notes of the test set
    // are grouped (docs/sense-making.md).
    double min_fit = 0.2;
};

// Spherical k-means over the notes' TF-IDF vectors, seeded by k-means++ with a fixed
// seed, so the same notes give the same groups; each group keeps the notes that fit it
// (min_fit) and has two or more. Groups sorted by their first capture.
std::vector<ThemeGroup> suggest_groups(const SenseCorpus& corpus, const SenseInput& input,
                                       const GroupOptions& options = {});

}  // namespace oogst
