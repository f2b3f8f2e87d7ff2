// Text preparation for the suggestion engine: folding, stemming, compounds, language.
#include <gtest/gtest.h>

#include "core/sense/words/compound_words.hpp"
#include "core/sense/words/language_guess.hpp"
#include "core/sense/words/stemmer.hpp"
#include "core/sense/words/text_features.hpp"

namespace oogst {
namespace {

std::vector<std::string> stems_of(const PreparedText& text) {
    std::vector<std::string> stems;
    for (const auto& word : text.words) stems.push_back(word.stem);
    return stems;
}

TEST(TextFeatures, FoldsCaseAndAccentsAndKeepsTheWordsAsWritten) {
    const CompoundWords compounds({}, nullptr);
    TextPreparation preparation(Stopwords::standard(), compounds);
    const PreparedText text = preparation.prepare("Café ÉCOLE Œuvre Ĳsbaan straße", "nl");
    ASSERT_EQ(text.words.size(), 5u);
    EXPECT_EQ(text.words[0].folded, "cafe");
    EXPECT_EQ(text.words[1].folded, "ecole");
    EXPECT_EQ(text.words[2].folded, "oeuvre");
    EXPECT_EQ(text.words[3].folded, "ijsbaan");
    EXPECT_EQ(text.words[4].folded, "strasse");
    EXPECT_EQ(text.words[0].surface, "Café");  // what a screen highlights
}

TEST(TextFeatures, LeavesStopwordsOutAndSplitsOnPunctuation) {
    const CompoundWords compounds({}, nullptr);
    TextPreparation preparation(Stopwords::standard(), compounds);
    EXPECT_EQ(stems_of(preparation.prepare("Meer bomen, in de straat!!", "nl")), (std::vector<std::string>{"bom", "strat"}));
}

TEST(TextFeatures, StemsDutchAndFrench) {
    Stemmers stemmers;
    EXPECT_EQ(stemmers.stem("nl", "fietsen"), stemmers.stem("nl", "fiets"));
    EXPECT_EQ(stemmers.stem("nl", "bomen"), stemmers.stem("nl", "bomen"));
    EXPECT_EQ(stemmers.stem("nl", "terrassen"), stemmers.stem("nl", "terras"));
    EXPECT_EQ(stemmers.stem("fr", "voitures"), stemmers.stem("fr", "voiture"));
    EXPECT_EQ(stemmers.stem("fr", "concerts"), "concert");
    EXPECT_EQ(stemmers.stem("en", "trees"), "tree");
}

TEST(TextFeatures, SplitsDutchCompoundsWithTheDebianWordList) {
    if (WordList::debian().size() == 0) GTEST_SKIP() << "wdutch is not installed";
    const CompoundWords compounds({});
    EXPECT_EQ(compounds.parts("stadspark"), (std::vector<std::string>{"stad", "park"}));
    EXPECT_EQ(compounds.parts("fietspaden"), (std::vector<std::string>{"fiets", "paden"}));
    EXPECT_EQ(compounds.parts("fietsenstalling"), (std::vector<std::string>{"fietsen", "stalling"}));
    EXPECT_TRUE(compounds.parts("bomen").empty());      // too short to be two words
    EXPECT_TRUE(compounds.parts("parkeren").empty());  // not "par|keren", nor "park|eren"
}

TEST(TextFeatures, SplitsCompoundsOnTheWorkshopsOwnWordsWithoutAWordList) {
    const CompoundWords compounds({"stad", "park", "buurt", "feest"}, nullptr);
    EXPECT_EQ(compounds.parts("stadspark"), (std::vector<std::string>{"stad", "park"}));
    EXPECT_EQ(compounds.parts("buurtfeest"), (std::vector<std::string>{"buurt", "feest"}));
    EXPECT_TRUE(compounds.parts("stadhuis").empty());  // "huis" is not known
}

TEST(TextFeatures, AStadsparkMeetsAPark) {
    const CompoundWords compounds({"stad", "park"}, nullptr);
    TextPreparation preparation(Stopwords::standard(), compounds);
    const PreparedText text = preparation.prepare("Een groot stadspark", "nl");
    ASSERT_EQ(text.words.size(), 2u);
    const auto& parts = text.words[1].part_stems;
    EXPECT_NE(std::find(parts.begin(), parts.end(), preparation.prepare("park", "nl").words[0].stem), parts.end());
}

TEST(TextFeatures, GuessesTheLanguageByItsLittleWords) {
    const Stopwords& stopwords = Stopwords::standard();
    EXPECT_EQ(guess_language({"des", "pistes", "cyclables", "pour", "les", "enfants"}, stopwords), "fr");
    EXPECT_EQ(guess_language({"meer", "bomen", "in", "de", "straat"}, stopwords), "nl");
    EXPECT_EQ(guess_language({"more", "trees", "in", "the", "city"}, stopwords), "en");
    EXPECT_EQ(guess_language({"speeltuinen"}, stopwords), "nl");  // nothing to go by: Dutch
}

TEST(TextFeatures, TrigramsOfPaddedWords) {
    EXPECT_EQ(word_trigrams({"bos"}), (std::vector<std::string>{"_bo", "bos", "os_"}));
}

}  // namespace
}  // namespace oogst
