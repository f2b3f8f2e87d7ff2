// The city debate's screen, headless with real taps on a real store (issue 16): an
// initiative made with the form, a debate table's proposal promoted in one tap, actions
// added and moved on, dreams linked as evidence and taken back, bad input refused with
// nothing stored, and undo.
#include <gtest/gtest.h>

#include "core/assets/assets.hpp"
#include "core/roadmap/debate_tables.hpp"
#include "core/roadmap/roadmap_evidence.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/theme_profile.hpp"
#include "core/store/store.hpp"
#include "tests/app/roadmap/scroll_into_view.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class DebateTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare 2030", "droomsessie", "Roeselare", {}, {"nl"}});
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1: Centrum", "", "", 100, 6});
        note("c1", "Meer bomen in de straat");
        note("c2", "Een park met bankjes");
        store.record(ThemeSet{"ademen", "Ademen", "groen", "", ""});
        store.record(ThemeMembershipSet{"ademen", "c1", true});
        store.record(ThemeMembershipSet{"ademen", "c2", true});
    }

    void note(const std::string& id, const std::string& text) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "t1";
        added.text = text;
        added.board = "ideeen";
        store.record(added);
    }

    const InitiativeSet* only_initiative() const {
        const auto all = store.state().roadmap().initiatives();
        return all.size() == 1 ? all.front() : nullptr;
    }

    void open_debate(UiHarness& ui) {
        ui.state().screen = app::Screen::debate;
        ui.frames(2);
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
};

TEST_F(DebateTest, AnInitiativeIsMadeWithTheFormAndUndoTakesItAway) {
    UiHarness ui(store);
    open_debate(ui);
    ui.tap("debate.new_initiative");
    ui.type("Bomenplan");
    scroll_into_view(ui, "initiative.panel", "initiative.owner");
    ui.tap("initiative.owner");
    ui.type("Dienst Groen");
    scroll_into_view(ui, "initiative.panel", "initiative.horizon");
    ui.tap("initiative.horizon");
    ui.type("2030");
    scroll_into_view(ui, "initiative.panel", "initiative.status.1");
    ui.tap("initiative.status.1");
    scroll_into_view(ui, "initiative.panel", "initiative.save");
    ui.tap("initiative.save");
    const InitiativeSet* made = only_initiative();
    ASSERT_NE(made, nullptr) << ui.state().error;
    EXPECT_EQ(made->title, "Bomenplan");
    EXPECT_EQ(made->owner, "Dienst Groen");
    EXPECT_EQ(made->horizon, 2030);
    EXPECT_EQ(made->status, InitiativeStatus::planned);
    EXPECT_EQ(made->theme_id, "ademen");
    EXPECT_TRUE(ui.shows("debate.initiative." + made->id));
    ui.tap("debate.undo");
    EXPECT_EQ(only_initiative(), nullptr);
}

TEST_F(DebateTest, AnInitiativeWithoutATitleOrWithABadHorizonIsRefusedAndNothingIsStored) {
    UiHarness ui(store);
    open_debate(ui);
    const auto before = store.state().operations_applied();
    ui.tap("debate.new_initiative");
    scroll_into_view(ui, "initiative.panel", "initiative.save");
    ui.tap("initiative.save");
    EXPECT_FALSE(ui.state().error.empty());
    scroll_into_view(ui, "initiative.panel", "initiative.title");
    ui.tap("initiative.title");
    ui.type("Bomenplan");
    scroll_into_view(ui, "initiative.panel", "initiative.horizon");
    ui.tap("initiative.horizon");
    ui.type("30");
    scroll_into_view(ui, "initiative.panel", "initiative.save");
    ui.tap("initiative.save");
    EXPECT_NE(ui.state().error.find("2030"), std::string::npos) << ui.state().error;
    EXPECT_EQ(store.state().operations_applied(), before);
}

TEST_F(DebateTest, AProposalBecomesAnInitiativeInOneTapWithItsDreams) {
    const Assets assets = Assets::load();
    const ThemeProfile profile = theme_profile(store.state(), theme_filing(store.state()), {}, "ademen");
    const std::string table = plan_debate_table(store, assets.templates, profile, "ademen", "Debattafel Ademen");
    CaptureAdded proposal;
    proposal.id = "p1";
    proposal.session_id = table;
    proposal.text = "Een boom per geboorte";
    proposal.board = debate_proposals_board;
    store.record(proposal);
    store.record(VoteCast{"p1", "v1", 5});
    UiHarness ui(store);
    open_debate(ui);
    ui.tap("debate.promote.p1");
    const InitiativeSet* made = only_initiative();
    ASSERT_NE(made, nullptr) << ui.state().error;
    EXPECT_EQ(made->from_capture, "p1");
    const EvidenceCount count = count_evidence(store.state(), store.state().roadmap().evidence(made->id));
    EXPECT_EQ(count.dreams, 2) << "the dreams its table read";
    EXPECT_EQ(count.proposals, 1);
    EXPECT_FALSE(ui.shows("debate.promote.p1")) << "promoted once";
    EXPECT_TRUE(ui.shows("initiative.title")) << "the new initiative opens beside the list";
}

TEST_F(DebateTest, ActionsAreAddedAndMovedOnAndDreamsLinkedAndTakenBack) {
    UndoHistory history;
    const std::string plan = RoadmapActions(store, history).create_initiative({"ademen", "Bomenplan"});
    UiHarness ui(store);
    open_debate(ui);
    ui.tap("debate.initiative." + plan);
    scroll_into_view(ui, "initiative.panel", "action.what");
    ui.tap("action.what");
    ui.type("Straten kiezen");
    scroll_into_view(ui, "initiative.panel", "action.due");
    ui.tap("action.due");
    ui.type("2027-03-01");
    scroll_into_view(ui, "initiative.panel", "action.add");
    ui.tap("action.add");
    const auto actions = store.state().roadmap().actions_of(plan);
    ASSERT_EQ(actions.size(), 1u) << ui.state().error;
    EXPECT_EQ(actions.front()->due, "2027-03-01");
    const std::string action = actions.front()->id;
    scroll_into_view(ui, "initiative.panel", "action.status." + action);
    ui.tap("action.status." + action);
    EXPECT_EQ(store.state().roadmap().action(action)->status, ActionStatus::running);

    scroll_into_view(ui, "initiative.panel", "evidence.link");
    ui.tap("evidence.link");
    ui.tap("evidence.toggle.c1");
    ui.tap("evidence.done");
    EXPECT_EQ(store.state().roadmap().evidence(plan), std::vector<std::string>{"c1"});
    scroll_into_view(ui, "initiative.panel", "evidence.unlink.c1");
    ui.tap("evidence.unlink.c1");
    EXPECT_TRUE(store.state().roadmap().evidence(plan).empty());
    ui.tap("debate.undo");
    EXPECT_EQ(store.state().roadmap().evidence(plan), std::vector<std::string>{"c1"});
    EXPECT_EQ(store.state().capture("c1")->text.value(), "Meer bomen in de straat") << "words untouched";
}

}  // namespace
}  // namespace oogst::testing
