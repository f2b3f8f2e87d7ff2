// What makes the wall lay its cards out again, or make its piles again: a capture's
// words, place and session do; a vote or a filing does not, so a frame after one keeps
// the cards and only brings their support up to date.
#include <gtest/gtest.h>

#include "core/sense/wall_fingerprint.hpp"
#include "tests/support/operations.hpp"

namespace oogst {
namespace {

using testing::make_operation;

class WallFingerprintTest : public ::testing::Test {
protected:
    void SetUp() override {
        add(SessionSet{"t1", "droomsessie", "Tafel 1: Centrum", "", "", 100, 6});
        add(SessionSet{"t2", "droomsessie", "Tafel 2: Beveren", "", "", 200, 6});
        CaptureAdded added;
        added.id = "a";
        added.session_id = "t1";
        added.text = "Meer bomen in de Ooststraat";
        added.board = "ideeen";
        add(added);
        add(ThemeSet{"groen", "Ademen", "", "", "", ""});
        before = wall_fingerprint(state);
    }

    template <class Payload>
    void add(const Payload& payload) {
        ++sequence;  // first: an argument list does not order its reads and writes
        state.apply(make_operation("laptop", sequence, 1000 + static_cast<std::int64_t>(sequence), payload));
    }

    WorkshopState state;
    std::uint64_t sequence = 0;
    WallFingerprint before;
};

TEST_F(WallFingerprintTest, AVoteOrAFilingLeavesItAsItWas) {
    add(VoteCast{"a", "v1", 4});
    add(ThemeMembershipSet{"groen", "a", true});
    EXPECT_EQ(wall_fingerprint(state), before);
}

TEST_F(WallFingerprintTest, NewWordsChangeBoth) {
    add(CaptureTextEdited{"a", "Meer bomen in het park"});
    const WallFingerprint after = wall_fingerprint(state);
    EXPECT_NE(after.words, before.words);
    EXPECT_NE(after.places, before.places);
}

TEST_F(WallFingerprintTest, KeepingACaptureApartChangesItsWords) {
    add(CaptureKeptApart{"a", true});
    EXPECT_NE(wall_fingerprint(state).words, before.words);
}

TEST_F(WallFingerprintTest, AMoveAMergeOrARenameChangesOnlyThePlaces) {
    add(CaptureMoved{"a", "waarden", 2, 0});
    WallFingerprint after = wall_fingerprint(state);
    EXPECT_EQ(after.words, before.words);
    EXPECT_NE(after.places, before.places);

    WallFingerprint moved = after;
    add(SessionMerged{"t1", "t2"});
    after = wall_fingerprint(state);
    EXPECT_EQ(after.words, before.words);
    EXPECT_NE(after.places, moved.places) << "a shows under Tafel 2 now";

    WallFingerprint merged = after;
    add(SessionTableSet{"t2", "Tafel 2: Beveren-Noord", 6});
    EXPECT_NE(wall_fingerprint(state).places, merged.places);
}

}  // namespace
}  // namespace oogst
