// The Toekomstlab's cases and the social value canvas, headless with real taps on a real
// store (issue 16): cases made from the lab tables in one tap, the shortlist toggled, a
// case made with the form, its canvas typed, a block taken over from what the workshop
// knows, saved together and undone together.
#include <gtest/gtest.h>

#include "core/roadmap/lab_cases.hpp"
#include "core/store/store.hpp"
#include "tests/app/roadmap/scroll_into_view.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class CasesTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Toekomstlab Roeselare", "toekomstlab", "Roeselare", {}, {"nl"}});
        store.record(SessionSet{"lab1", "toekomstlab", "Labtafel 1", "", "", 0, 5});
        store.record(SessionSet{"lab2", "toekomstlab", "Labtafel 2", "", "", 0, 5});
        note("a", "lab1", "idee", "Buurtbudget", 5);
        note("b", "lab2", "idee", "Deelbib", 3);
        note("c", "lab2", "doelgroep", "Gezinnen", 3);
    }

    void note(const std::string& id, const std::string& session, const std::string& board, const std::string& text,
              std::uint8_t stars) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = board;
        store.record(added);
        store.record(VoteCast{id, "v1", stars});
    }

    std::vector<RankedCase> ranked() const { return ranked_cases(store.state()); }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
};

TEST_F(CasesTest, TheLabTablesBecomeCasesInOneTapAndTheShortlistTogglesAndUndoes) {
    UiHarness ui(store);
    ui.state().screen = app::Screen::cases;
    ui.frames(2);
    ui.tap("cases.make_from_tables");
    ASSERT_EQ(ranked().size(), 2u) << ui.state().error;
    EXPECT_FALSE(ui.shows("cases.make_from_tables")) << "every table has its case";
    const std::string strongest = ranked().front().item->id;
    EXPECT_EQ(ranked().front().item->title, "Buurtbudget");
    ui.tap("cases.shortlist." + strongest);
    EXPECT_TRUE(store.state().roadmap().shortlisted(strongest));
    ui.tap("cases.shortlist." + strongest);
    EXPECT_FALSE(store.state().roadmap().shortlisted(strongest));
    ui.tap("cases.undo");
    EXPECT_TRUE(store.state().roadmap().shortlisted(strongest));
}

TEST_F(CasesTest, ACaseMadeWithTheFormGetsItsCanvasTypedTakenOverSavedAndUndoneTogether) {
    UiHarness ui(store);
    ui.state().screen = app::Screen::cases;
    ui.frames(2);
    ui.tap("cases.new_case");
    ui.type("Repaircafé");
    scroll_into_view(ui, "case.panel", "case.target_group");
    ui.tap("case.target_group");
    ui.type("Iedereen met iets kapot");
    scroll_into_view(ui, "case.panel", "case.save");
    ui.tap("case.save");
    ASSERT_EQ(ranked().size(), 1u) << ui.state().error;
    const std::string id = ranked().front().item->id;
    scroll_into_view(ui, "case.panel", "case.canvas");
    ui.tap("case.canvas");
    EXPECT_EQ(ui.state().screen, app::Screen::canvas);
    ui.tap("canvas.block.budget");
    ui.type("5.000 euro");
    ui.tap("canvas.take.target_groups");
    ui.tap("canvas.save");
    const RoadmapState& roadmap = store.state().roadmap();
    EXPECT_EQ(roadmap.canvas_block(id, CanvasBlock::budget), "5.000 euro") << ui.state().error;
    EXPECT_EQ(roadmap.canvas_block(id, CanvasBlock::target_groups), "Iedereen met iets kapot");
    EXPECT_EQ(roadmap.canvas_block(id, CanvasBlock::partners), "") << "nothing written unasked";
    ui.tap("canvas.undo");
    EXPECT_EQ(roadmap.canvas_block(id, CanvasBlock::target_groups), "") << "one save, one undo";
    EXPECT_EQ(roadmap.canvas_block(id, CanvasBlock::budget), "");
    EXPECT_EQ(ui.state().roadmap.canvas.blocks[static_cast<std::size_t>(CanvasBlock::budget)], "")
        << "the screen shows the blocks as they are now";
    ui.tap("canvas.back");
    EXPECT_EQ(ui.state().screen, app::Screen::cases);
}

}  // namespace
}  // namespace oogst::testing
