// Scoring rounds and the round timer, without a window.
#include <gtest/gtest.h>

#include "core/store/store.hpp"
#include "core/table/round_timer.hpp"
#include "core/table/scoring.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class Scoring : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(SessionSet{"s", "droomsessie", "Tafel 1", "", "", 0, 3});
        for (const char* id : {"a", "b", "c", "d"}) {
            CaptureAdded added;
            added.id = id;
            added.session_id = "s";
            added.text = id;
            store.record(added);
        }
    }
    void vote(const char* capture, int voter, int score) {
        store.record(VoteCast{capture, voter_token(voter), static_cast<std::uint8_t>(score)});
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    const Voting stars{VotingStyle::stars};
};

// Issue 12 made the ranking fair: by the average score, not the total, so a capture is
// not ahead only because more people happened to score it.
TEST_F(Scoring, RanksByAverageThenVotersThenAge) {
    vote("b", 1, 5), vote("b", 2, 4);  // 9 from two: 4.5
    vote("c", 1, 3), vote("c", 2, 3), vote("c", 3, 3);  // 9 from three: 3
    vote("d", 1, 2);
    const auto ranked = ranked_captures(store.state(), "s", stars);
    ASSERT_EQ(ranked.size(), 4u);
    EXPECT_EQ(*ranked[0].id, "b");
    EXPECT_EQ(ranked[0].total, 9);
    EXPECT_EQ(ranked[0].votes, 2);
    EXPECT_DOUBLE_EQ(ranked[0].average(), 4.5);
    EXPECT_EQ(*ranked[1].id, "c");
    EXPECT_EQ(ranked[1].votes, 3);
    EXPECT_EQ(*ranked[2].id, "d");
    EXPECT_EQ(*ranked[3].id, "a");
    EXPECT_EQ(ranked[3].votes, 0);
}

TEST_F(Scoring, AnEqualAverageGoesToTheCaptureMoreVotersScored) {
    vote("a", 1, 4);             // 4 from one
    vote("c", 1, 4), vote("c", 2, 4);  // 4 from two
    vote("b", 1, 5), vote("b", 2, 3);  // 4 from two, made before c
    const auto ranked = ranked_captures(store.state(), "s", stars);
    ASSERT_EQ(ranked.size(), 4u);
    EXPECT_EQ(*ranked[0].id, "b") << "equal average and voters: the one made first";
    EXPECT_EQ(*ranked[1].id, "c");
    EXPECT_EQ(*ranked[2].id, "a");
    EXPECT_EQ(*ranked[3].id, "d");
}

TEST_F(Scoring, AVoterChangingAScoreReplacesItAndZeroWithdrawsIt) {
    vote("a", 1, 2);
    vote("a", 1, 5);
    EXPECT_EQ(store.state().capture("a")->score_total(), 5);
    vote("a", 1, 0);
    EXPECT_EQ(store.state().capture("a")->vote_count(), 0);
}

TEST_F(Scoring, DotsLeftCountsAVotersDotsInTheSession) {
    EXPECT_EQ(dots_left(store.state(), "s", voter_token(1), 3), 3);
    vote("a", 1, 2);
    vote("b", 1, 1);
    vote("b", 2, 1);
    EXPECT_EQ(dots_left(store.state(), "s", voter_token(1), 3), 0);
    EXPECT_EQ(dots_left(store.state(), "s", voter_token(2), 3), 2);
    EXPECT_EQ(score_of(*store.state().capture("a"), voter_token(1)), 2);
}

TEST(RoundTimerTest, CountsDownPausesAndResets) {
    RoundTimer timer;
    timer.set(600);
    EXPECT_EQ(timer.remaining(0), 600);
    timer.start(100);
    EXPECT_DOUBLE_EQ(timer.remaining(160), 540);
    timer.pause(160);
    EXPECT_DOUBLE_EQ(timer.remaining(1000), 540) << "a paused timer does not run";
    timer.start(1000);
    EXPECT_DOUBLE_EQ(timer.remaining(1040), 500);
    EXPECT_NEAR(timer.elapsed_fraction(1040), 100.0 / 600, 1e-9);
    EXPECT_FALSE(timer.finished(1040));
    EXPECT_TRUE(timer.finished(2000));
    EXPECT_EQ(timer.remaining(5000), 0);
    timer.reset();
    EXPECT_FALSE(timer.running());
    EXPECT_EQ(timer.remaining(6000), 600);
}

}  // namespace
}  // namespace oogst::testing
