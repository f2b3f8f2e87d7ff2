// The wall's piles made on a thread of their own (PileWork): whatever the order in which
// the words change and the work finishes, the piles taken in are those of the words the
// wall follows last, never those of words gone by, nor the nothing that stopped work made.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "app/wall/pile_work.hpp"
#include "core/sense/wall_fingerprint.hpp"
#include "tests/support/operations.hpp"

namespace oogst::testing {
namespace {

class PileWorkTest : public ::testing::Test {
protected:
    void SetUp() override {
        add(SessionSet{"t1", "droomsessie", "Tafel 1: Centrum", "", "", 100, 6});
        // Enough notes that making their piles takes a moment: the words change while
        // the work is under way.
        for (int n = 0; n < 1500; ++n)
            note("n" + std::to_string(n), "Idee " + std::to_string(n) + " voor een wijk met woorden " + std::to_string(n % 97));
        note("bomen", "Meer bomen in het stadspark");
        note("bomen2", "meer bomen in het stadspark!!");
    }

    template <class Payload>
    void add(const Payload& payload) {
        ++sequence;  // first: an argument list does not order its reads and writes
        state.apply(make_operation("laptop", sequence, 1000 + static_cast<std::int64_t>(sequence), payload));
    }
    void note(const std::string& id, const std::string& text) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "t1";
        added.text = text;
        added.board = "ideeen";
        add(added);
    }
    // Follows the state until no work is under way, as the wall does frame after frame.
    static void settle(app::PileWork& work, const WorkshopState& state) {
        work.follow(state, wall_fingerprint(state).words, {});
        while (work.working()) {
            work.wait();
            work.follow(state, wall_fingerprint(state).words, {});
        }
    }
    static bool piled_together(const WallPiles& piles, const std::string& a, const std::string& b) {
        for (const auto& pile : piles)
            if (std::find(pile.begin(), pile.end(), a) != pile.end()) return std::find(pile.begin(), pile.end(), b) != pile.end();
        return false;
    }

    WorkshopState state;
    std::uint64_t sequence = 0;
};

TEST_F(PileWorkTest, ThePilesShownAreThoseOfTheWordsFollowedLast) {
    WorkshopState apart = state;
    apart.apply(make_operation("laptop", ++sequence, 5000, CaptureKeptApart{"bomen2", true}));
    app::PileWork work;
    work.follow(state, wall_fingerprint(state).words, {});
    EXPECT_TRUE(work.working());
    // Kept apart, then put back, while the first piles are being made: that work is
    // stopped, and what it left is not taken for the piles of the words it started from.
    work.follow(apart, wall_fingerprint(apart).words, {});
    work.follow(state, wall_fingerprint(state).words, {});
    settle(work, state);
    EXPECT_TRUE(piled_together(work.piles(), "bomen", "bomen2"));
    EXPECT_EQ(work.piles(), wall_piles(state)) << "as if made in the frame";

    settle(work, apart);
    EXPECT_FALSE(piled_together(work.piles(), "bomen", "bomen2"));
    EXPECT_EQ(work.piles(), wall_piles(apart));
}

}  // namespace
}  // namespace oogst::testing
