// The suggestion engine's behaviour: piles, filing, groups, determinism.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/sense/suggestions.hpp"

namespace oogst {
namespace {

SenseCapture note(const std::string& id, const std::string& text) { return {id, text, "nl", "s1", true}; }

std::vector<std::vector<std::string>> pile_lists(const Suggestions& s) {
    std::vector<std::vector<std::string>> lists;
    for (const auto& pile : s.piles) lists.push_back(pile.captures);
    return lists;
}

const FilingSuggestion* filing_of(const Suggestions& s, const std::string& capture) {
    for (const auto& f : s.filing)
        if (f.capture == capture) return &f;
    return nullptr;
}

SenseInput two_themes() {
    SenseInput input;
    input.themes = {{"t-ademen", "Ademen", "groen, bomen, natuur", "rust", "parken"},
                    {"t-bewegen", "Bewegen", "fietsen, verkeer", "veiligheid", "sport"}};
    return input;
}

TEST(Piles, WordOrderAndMisspellingsDoNotStopAPile) {
    SenseInput input;
    input.captures = {note("a", "Meer bomen"), note("b", "meer bomen!!"), note("c", "Extra bomen in onze straat"),
                      note("d", "meer boomen"), note("e", "Bomen in de straat extra"), note("f", "Een zwembad")};
    const auto piles = pile_lists(suggest(input));
    // "Extra" and "meer" say nothing (stopwords): more trees, in a street or not.
    EXPECT_EQ(piles, (std::vector<std::vector<std::string>>{{"a", "b", "c", "d", "e"}}));
}

TEST(Piles, ACaptureKeptOutIsNeverPiled) {
    SenseInput input;
    input.captures = {note("a", "Meer bomen"), note("b", "meer bomen!!"), note("c", "meer boomen")};
    input.kept_out_of_piles = {"b"};
    EXPECT_EQ(pile_lists(suggest(input)), (std::vector<std::vector<std::string>>{{"a", "c"}}));
    input.kept_out_of_piles = {"b", "c"};
    EXPECT_TRUE(suggest(input).piles.empty());  // a pile is two or more
}

TEST(Piles, NotesWithoutWordsAreNotPiled) {
    SenseInput input;
    input.captures = {{"a", "", "", "s1", false}, {"b", "", "", "s1", false}};
    EXPECT_TRUE(suggest(input).piles.empty());
}

TEST(Filing, ProposesOneThemeWithTheWordsThatLedThere) {
    SenseInput input = two_themes();
    input.captures = {note("a", "Meer Bomen in het park"), note("b", "Veilige fietspaden")};
    const Suggestions s = suggest(input);
    ASSERT_NE(filing_of(s, "a"), nullptr);
    EXPECT_EQ(filing_of(s, "a")->theme, "t-ademen");
    EXPECT_EQ(filing_of(s, "a")->because, (std::vector<std::string>{"Bomen", "park"}));
    EXPECT_GT(filing_of(s, "a")->confidence, 0.0);
    EXPECT_LE(filing_of(s, "a")->confidence, 1.0);
    ASSERT_NE(filing_of(s, "b"), nullptr);
    EXPECT_EQ(filing_of(s, "b")->theme, "t-bewegen");  // "fietspaden" meets "fietsen" through its parts
}

// Through Debian's fra-nld dictionary (tools/setup installs it): "vélo" is "fiets".
TEST(Filing, ANoteInFrenchMeetsTheKeysDutchWordsThroughItsTranslations) {
    SenseInput input = two_themes();
    input.captures = {{"c", "Des vélos partout", "fr", "s1", true}};
    const Suggestions s = suggest(input);
    ASSERT_NE(filing_of(s, "c"), nullptr);
    EXPECT_EQ(filing_of(s, "c")->theme, "t-bewegen");
    EXPECT_EQ(filing_of(s, "c")->because, (std::vector<std::string>{"vélos"}));
}

TEST(Filing, FiledAndWordlessCapturesGetNoSuggestion) {
    SenseInput input = two_themes();
    input.captures = {note("a", "Meer bomen"), {"b", "", "", "s1", false}};
    input.filed["a"] = "t-ademen";
    const Suggestions s = suggest(input);
    EXPECT_EQ(filing_of(s, "a"), nullptr);
    EXPECT_EQ(filing_of(s, "b"), nullptr);
}

TEST(Filing, ARejectedThemeIsNeverProposedAgain) {
    SenseInput input = two_themes();
    input.captures = {note("a", "Meer bomen langs het fietspad")};
    const Suggestions before = suggest(input);
    const auto first = filing_of(before, "a");
    ASSERT_NE(first, nullptr);
    input.rejected.insert({"a", first->theme});
    const Suggestions again = suggest(input);
    const auto second = filing_of(again, "a");
    if (second) {
        EXPECT_NE(second->theme, first->theme);
    }
    input.rejected.insert({"a", "t-ademen"}), input.rejected.insert({"a", "t-bewegen"});
    const Suggestions none = suggest(input);
    EXPECT_EQ(filing_of(none, "a"), nullptr);
}

TEST(Filing, FiledCapturesTeachTheNextSuggestions) {
    SenseInput input = two_themes();
    input.captures = {note("a", "Een zwembad met een glijbaan"), note("b", "Nieuw zwembad met glijbaan")};
    const Suggestions untaught = suggest(input);
    EXPECT_EQ(filing_of(untaught, "b"), nullptr);  // no word of either description
    input.filed["a"] = "t-bewegen";
    const Suggestions after = suggest(input);
    const auto taught = filing_of(after, "b");
    ASSERT_NE(taught, nullptr);
    EXPECT_EQ(taught->theme, "t-bewegen");
    EXPECT_EQ(taught->because, (std::vector<std::string>{"zwembad", "glijbaan"}));
}

TEST(Groups, GroupsNotesThatShareWordsAndNamesThem) {
    SenseInput input;
    for (int i = 0; i < 6; ++i) input.captures.push_back(note("b" + std::to_string(i), "bomen en natuur " + std::to_string(i)));
    for (int i = 0; i < 6; ++i) input.captures.push_back(note("f" + std::to_string(i), "fietspaden veilig " + std::to_string(i)));
    const Suggestions s = suggest(input, {2});
    ASSERT_EQ(s.groups.size(), 2u);
    EXPECT_EQ(s.groups[0].captures.front(), "b0");
    EXPECT_EQ(s.groups[0].captures.size(), 6u);
    EXPECT_NE(std::find(s.groups[0].words.begin(), s.groups[0].words.end(), "bomen"), s.groups[0].words.end());
    EXPECT_EQ(suggest(input).groups.size(), 2u);  // and the silhouette finds the two
}

SenseInput workshop() {
    SenseInput input = two_themes();
    const char* texts[] = {"Meer bomen", "meer boomen", "Veilige fietspaden", "veilige fietspaaden", "Een zwembad",
                           "Stadspark met vijver", "Rust in de wijk", "Minder auto's", "minder autos", "Sportvelden",
                           "Bomen langs de ring", "Een bus elk kwartier", "Concerten in het park", "Plus de vélos"};
    int n = 0;
    for (const char* text : texts) {
        std::string id = "c";  // appended, not "c" + …: g++ 12 warns falsely on that (-Wrestrict)
        id += std::to_string(100 + n++);
        input.captures.push_back(note(id, text));
    }
    input.captures.push_back({"c900", "", "", "s1", false});
    input.filed["c104"] = "t-bewegen";
    input.rejected.insert({"c105", "t-ademen"});
    return input;
}

TEST(Suggestions, TheSameInputGivesTheSameBytesInAnyOrder) {
    const SenseInput input = workshop();
    const std::string once = suggestions_json(suggest(input));
    EXPECT_EQ(once, suggestions_json(suggest(input)));
    SenseInput shuffled = input;
    std::reverse(shuffled.captures.begin(), shuffled.captures.end());
    std::reverse(shuffled.themes.begin(), shuffled.themes.end());
    std::rotate(shuffled.captures.begin(), shuffled.captures.begin() + 5, shuffled.captures.end());
    EXPECT_EQ(once, suggestions_json(suggest(shuffled)));
}

TEST(Suggestions, JsonHasTheAgreedShape) {
    Suggestions s;
    s.filing.push_back({"c1", "k1", 0.87654, {"Bomen"}});
    s.groups.push_back({{"bomen", "groen"}, {"c2", "c3"}});
    s.piles.push_back({{"c4", "c5"}});
    EXPECT_EQ(suggestions_json(s),
              R"({"format":"oogst-suggestions-1","filing":[{"capture":"c1","key":"k1","confidence":0.877,"because":["Bomen"]}],)"
              R"("groups":[{"words":["bomen","groen"],"captures":["c2","c3"]}],"piles":[{"captures":["c4","c5"]}]})");
}

}  // namespace
}  // namespace oogst
