// The memorandum's synthesis, headless with real taps on a real store (issue 16): the
// strongest phrases of a mission-vision-values table under each part, ranked by the
// dots they got; the mission written and saved as a statement, undone; SWOT+'s future
// image likewise.
#include <gtest/gtest.h>

#include "core/roadmap/synthesis.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class SynthesisTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Memorandum Roeselare", "swot-plus", "Roeselare", {}, {"nl"}});
        store.record(SessionSet{"mt", "missie-visie-waarden", "Managementteam", "", "", 0, 8});
        store.record(SessionSet{"sw", "swot-plus", "SWOT", "", "", 0, 8});
        phrase("m1", "mt", "missie", "We zijn er voor iedereen", {1});
        phrase("m2", "mt", "missie", "Samen maken we de stad", {2, 2, 1});
        phrase("t1", "sw", "toekomstbeeld", "Elke buurt beslist mee", {2});
    }

    void phrase(const std::string& id, const std::string& session, const std::string& board, const std::string& text,
                std::vector<std::uint8_t> dots) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = board;
        store.record(added);
        int voter = 0;
        for (std::uint8_t given : dots) store.record(VoteCast{id, "v" + std::to_string(++voter), given});
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
};

TEST_F(SynthesisTest, ThePhrasesTheTablesBackedMostComeFirst) {
    const auto notes = strongest_on_board(store.state(), mission_method, "missie", 4);
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0].capture_id, "m2");
    EXPECT_EQ(notes[0].total, 5);
    EXPECT_EQ(notes[0].table, "Managementteam");
    EXPECT_EQ(strongest_on_board(store.state(), mission_method, "missie", 1).size(), 1u);
    EXPECT_TRUE(strongest_on_board(store.state(), swot_method, "missie", 4).empty()) << "another method's board";
}

TEST_F(SynthesisTest, TheMissionIsWrittenSavedAndUndone) {
    UiHarness ui(store);
    ui.state().roadmap.synthesis.mission_page = true;
    ui.state().screen = app::Screen::synthesis;
    ui.frames(2);
    ui.tap("statement.mission");
    ui.type("Samen maken we Roeselare");
    ui.tap("synthesis.save");
    EXPECT_EQ(store.state().roadmap().statement(StatementPart::mission), "Samen maken we Roeselare") << ui.state().error;
    ui.tap("synthesis.page.swot");
    ui.tap("statement.future_image");
    ui.type("Elke buurt beslist mee");
    ui.tap("synthesis.save");
    EXPECT_EQ(store.state().roadmap().statement(StatementPart::future_image), "Elke buurt beslist mee");
    ui.tap("synthesis.undo");
    EXPECT_EQ(store.state().roadmap().statement(StatementPart::future_image), "");
    EXPECT_EQ(store.state().roadmap().statement(StatementPart::mission), "Samen maken we Roeselare");
    ui.frames(2);
    EXPECT_EQ(ui.state().roadmap.synthesis.statements[static_cast<std::size_t>(StatementPart::future_image)], "")
        << "the page shows what the store holds after the undo";
}

}  // namespace
}  // namespace oogst::testing
