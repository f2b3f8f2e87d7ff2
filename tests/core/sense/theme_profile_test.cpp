// A key's page from the state: its adults' cards strongest first, its children's works
// apart (only with the consent to be shown), its votes by stars and by table, and the
// values its tables wrote, each once.
#include <gtest/gtest.h>

#include "core/kiosk/kiosk_work.hpp"
#include "core/sense/theme_profile.hpp"
#include "tests/support/operations.hpp"

namespace oogst {
namespace {

using testing::make_operation;

class ThemeProfileTest : public ::testing::Test {
protected:
    template <class Payload>
    void add(const Payload& payload) {
        ++sequence;  // first: an argument list does not order its reads and writes
        state.apply(make_operation("laptop", sequence, 1000 + static_cast<std::int64_t>(sequence), payload));
    }
    void note(const std::string& id, const std::string& session, const std::string& board, const std::string& text) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = board;
        add(added);
    }
    ThemeProfile profile() const { return theme_profile(state, theme_filing(state), {}, "k"); }

    WorkshopState state;
    std::uint64_t sequence = 0;
};

TEST_F(ThemeProfileTest, CardsByStrengthChildrenApartVotesAndTheTablesValues) {
    add(SessionSet{"t1", "droomsessie", "Tafel 1", "", "", 100, 6});
    add(SessionSet{"t2", "droomsessie", "Tafel 2", "", "", 200, 6});
    add(SessionSet{"kiosk", kiosk_method, "Mijn droomstad", "", "", 300, 0});
    note("weak", "t1", "ideeen", "Een bank in het park");
    note("strong", "t2", "ideeen", "Meer bomen in de straat");
    note("value", "t1", values_board, "Rust");
    note("value-again", "t1", values_board, "rust!");
    note("other-table-value", "t2", values_board, "Samen");
    note("child-shown", "kiosk", "werk", "Een boomhut");
    note("child-waiting", "kiosk", "werk", "Een zwembad");
    add(CaptureConsentGiven{"child-shown", ConsentAspect::exhibit, true});
    add(VoteCast{"weak", "v1", 2});
    add(VoteCast{"strong", "v2", 5});
    add(VoteCast{"strong", "v3", 4});
    add(ThemeSet{"k", "Ademen", "", "", "", ""});
    for (const char* id : {"weak", "strong", "child-shown", "child-waiting"}) add(ThemeMembershipSet{"k", id, true});

    const ThemeProfile page = profile();
    ASSERT_EQ(page.cards.size(), 2u);
    EXPECT_EQ(page.cards[0].id, "strong");
    EXPECT_EQ(page.cards[1].id, "weak");
    ASSERT_EQ(page.children.size(), 1u) << "a child's work only with the consent to be shown";
    EXPECT_EQ(page.children[0].id, "child-shown");
    EXPECT_EQ(page.score_counts[1], 1);
    EXPECT_EQ(page.score_counts[3], 1);
    EXPECT_EQ(page.score_counts[4], 1);
    EXPECT_EQ(page.votes_by_table.at("Tafel 2"), 2);
    EXPECT_EQ(page.cards_by_method.at("droomsessie"), 2);
    EXPECT_EQ(page.table_values, (std::vector<std::string>{"Rust", "Samen"}));
}

}  // namespace
}  // namespace oogst
