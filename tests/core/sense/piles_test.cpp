// Piles on word classes: the fast way (prefix filtering, sums carried as piles join)
// gives exactly the piles of the plain definition, on harvests made to repeat
// themselves. The plain definition is written out here, slow and obvious.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include "core/sense/piles.hpp"

namespace oogst {
namespace {

// Every pair of notes at least options.alike alike, most alike first; two piles join
// when the average over every pair of their notes is at least options.pile_alike.
std::vector<std::vector<int>> plain_piles(const std::vector<std::vector<int>>& classes,
                                          const std::vector<bool>& may_pile, const PileOptions& options) {
    const int count = static_cast<int>(classes.size());
    std::vector<std::tuple<double, int, int>> pairs;
    for (int i = 0; i < count; ++i)
        for (int j = i + 1; j < count; ++j)
            if (may_pile[i] && may_pile[j] && alike(classes[i], classes[j]) >= options.alike)
                pairs.emplace_back(alike(classes[i], classes[j]), i, j);
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
        return std::tie(std::get<0>(y), std::get<1>(x), std::get<2>(x)) <
               std::tie(std::get<0>(x), std::get<1>(y), std::get<2>(y));
    });
    std::vector<int> pile_of(count);
    std::map<int, std::vector<int>> members;
    for (int i = 0; i < count; ++i) pile_of[i] = i, members[i] = {i};
    for (const auto& [how, a, b] : pairs) {
        const int x = pile_of[a], y = pile_of[b];
        if (x == y) continue;
        double total = 0;
        for (const int p : members[x])
            for (const int q : members[y]) total += alike(classes[p], classes[q]);
        if (total / static_cast<double>(members[x].size() * members[y].size()) < options.pile_alike - 1e-9) continue;
        const int into = std::min(x, y), from = std::max(x, y);
        for (const int note : members[from]) pile_of[note] = into;
        members[into].insert(members[into].end(), members[from].begin(), members[from].end());
        members.erase(from);
    }
    std::vector<std::vector<int>> piles;
    for (auto& [number, notes] : members)
        if (notes.size() >= 2) {
            std::sort(notes.begin(), notes.end());
            piles.push_back(notes);
        }
    return piles;
}

// Notes of one to six word classes drawn from a small vocabulary with a few very
// common words, so that many notes share words and piles grow and meet.
std::vector<std::vector<int>> repetitive_harvest(std::mt19937& random, int notes, int vocabulary) {
    std::vector<std::vector<int>> classes;
    std::geometric_distribution<int> common(0.25);
    std::uniform_int_distribution<int> words(1, 6);
    for (int i = 0; i < notes; ++i) {
        std::set<int> of_note;
        const int n = words(random);
        for (int w = 0; w < n; ++w) of_note.insert(std::min(common(random), vocabulary - 1));
        classes.emplace_back(of_note.begin(), of_note.end());
    }
    return classes;
}

TEST(Piles, TheFastWayGivesThePilesOfThePlainDefinition) {
    std::mt19937 random(20261205);
    for (int round = 0; round < 60; ++round) {
        const auto classes = repetitive_harvest(random, 40 + round * 3, 6 + round % 20);
        std::vector<bool> may_pile(classes.size(), true);
        for (std::size_t i = 0; i < may_pile.size(); i += 7) may_pile[i] = false;  // kept out
        for (const PileOptions options : {PileOptions{}, PileOptions{0.2, 0.3}, PileOptions{0.5, 0.6}}) {
            const auto expected = plain_piles(classes, may_pile, options);
            ASSERT_EQ(join_into_piles(classes, may_pile, options), expected)
                << "round " << round << ", alike " << options.alike << ", pile " << options.pile_alike;
        }
    }
}

TEST(Piles, AHarvestThatRepeatsItselfStillMakesPilesThatHoldTogether) {
    // "Meer <thing> en <thing> in de wijk <n>": every note shares a word with hundreds,
    // and large piles keep meeting through their notes' pairs. The note-by-note way
    // took 41 s for 2,000 such notes (tests/bench/sense_bench.cpp, PilesLookAlike).
    std::vector<std::vector<int>> classes;
    for (int i = 0; i < 2000; ++i) {
        std::set<int> of_note = {0, 1 + i % 12, 1 + (i / 12 + i) % 12, 100 + i % 7};
        classes.emplace_back(of_note.begin(), of_note.end());
    }
    const PileOptions options;
    const auto piles = join_into_piles(classes, std::vector<bool>(classes.size(), true), options);
    ASSERT_FALSE(piles.empty());
    for (const auto& pile : piles) {
        double total = 0;
        for (std::size_t a = 0; a < pile.size(); ++a)
            for (std::size_t b = a + 1; b < pile.size(); ++b) total += alike(classes[pile[a]], classes[pile[b]]);
        const double pairs = static_cast<double>(pile.size() * (pile.size() - 1) / 2);
        // Each join needs the pairs between the two piles to average pile_alike, so the
        // pairs within any pile do too.
        EXPECT_GE(total / pairs, options.pile_alike - 1e-9) << "a pile of " << pile.size() << " notes";
    }
}

}  // namespace
}  // namespace oogst
