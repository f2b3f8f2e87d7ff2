// The suggestion engine's quality on the labelled test sets (tests/data/sense), with
// the figures reached held as floors: a change that makes suggestions worse fails here.
// The thresholds were chosen on the first set's development half (odd note numbers);
// the floors are the figures of its test half (even numbers) and of the whole second
// set, written blind, rounded down to the hundredth. docs/sense-making.md reports them,
// and how far they are from the issue's targets.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/sense/words/related_words.hpp"
#include "tests/core/sense/sense_quality.hpp"

namespace oogst {
namespace {

using namespace oogst::testing;

const TestSet& test_set() {
    static const TestSet set = load_test_set(OOGST_SENSE_DATA);
    return set;
}

// The second set: written by someone who had seen neither the engine nor the first set.
const TestSet& second_set() {
    static const TestSet set = load_test_set(OOGST_SENSE_DATA, "dreams-nl-2.tsv");
    return set;
}

// The thresholds a facilitator would accept at: the lowest that keeps precision at
// 85% on the development half (sense_quality_report --sweep-filing).
constexpr double threshold_descriptions = 0.06;
constexpr double threshold_ten_percent = 0.06;

TEST(SenseQuality, TheTestSetsAreWhatTheIssueAsks) {
    for (const TestSet* set : {&test_set(), &second_set()}) {
        EXPECT_GE(set->notes.size(), 300u);
        std::set<std::string> keys, ids;
        for (const auto& note : set->notes) {
            keys.insert(note.key);
            EXPECT_TRUE(ids.insert(note.id).second) << note.id << " twice";
            EXPECT_TRUE(set->descriptions.count(note.key)) << note.id << ": no description for " << note.key;
        }
        EXPECT_GE(keys.size(), 6u);
    }
    for (const auto& [key, description] : test_set().descriptions) {
        const auto words = std::count(description.begin(), description.end(), ' ') + 1;
        EXPECT_LE(words, 10) << key;
    }
}

TEST(SenseQuality, FilingFromDescriptionsOnly) {
    const SenseInput input = test_input(test_set(), true, false);
    const auto f = filing_figures(test_set(), suggest(input), input, threshold_descriptions, Half::test);
    EXPECT_GE(f.precision, 0.80);
    EXPECT_GE(f.coverage, 0.70);
}

TEST(SenseQuality, FilingAfterTenPercentFiled) {
    const SenseInput input = test_input(test_set(), true, true);
    const auto f = filing_figures(test_set(), suggest(input), input, threshold_ten_percent, Half::test);
    EXPECT_GE(f.precision, 0.78);
    EXPECT_GE(f.coverage, 0.75);
}

// Far lower than on the first set (docs/sense-making.md, "A second set, written blind"):
// these floors hold what the engine reaches on words it was not written around.
TEST(SenseQuality, OnASecondSetWrittenBlind) {
    const TestSet& set = second_set();
    const SenseInput from_descriptions = test_input(set, true, false);
    const auto f = filing_figures(set, suggest(from_descriptions), from_descriptions, threshold_descriptions, Half::whole);
    EXPECT_GE(f.precision, 0.69);
    EXPECT_GE(f.coverage, 0.56);
    const SenseInput ten_percent = test_input(set, true, true);
    const auto t = filing_figures(set, suggest(ten_percent), ten_percent, threshold_ten_percent, Half::whole);
    EXPECT_GE(t.precision, 0.64);
    EXPECT_GE(t.coverage, 0.67);
    const Suggestions untold = suggest(test_input(set, false, false));
    const auto piles = pile_figures(set, untold);
    EXPECT_GE(piles.precision, 0.75);
    EXPECT_GE(piles.recall, 0.21);
    const auto groups = group_figures(set, untold);
    EXPECT_GE(groups.ari, 0.14);
    EXPECT_GE(groups.nmi, 0.28);
}

TEST(SenseQuality, PilesOfNearDuplicates) {
    const auto f = pile_figures(test_set(), suggest(test_input(test_set(), false, false)), Half::test);
    EXPECT_GE(f.precision, 0.83);
    EXPECT_GE(f.recall, 0.58);
}

TEST(SenseQuality, NewKeyGroupsAgainstTheKeys) {
    const Suggestions s = suggest(test_input(test_set(), false, false));
    const auto grouped = group_figures(test_set(), s);  // over the notes that fit a group
    // With Debian's FreeDict dictionaries (related_words.hpp); without them 0.19 / 0.31.
    ASSERT_FALSE(RelatedWords::debian().empty()) << "run tools/setup: Debian's FreeDict dictionaries are missing";
    EXPECT_GE(grouped.ari, 0.27);
    EXPECT_GE(grouped.nmi, 0.39);
    EXPECT_GE(grouped.notes, 185);
    const auto whole = group_figures(test_set(), s, true);  // the rest counted as one more group
    EXPECT_GE(whole.ari, 0.08);
    EXPECT_GE(whole.nmi, 0.25);
}

}  // namespace
}  // namespace oogst
