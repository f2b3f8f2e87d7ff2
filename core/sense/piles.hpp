#pragma once
// Piles of near-duplicates: notes that say the same thing ("Meer bomen", "meer
// bomen!!", "Extra bomen in onze straat", "meer boomen"), shown as one card whose size
// is its support.
#include <set>
#include <stop_token>
#include <string>
#include <vector>

#include "core/sense/sense_corpus.hpp"

namespace oogst {

struct Pile {
    std::vector<std::string> captures;  // two or more, sorted
};

struct PileOptions {
    // How alike two notes must be (their shared words over all their words, 0..1:
    // "Een cinema in de stad" and "cinema terug in het centrum" share one of three), and
    // how alike a pile must stay on average as piles join: the guard against a chain
    // "meer bomen" - "meer bomen in het park" - "een park voor honden" becoming one pile.
    // alike must be above 0: notes that share no word are never compared.
    double alike = 0.35;
    double pile_alike = 0.35;
};

// The piles among the captures with words, leaving out those kept out of piles. Sorted
// by their first capture id. Piles of tens of thousands of notes take seconds: when
// stop is requested (the wall no longer wants them) it returns early, with piles that
// are not to be shown.
std::vector<Pile> find_piles(const SenseCorpus& corpus, const std::set<std::string>& kept_out,
                             const PileOptions& options = {}, std::stop_token stop = {});

// The same on word classes: per note its sorted classes, and whether it may pile.
// Piles of two or more notes, each sorted, ordered by their smallest note.
std::vector<std::vector<int>> join_into_piles(const std::vector<std::vector<int>>& classes,
                                              const std::vector<bool>& may_pile, const PileOptions& options = {},
                                              std::stop_token stop = {});

// How alike two notes are: the words they share over all their words (Jaccard), words
// and compound parts counted as their spelling classes (spelling_variants.hpp). Word
// order does not count.
double alike(const std::vector<int>& classes_a, const std::vector<int>& classes_b);

}  // namespace oogst
