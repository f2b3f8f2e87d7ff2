// The wall's cards and filters, from a folded state: a child's work only with the
// consent to be shown, a pile as one card with the support of all its notes, a search
// that folds accents and case, and the counts the wall says.
#include <gtest/gtest.h>

#include "core/kiosk/kiosk_work.hpp"
#include "core/sense/wall_cards.hpp"
#include "tests/support/operations.hpp"

namespace oogst {
namespace {

using testing::make_operation;
using Ids = std::vector<std::string>;

class WallCardsTest : public ::testing::Test {
protected:
    void SetUp() override {
        add(SessionSet{"t1", "droomsessie", "Tafel 1: Centrum", "", "", 100, 6});
        add(SessionSet{"t2", "droomsessie", "Tafel 2: Beveren", "", "", 200, 6});
        add(SessionSet{"k", kiosk_method, "Mijn droomstad", "", "", 300, 0});
        note("a", "t1", "Een café in elke wijk", 0);
        note("b", "t1", "Meer bomen in de Ooststraat", 1);
        note("c", "t2", "meer bomen!!", 0);
        note("d", "t2", "Veilig fietsen naar school", 1);
        note("shown", "k", "Een speeltuin op het dak", 0);
        note("waiting", "k", "Een zwembad in de bib", 1);
        add(CaptureConsentGiven{"shown", ConsentAspect::exhibit, true});
        add(VoteCast{"b", "v1", 4});
        add(VoteCast{"b", "v2", 2});
        add(VoteCast{"c", "v3", 5});
        add(ThemeSet{"groen", "Ademen", "", "", "", ""});
        add(ThemeMembershipSet{"groen", "b", true});
    }

    template <class Payload>
    void add(const Payload& payload) {
        ++sequence;  // first: an argument list does not order its reads and writes
        state.apply(make_operation("laptop", sequence, 1000 + static_cast<std::int64_t>(sequence), payload));
    }
    void note(const std::string& id, const std::string& session, const std::string& text, float x) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = "ideeen";
        added.x = x;
        add(added);
    }
    WallCards cards(const WallFilter& filter = {}, const std::vector<Ids>& piles = {}) const {
        return wall_cards(state, theme_filing(state), piles, filter);
    }
    static Ids ids(const WallCards& wall) {
        Ids shown;
        for (const WallCard& card : wall.cards) shown.push_back(card.id);
        return shown;
    }

    WorkshopState state;
    std::uint64_t sequence = 0;
};

TEST_F(WallCardsTest, EveryCaptureButAChildsWorkWithoutConsentInTheSessionsOrder) {
    const WallCards wall = cards();
    EXPECT_EQ(ids(wall), (Ids{"a", "b", "c", "d", "shown"}));
    EXPECT_EQ(wall.counts.captures, 5u);
    EXPECT_EQ(wall.counts.unfiled, 4u);
    EXPECT_TRUE(wall.cards.back().child);
    EXPECT_EQ(wall.cards[1].table, "Tafel 1: Centrum");
    EXPECT_EQ(wall.cards[1].themes, Ids{"groen"});
    EXPECT_DOUBLE_EQ(wall.cards[1].score, 3.0);
    EXPECT_EQ(wall.cards[1].votes, 2);
}

TEST_F(WallCardsTest, APileIsOneCardWithTheSupportOfAllItsNotes) {
    const WallCards wall = cards({}, {{"b", "c"}});
    EXPECT_EQ(ids(wall), (Ids{"a", "b", "d", "shown"}));
    EXPECT_EQ(wall.counts.captures, 5u);
    EXPECT_EQ(wall.counts.cards, 4u);
    EXPECT_EQ(wall.cards[1].pile, (Ids{"b", "c"}));
    EXPECT_EQ(wall.cards[1].tables, 2u) << "b at table 1, c at table 2";
    EXPECT_EQ(wall.cards[1].votes, 3);
    EXPECT_DOUBLE_EQ(wall.cards[1].score, 11.0 / 3);
    // c is not filed, so the pile (b filed, c not) still counts as not filed: all four.
    EXPECT_EQ(wall.counts.unfiled, 4u);
}

TEST_F(WallCardsTest, SearchFoldsAccentsAndCase) {
    WallFilter filter;
    filter.search = "CAFE";
    EXPECT_EQ(ids(cards(filter)), Ids{"a"});
    filter.search = "café";
    EXPECT_EQ(ids(cards(filter)), Ids{"a"});
    filter.search = "beveren";  // a table's name finds its cards
    EXPECT_EQ(ids(cards(filter)), (Ids{"c", "d"}));
    EXPECT_TRUE(text_matches("Één park", "een"));
}

TEST_F(WallCardsTest, FiltersNarrowAndTheCountsSayHowMuch) {
    WallFilter filter;
    filter.unfiled_only = true;
    filter.people = WallPeople::adults;
    const WallCards wall = cards(filter);
    EXPECT_EQ(ids(wall), (Ids{"a", "c", "d"}));
    EXPECT_EQ(wall.counts.shown, 3u);
    EXPECT_EQ(wall.counts.cards, 5u);
    filter = {};
    filter.people = WallPeople::children;
    EXPECT_EQ(ids(cards(filter)), Ids{"shown"});
    filter = {};
    filter.min_score = 4;
    EXPECT_EQ(ids(cards(filter)), Ids{"c"});
    filter = {};
    filter.session_id = "t2";
    filter.theme_id = "groen";
    EXPECT_TRUE(cards(filter).cards.empty());
    filter.session_id = "t1";
    EXPECT_EQ(ids(cards(filter)), Ids{"b"});
}

TEST_F(WallCardsTest, AVoteOrAFilingIsLaidOnTheCardsWithoutLayingThemOutAgain) {
    std::vector<WallCard> kept = lay_out_wall(state, theme_filing(state), {{"b", "c"}});
    add(VoteCast{"a", "v4", 5});
    add(ThemeMembershipSet{"groen", "c", true});
    add_support(kept, state, theme_filing(state));
    // As if worked out from scratch: a's vote counts, and the pile b+c is filed whole.
    const WallCards fresh = cards({}, {{"b", "c"}});
    ASSERT_EQ(kept.size(), fresh.cards.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        EXPECT_EQ(kept[i].id, fresh.cards[i].id);
        EXPECT_EQ(kept[i].votes, fresh.cards[i].votes);
        EXPECT_DOUBLE_EQ(kept[i].score, fresh.cards[i].score);
        EXPECT_EQ(kept[i].themes, fresh.cards[i].themes);
        EXPECT_EQ(kept[i].unfiled, fresh.cards[i].unfiled);
    }
    EXPECT_EQ(kept[0].votes, 1);
    EXPECT_FALSE(kept[1].unfiled) << "b and c are both under Ademen now";
    EXPECT_EQ(wall_counts(kept, kept.size()).unfiled, 3u) << "a, d and the child's work";
}

}  // namespace
}  // namespace oogst
