// A Decidim proposal's title and body from a capture: an imported idea's own title, or
// the text's first sentence, never empty, long enough for Decidim where the text allows.
#include <gtest/gtest.h>

#include "core/opendata/proposal_text.hpp"

namespace oogst {
namespace {

TEST(ProposalText, TheFirstSentenceIsTheTitleAndTheWholeTextTheBody) {
    const ProposalText text = proposal_text("Meer bomen in onze straat. En bankjes om te zitten!", "");
    EXPECT_EQ(text.title, "Meer bomen in onze straat.");
    EXPECT_EQ(text.body, "Meer bomen in onze straat. En bankjes om te zitten!");
}

TEST(ProposalText, ALongSentenceIsCutAtTwelveWords) {
    const ProposalText text = proposal_text(
        "Ik wil dat elke straat in de stad een boom heeft en een bank en een fontein", "");
    EXPECT_EQ(text.title, "Ik wil dat elke straat in de stad een boom heeft en…");
}

TEST(ProposalText, AShortSentenceTakesMoreWordsUntilFifteenCharacters) {
    EXPECT_EQ(proposal_text("Groen! Veel meer bomen overal", "").title, "Groen! Veel meer");
    // Nothing is padded: a short note is its own title.
    EXPECT_EQ(proposal_text("Zwembad", "").title, "Zwembad");
    EXPECT_EQ(proposal_text("  Fietsen  ", "").body, "Fietsen");
}

TEST(ProposalText, AnImportedIdeasTitleIsKeptAndItsLineLeavesTheBody) {
    const ProposalText repeated = proposal_text("Autovrij centrum\nGeen auto's meer op de Grote Markt.", "Autovrij centrum");
    EXPECT_EQ(repeated.title, "Autovrij centrum");
    EXPECT_EQ(repeated.body, "Geen auto's meer op de Grote Markt.");
    // A title that only begins the text's line is not its line: the body keeps every word.
    const ProposalText begun = proposal_text("Autovrij centrum op zondag", "Autovrij centrum");
    EXPECT_EQ(begun.body, "Autovrij centrum op zondag");
    EXPECT_EQ(proposal_text("Autovrij centrum", "Autovrij centrum").body, "Autovrij centrum");
}

}  // namespace
}  // namespace oogst
