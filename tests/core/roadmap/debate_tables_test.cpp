// The city debate on a real store: a debate table planned for a key carries copies of
// the key's strongest dreams (not on the wall, never published), its proposals are
// ranked by their stars, and a proposal becomes an initiative in one step, keeping its
// link to the dreams its table read and its scores.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/roadmap/debate_tables.hpp"
#include "core/roadmap/roadmap_evidence.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/wall_cards.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

using Ids = std::vector<std::string>;

class DebateTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare 2030", "droomsessie", "Roeselare", {}, {"nl"}});
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1", "", "", 0, 6});
        store.record(ThemeSet{"ademen", "Ademen", "groen", "rust", "parken"});
        dream("d1", "Meer bomen in de straat", 5);
        dream("d2", "Een park met bankjes", 3);
        dream("d3", "Groene speelplaatsen", 4);
        store.record(ThemeMembershipSet{"ademen", "d1", true});
        store.record(ThemeMembershipSet{"ademen", "d2", true});
        store.record(ThemeMembershipSet{"ademen", "d3", true});
    }

    void dream(const std::string& id, const std::string& text, std::uint8_t stars) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "t1";
        added.text = text;
        added.board = "ideeen";
        added.author_label = "Tafel 1";
        store.record(added);
        store.record(VoteCast{id, "v1", stars});
    }

    std::string proposal(const std::string& session, const std::string& text, std::vector<std::uint8_t> stars) {
        CaptureAdded added;
        // An id is one line (core/model/text_rules.hpp): a proposal's line break stays in its text.
        added.id = "p-" + text;
        std::replace(added.id.begin(), added.id.end(), '\n', ' ');
        added.session_id = session;
        added.text = text;
        added.board = debate_proposals_board;
        store.record(added);
        int voter = 0;
        for (std::uint8_t star : stars) store.record(VoteCast{added.id, "v" + std::to_string(++voter), star});
        return added.id;
    }

    std::string table(std::size_t dreams = debate_dreams) {
        const ThemeProfile profile = theme_profile(store.state(), theme_filing(store.state()), {}, "ademen");
        return plan_debate_table(store, assets.templates, profile, "ademen", "Debattafel Ademen", dreams);
    }

    Assets assets = Assets::load();
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    RoadmapActions roadmap{store, history};
};

TEST_F(DebateTest, ATableForAKeyReadsItsStrongestDreamsAsCopiesThatStayOffTheWall) {
    const std::string session = table(2);
    const SessionSet* planned = store.state().session(session);
    ASSERT_NE(planned, nullptr);
    EXPECT_EQ(planned->method, debate_method);
    EXPECT_EQ(planned->theme_id, "ademen");
    EXPECT_EQ(dreams_read_at(store.state(), session), (Ids{"d1", "d3"})) << "the two strongest, strongest first";
    for (const auto& [id, copy] : store.state().captures_of(session)) {
        EXPECT_EQ(copy->placement.value().board, debate_dreams_board);
        EXPECT_FALSE(copy->consent.published()) << "a copy is never published: its original is";
        EXPECT_FALSE(on_the_wall(store.state(), *copy)) << "a copy is not on the wall";
    }
}

TEST_F(DebateTest, AProposalBecomesAnInitiativeInOneStepKeepingItsDreamsAndScores) {
    const std::string session = table();
    const std::string weak = proposal(session, "Een app", {2, 3});
    const std::string strong = proposal(session, "Een boom per geboorte\nElk kind plant een boom", {5, 4, 5});
    const auto proposals = debate_proposals(store.state(), "ademen");
    ASSERT_EQ(proposals.size(), 2u);
    EXPECT_EQ(proposals[0].capture_id, strong);
    EXPECT_NEAR(proposals[0].score, 14.0 / 3, 1e-9);
    EXPECT_EQ(proposals[0].votes, 3);
    EXPECT_EQ(proposals[1].capture_id, weak);

    const std::string id = promote_proposal(roadmap, store.state(), strong);
    const InitiativeSet* made = store.state().roadmap().initiative(id);
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->title, "Een boom per geboorte");
    EXPECT_EQ(made->description, "Een boom per geboorte\nElk kind plant een boom");
    EXPECT_EQ(made->theme_id, "ademen");
    EXPECT_EQ(made->from_capture, strong);
    const EvidenceCount count = count_evidence(store.state(), store.state().roadmap().evidence(id));
    EXPECT_EQ(count.dreams, 3) << "the dreams its table read";
    EXPECT_EQ(count.tables, 1);
    EXPECT_EQ(count.proposals, 1);
    EXPECT_EQ(promote_proposal(roadmap, store.state(), strong), id) << "promoted once";
    EXPECT_EQ(debate_proposals(store.state(), "ademen")[0].initiative_id, id);
}

TEST_F(DebateTest, OnlyADebateTablesProposalCanBePromoted) {
    const auto before = store.state().operations_applied();
    EXPECT_THROW(promote_proposal(roadmap, store.state(), "d1"), RoadmapError) << "a dream, not a proposal";
    EXPECT_THROW(promote_proposal(roadmap, store.state(), "nothing"), RoadmapError);
    EXPECT_EQ(store.state().operations_applied(), before);
}

}  // namespace
}  // namespace oogst::testing
