// The fold's merge semantics: last writer wins per field group, tombstones are final,
// memberships are add/remove by last writer, and order of arrival never matters.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/workshop_state.hpp"
#include "tests/support/operations.hpp"

namespace oogst {
namespace {

using testing::fold;
using testing::make_operation;

CaptureAdded fixed_note(const std::string& id, const std::string& text) {
    CaptureAdded added;
    added.id = id;
    added.session_id = "s1";
    added.text = text;
    added.board = "ideeen";
    return added;
}

TEST(Fold, LaterTextEditWinsWhateverTheArrivalOrder) {
    const auto add = make_operation("tablet-a", 1, 1000, fixed_note("c1", "eerste"));
    const auto early = make_operation("tablet-a", 2, 2000, CaptureTextEdited{"c1", "tweede"});
    const auto late = make_operation("tablet-b", 1, 3000, CaptureTextEdited{"c1", "derde"});

    EXPECT_EQ(fold({add, early, late}).capture("c1")->text.value(), "derde");
    EXPECT_EQ(fold({late, early, add}).capture("c1")->text.value(), "derde");
    EXPECT_EQ(fold({early, add, late}).capture("c1")->text.value(), "derde");
}

TEST(Fold, SameInstantIsDecidedByDeviceSoEveryDeviceAgrees) {
    const auto add = make_operation("tablet-a", 1, 1000, fixed_note("c1", "x"));
    const auto from_a = make_operation("tablet-a", 2, 5000, CaptureTextEdited{"c1", "van a"});
    const auto from_b = make_operation("tablet-b", 1, 5000, CaptureTextEdited{"c1", "van b"});
    EXPECT_EQ(fold({add, from_a, from_b}).capture("c1")->text.value(), "van b");
    EXPECT_EQ(fold({add, from_b, from_a}).capture("c1")->text.value(), "van b");
}

TEST(Fold, TextAndPositionChangedOnTwoDevicesBothSurvive) {
    const auto add = make_operation("tablet-a", 1, 1000, fixed_note("c1", "oud"));
    const auto edit = make_operation("tablet-a", 2, 2000, CaptureTextEdited{"c1", "nieuw"});
    const auto move = make_operation("tablet-b", 1, 1500, CaptureMoved{"c1", "waarden", 3, 4});
    const auto state = fold({move, add, edit});
    const auto* capture = state.capture("c1");
    ASSERT_NE(capture, nullptr);
    EXPECT_EQ(capture->text.value(), "nieuw");
    EXPECT_EQ(capture->placement.value().board, "waarden");
    EXPECT_FLOAT_EQ(capture->placement.value().x, 3);
}

TEST(Fold, DeletionIsATombstoneThatLaterEditsDoNotRevive) {
    const auto add = make_operation("tablet-a", 1, 1000, fixed_note("c1", "weg ermee"));
    const auto remove = make_operation("tablet-a", 2, 2000, CaptureDeleted{"c1"});
    const auto later_edit = make_operation("tablet-b", 1, 9000, CaptureTextEdited{"c1", "toch niet"});
    for (const auto& order : {std::vector{add, remove, later_edit}, std::vector{later_edit, remove, add}}) {
        const auto state = fold(order);
        EXPECT_EQ(state.capture("c1"), nullptr);
        ASSERT_EQ(state.capture_records().count("c1"), 1u);
        EXPECT_TRUE(state.capture_records().at("c1").deleted());
    }
    EXPECT_NE(canonical_json(fold({add, remove})).find(R"({"id":"c1","deleted":true})"), std::string::npos);
    EXPECT_EQ(canonical_json(fold({add, remove})).find("weg ermee"), std::string::npos)
        << "a deleted capture's text must not be published";
}

TEST(Fold, RestoringCancelsOneDeletionAndAnotherDevicesDeletionStands) {
    const auto add = make_operation("tablet-a", 1, 1000, fixed_note("c1", "terug van weg"));
    const auto remove = make_operation("tablet-a", 2, 2000, CaptureDeleted{"c1"});
    const auto restore = make_operation("tablet-a", 3, 3000, CaptureRestored{"c1", "tablet-a", 2});
    const auto remove_elsewhere = make_operation("laptop", 1, 2500, CaptureDeleted{"c1"});
    const auto remove_again = make_operation("tablet-a", 4, 4000, CaptureDeleted{"c1"});
    for (const auto& order : {std::vector{add, remove, restore}, std::vector{restore, remove, add},
                              std::vector{remove, restore, add, restore}}) {
        const auto state = fold(order);
        ASSERT_NE(state.capture("c1"), nullptr);
        EXPECT_EQ(state.capture("c1")->text.value(), "terug van weg");
    }
    for (const auto& order : {std::vector{add, remove, remove_elsewhere, restore},
                              std::vector{restore, remove_elsewhere, add, remove}})
        EXPECT_EQ(fold(order).capture("c1"), nullptr) << "the laptop's deletion was not undone";
    for (const auto& order : {std::vector{add, remove, restore, remove_again}, std::vector{remove_again, restore, add, remove}})
        EXPECT_EQ(fold(order).capture("c1"), nullptr) << "a deletion after the undo stands";
}

TEST(Fold, KeyMembershipIsAddRemoveByLastWriter) {
    const auto key = make_operation("laptop", 1, 1000, ThemeSet{"k1", "Ademen", "", "", ""});
    const auto in = make_operation("laptop", 2, 2000, ThemeMembershipSet{"k1", "c1", true});
    const auto out = make_operation("laptop", 3, 3000, ThemeMembershipSet{"k1", "c1", false});
    const auto in_again = make_operation("laptop-2", 1, 4000, ThemeMembershipSet{"k1", "c1", true});

    EXPECT_TRUE(fold({key, in, out}).theme_records().at("k1").capture_ids().empty());
    EXPECT_TRUE(fold({out, key, in}).theme_records().at("k1").capture_ids().empty());
    EXPECT_EQ(fold({in_again, out, key, in}).theme_records().at("k1").capture_ids(), std::vector<std::string>{"c1"});
}

TEST(Fold, AVoterHasOneScorePerCaptureAndZeroWithdrawsIt) {
    const auto add = make_operation("tablet-a", 1, 1000, fixed_note("c1", "idee"));
    const auto first = make_operation("tablet-a", 2, 2000, VoteCast{"c1", "stem-1", 2});
    const auto changed = make_operation("tablet-a", 3, 3000, VoteCast{"c1", "stem-1", 5});
    const auto other = make_operation("tablet-a", 4, 3500, VoteCast{"c1", "stem-2", 4});
    auto state = fold({changed, add, first, other});
    EXPECT_EQ(state.capture("c1")->score_total(), 9);
    EXPECT_EQ(state.capture("c1")->vote_count(), 2);

    const auto withdrawn = make_operation("tablet-a", 5, 4000, VoteCast{"c1", "stem-2", 0});
    state.apply(withdrawn);
    EXPECT_EQ(state.capture("c1")->score_total(), 5);
    EXPECT_EQ(state.capture("c1")->vote_count(), 1);
}

TEST(Fold, ApplyingTheSameOperationTwiceChangesNothing) {
    const auto add = make_operation("tablet-a", 1, 1000, fixed_note("c1", "idee"));
    const auto vote = make_operation("tablet-a", 2, 2000, VoteCast{"c1", "stem-1", 3});
    EXPECT_EQ(canonical_json(fold({add, vote})), canonical_json(fold({add, vote, vote, add})));
}

TEST(Fold, UnknownKindIsRefusedAndLeavesTheStateAlone) {
    auto state = fold({make_operation("tablet-a", 1, 1000, fixed_note("c1", "idee"))});
    const auto before = canonical_json(state);
    Operation strange;
    strange.id = {"tablet-a", 2};
    strange.stamp = {2000, 0};
    strange.kind = static_cast<OperationKind>(999);
    strange.payload = "xyz";
    EXPECT_THROW(state.apply(strange), FormatError);
    EXPECT_EQ(canonical_json(state), before);
}

TEST(Fold, CaptureCountsLeaveOutDeletedCaptures) {
    auto in_s2 = fixed_note("c3", "elders");
    in_s2.session_id = "s2";
    const auto state = fold({make_operation("tablet-a", 1, 1000, fixed_note("c1", "een")),
                             make_operation("tablet-a", 2, 1001, fixed_note("c2", "twee")),
                             make_operation("tablet-a", 3, 1002, in_s2),
                             make_operation("tablet-a", 4, 1003, CaptureDeleted{"c2"})});
    EXPECT_EQ(state.capture_counts(), (std::map<std::string, std::size_t>{{"s1", 1}, {"s2", 1}}));
}

TEST(Fold, SessionsAreListedOldestFirstAndDeletedOnesDisappear) {
    const auto evening = make_operation("laptop", 1, 1000, SessionSet{"s2", "droomsessie", "Tafel 2", "", "", 200, 0});
    const auto morning = make_operation("laptop", 2, 1001, SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 100, 0});
    auto state = fold({evening, morning});
    ASSERT_EQ(state.sessions().size(), 2u);
    EXPECT_EQ(state.sessions()[0]->id, "s1");
    state.apply(make_operation("laptop", 3, 1002, SessionDeleted{"s1"}));
    ASSERT_EQ(state.sessions().size(), 1u);
    EXPECT_EQ(state.sessions()[0]->id, "s2");
}

}  // namespace
}  // namespace oogst

namespace oogst::testing {
namespace {

// A tablet renames its table without having seen the facilitator's newer place: both
// changes survive, in any order.
TEST(Fold, TheTablesOwnFieldsDoNotUndoTheFacilitatorsEdit) {
    const auto made = make_operation("laptop", 1, 1000, SessionSet{"s", "droomsessie", "Tafel 1", "An", "Bib", 0, 0});
    const auto moved = make_operation("laptop", 2, 3000, SessionSet{"s", "droomsessie", "Tafel 1", "An", "Stadhuis", 0, 0});
    const auto renamed = make_operation("tablet", 1, 5000, SessionTableSet{"s", "Tafel 1: Zuid", 7});
    for (const auto& order : {std::vector{made, moved, renamed}, std::vector{renamed, moved, made},
                              std::vector{moved, renamed, made, renamed}}) {
        const auto state = fold(order);
        ASSERT_NE(state.session("s"), nullptr);
        EXPECT_EQ(state.session("s")->place, "Stadhuis");
        EXPECT_EQ(state.session("s")->table_name, "Tafel 1: Zuid");
        EXPECT_EQ(state.session("s")->participants, 7);
    }
    // A later full edit by the facilitator sets the table's name again.
    const auto renamed_again = make_operation("laptop", 3, 9000, SessionSet{"s", "droomsessie", "Tafel A", "An", "Stadhuis", 0, 0});
    EXPECT_EQ(fold({made, renamed, renamed_again}).session("s")->table_name, "Tafel A");
}

// A session written by the first stores (version 1, no participants) still reads.
TEST(Fold, AVersionOneSessionStillDecodes) {
    // The bytes of SessionSet{"s", "m", "T", "", "", 5} as version 1 wrote them.
    std::string bytes;
    const auto put32 = [&](std::uint32_t v) { for (int i = 0; i < 4; ++i) bytes.push_back(char((v >> (8 * i)) & 0xff)); };
    const auto text = [&](const std::string& t) { put32(static_cast<std::uint32_t>(t.size())); bytes += t; };
    bytes.push_back(1);  // cereal portable binary: little-endian
    put32(1);            // class version
    for (const char* t : {"s", "m", "T", "", ""}) text(t);
    for (int i = 0; i < 8; ++i) bytes.push_back(i == 0 ? 5 : 0);  // starts_at_ms
    try {
        const auto session = wire::decode<SessionSet>(bytes);
        EXPECT_EQ(session.table_name, "T");
        EXPECT_EQ(session.starts_at_ms, 5);
        EXPECT_EQ(session.participants, 0);
    } catch (const std::exception& error) {
        FAIL() << error.what();
    }
}

}  // namespace
}  // namespace oogst::testing
