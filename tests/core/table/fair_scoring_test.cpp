// Fair results of a scoring round: notes that say the same are one idea with their
// support, each voter counted once for it, and only the boards the method names are
// scored at all.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/store/store.hpp"
#include "core/table/scoring.hpp"
#include "core/table/same_text.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

TEST(SameText, FoldsCaseAccentsAndWhatSurroundsTheWords) {
    EXPECT_EQ(folded_text("  Meer groen! "), "meer groen");
    EXPECT_EQ(folded_text("MÉÉR GROEN..."), "meer groen");
    EXPECT_EQ(folded_text("« Un café  dans\tchaque quartier » "), "un cafe dans chaque quartier");
    EXPECT_EQ(folded_text("Ça s’arrête ?"), "ca s'arrete");
    EXPECT_EQ(folded_text("Œuvres d’art — IJsselmeer"), "oeuvres d'art — ijsselmeer");
    EXPECT_EQ(folded_text("ĲSBAAN, Straße"), "ijsbaan, strasse");
    EXPECT_EQ(folded_text("Ÿ Ž Ł Ø Æ Þ ÿ"), "y z l o ae th y");
    EXPECT_EQ(folded_text("…!?  "), "") << "nothing but punctuation says nothing";
    EXPECT_EQ(folded_text(""), "");
}

TEST(SameText, KeepsWhatChangesTheMeaningInside) {
    EXPECT_NE(folded_text("Groen, geen beton"), folded_text("Groen geen beton"));
    EXPECT_NE(folded_text("Meer groen"), folded_text("Meer groen in de stad"));
    EXPECT_EQ(folded_text("2 × per week"), "2 × per week") << "signs that are not letters stay";
    EXPECT_EQ(folded_text("Зелень"), "Зелень") << "letters outside Latin are kept as they are";
    EXPECT_EQ(folded_text(std::string("caf\xC3", 4)), std::string("caf\xC3", 4)) << "broken UTF-8 stays, never throws";
}

class FairScoring : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(SessionSet{"s", "droomsessie", "Tafel 1", "", "", 0, 4});
        add("groen-1", "ideeen", "Meer groen!");
        add("bank", "ideeen", "Bankjes op het plein");
        add("groen-2", "ideeen", "  meer GROEN ");
        add("groen-3", "ideeen", "Méér groen.");
        add("droom", "stad-2030", "Meer groen!");  // the same words on a board that is not scored
    }
    void add(const std::string& id, const std::string& board, const std::string& text) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "s";
        added.board = added.prompt = board;
        added.text = text;
        store.record(added);
    }
    void vote(const char* capture, int voter, int score) {
        store.record(VoteCast{capture, voter_token(voter), static_cast<std::uint8_t>(score)});
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    Voting ideas_only{VotingStyle::stars, 5, 3, {"ideeen"}};
};

TEST_F(FairScoring, NotesThatSayTheSameAreOneLineWithTheirSupport) {
    vote("groen-1", 1, 5), vote("groen-2", 1, 3);  // voter 1 scored two copies: counted once, their best
    vote("groen-3", 2, 4);
    vote("bank", 1, 5), vote("bank", 2, 5), vote("bank", 3, 5);
    const auto ranked = ranked_captures(store.state(), "s", ideas_only);
    ASSERT_EQ(ranked.size(), 2u) << "three copies of one idea and another idea";
    EXPECT_EQ(*ranked[0].id, "bank");
    EXPECT_EQ(ranked[0].support, 1);
    EXPECT_EQ(*ranked[1].id, "groen-1") << "the copy made first leads its line";
    EXPECT_EQ(ranked[1].support, 3);
    ASSERT_EQ(ranked[1].same.size(), 2u);
    EXPECT_EQ(*ranked[1].same[0], "groen-2");
    EXPECT_EQ(*ranked[1].same[1], "groen-3");
    EXPECT_EQ(ranked[1].votes, 2) << "two voters, not three votes";
    EXPECT_EQ(ranked[1].total, 5 + 4);
    EXPECT_DOUBLE_EQ(ranked[1].average(), 4.5);
}

TEST_F(FairScoring, WithDotsAVotersDotsOnTheCopiesAddUp) {
    const Voting dots{VotingStyle::dots, 5, 3, {"ideeen"}};
    vote("groen-1", 1, 1), vote("groen-2", 1, 1);
    vote("bank", 2, 1);
    const auto ranked = ranked_captures(store.state(), "s", dots);
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(*ranked[0].id, "groen-1");
    EXPECT_EQ(ranked[0].total, 2);
    EXPECT_EQ(ranked[0].votes, 1);
    EXPECT_EQ(*ranked[1].id, "bank");
}

TEST_F(FairScoring, OnlyTheBoardsTheMethodNamesAreScoredOrRanked) {
    EXPECT_THROW(cast_vote(store, ideas_only, "droom", voter_token(1), 4), NotScored);
    EXPECT_EQ(store.state().capture("droom")->vote_count(), 0);
    cast_vote(store, ideas_only, "bank", voter_token(1), 4);
    EXPECT_EQ(score_of(*store.state().capture("bank"), voter_token(1)), 4);
    for (const auto& line : ranked_captures(store.state(), "s", ideas_only)) EXPECT_NE(*line.id, "droom");

    // A method that names no boards scores every board; one that does not vote, none.
    EXPECT_EQ(ranked_captures(store.state(), "s", Voting{VotingStyle::stars}).size(), 3u)
        << "the dream on another board is another line: the same words, but not the same question";
    EXPECT_THROW(cast_vote(store, Voting{}, "bank", voter_token(2), 4), NotScored);
}

TEST_F(FairScoring, AScoreOnABoardNoLongerScoredCanStillBeTakenBack) {
    vote("droom", 1, 3);  // given before the method named its boards
    cast_vote(store, ideas_only, "droom", voter_token(1), 0);
    EXPECT_EQ(store.state().capture("droom")->vote_count(), 0);
}

}  // namespace
}  // namespace oogst::testing
