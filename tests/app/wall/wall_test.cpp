// The facilitator's wall, headless with real taps on a real store (issue 13): filing by
// carrying cards onto a key, choosing several cards and making a key of them, a lasso,
// accepting and refusing suggestions, merging and splitting keys, taking a card off its
// pile, and undo. The wall never changes a participant's words.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/sense/theme_actions.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

using Ids = std::vector<std::string>;

class WallTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare 2030", "droomsessie", "Roeselare"});
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1: Centrum", "", "", 100, 6});
        note("c1", "Een café in elke wijk", 0);
        note("c2", "Veilig fietsen naar school", 1);
        note("c3", "Meer bomen in het stadspark", 2);
        note("c4", "Een speeltuin aan de Mandel", 3);
    }

    void note(const std::string& id, const std::string& text, float x) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "t1";
        added.text = text;
        added.board = "ideeen";
        added.x = x;
        store.record(added);
    }
    std::string key(const std::string& name, const Ids& captures = {}, const std::string& needs = "") {
        UndoHistory history;
        return ThemeActions(store, history).create({name, needs}, captures);
    }
    Ids filed_under(const std::string& theme) const { return theme_filing(store.state()).captures(theme); }
    static ImVec2 centre(const app::TouchWidget& widget) { return widget.visible.GetCenter(); }
    static bool says(UiHarness& ui, std::string_view text) { return ui.shell().touch().find_text(text) != nullptr; }

    void open_wall(UiHarness& ui) {
        ui.state().screen = app::Screen::wall;
        ui.frames(2);
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
};

TEST_F(WallTest, ACardCarriedOntoAKeyIsFiledThereAndUndoTakesItBack) {
    const std::string ademen = key("Ademen");
    UiHarness ui(store);
    open_wall(ui);
    const ImVec2 from = centre(ui.widget("wall.card.c3"));
    const ImVec2 to = centre(ui.widget("wall.key." + ademen));
    ui.drag(from, ImVec2(to.x - from.x, to.y - from.y), 0.7f);
    EXPECT_EQ(filed_under(ademen), Ids{"c3"});
    EXPECT_TRUE(ui.state().wall.chosen.empty());
    EXPECT_EQ(store.state().capture("c3")->text.value(), "Meer bomen in het stadspark") << "words untouched";
    ui.tap("wall.undo");
    EXPECT_TRUE(filed_under(ademen).empty());
}

TEST_F(WallTest, ASwipeFromACardPansAndFilesNothing) {
    const std::string ademen = key("Ademen");
    UiHarness ui(store);
    open_wall(ui);
    const ImVec2 from = centre(ui.widget("wall.card.c1"));
    const ImVec2 to = centre(ui.widget("wall.key." + ademen));
    ui.drag(from, ImVec2(to.x - from.x, to.y - from.y));  // no hold: a swipe
    EXPECT_TRUE(filed_under(ademen).empty());
}

TEST_F(WallTest, TapsChooseSeveralCardsThatBecomeANewKey) {
    UiHarness ui(store);
    open_wall(ui);
    ui.tap("wall.card.c1");
    ui.tap("wall.card.c4");
    ui.tap("wall.card.c2");
    ui.tap("wall.card.c2");  // a second tap lets it go
    EXPECT_EQ(ui.state().wall.chosen, (std::set<std::string>{"c1", "c4"}));
    ui.tap("wall.new_key");
    ui.type("Ontmoeten");
    ui.tap("wall.new_key.make");
    ASSERT_EQ(store.state().themes().size(), 1u);
    EXPECT_EQ(store.state().themes().front()->details.value().name, "Ontmoeten");
    EXPECT_EQ(filed_under(store.state().themes().front()->details.value().id), (Ids{"c1", "c4"}));
}

TEST_F(WallTest, ALassoChoosesTheCardsItCrosses) {
    UiHarness ui(store);
    open_wall(ui);
    ui.tap("wall.lasso");
    const app::TouchWidget& canvas = ui.widget("wall.canvas");
    const ImVec2 empty(canvas.visible.Max.x - 20, canvas.visible.Max.y - 20);
    const ImVec2 first = centre(ui.widget("wall.card.c1"));
    ui.drag(empty, ImVec2(first.x - empty.x, first.y - empty.y));
    EXPECT_EQ(ui.state().wall.chosen.size(), 4u);
}

TEST_F(WallTest, ASuggestionIsAcceptedOrRefusedAndARefusalIsRemembered) {
    const std::string ademen = key("Ademen", {}, "bomen park groen natuur");
    const std::string bewegen = key("Bewegen", {}, "fietsen veilig verkeer school");
    UiHarness ui(store);
    open_wall(ui);
    ui.tap("wall.suggest");
    ASSERT_TRUE(ui.shows("wall.accept.c3"));
    ASSERT_TRUE(ui.shows("wall.reject.c2"));
    ui.tap("wall.accept.c3");
    EXPECT_EQ(filed_under(ademen), Ids{"c3"});
    ui.tap("wall.reject.c2");
    EXPECT_TRUE(store.state().theme(bewegen)->rejects("c2"));
    ui.frames(2);
    EXPECT_FALSE(ui.shows("wall.accept.c2")) << "not proposed again";
    ui.tap("wall.undo");
    ui.frames(2);
    EXPECT_TRUE(ui.shows("wall.accept.c2")) << "the refusal undone";
}

TEST_F(WallTest, AKeyIsMergedOnItsPageAndSplitFromTheWall) {
    const std::string ademen = key("Ademen", {"c3"});
    const std::string groen = key("Groen", {"c4", "c1"});
    UiHarness ui(store);
    open_wall(ui);
    ui.tap("wall.key." + groen);
    EXPECT_EQ(ui.state().screen, app::Screen::key_page);
    ui.tap("key.merge");
    ui.tap("key.merge." + ademen);
    EXPECT_EQ(filed_under(ademen), (Ids{"c1", "c3", "c4"}));
    EXPECT_EQ(store.state().themes().size(), 1u);
    ui.tap("key.back");
    // Split c1 and c4 off into a key of their own.
    ui.tap("wall.card.c1");
    ui.tap("wall.card.c4");
    ui.tap("wall.new_key");
    ui.type("Spelen");
    ui.tap("wall.new_key.make");
    EXPECT_EQ(filed_under(ademen), Ids{"c3"});
    // Undo the split, then the merge: Groen is back with what it held.
    ui.tap("wall.undo");
    ui.tap("wall.undo");
    EXPECT_EQ(store.state().themes().size(), 2u);
    EXPECT_EQ(filed_under(groen), (Ids{"c1", "c4"}));
}

TEST_F(WallTest, ARepeatedDreamIsOnePileAndACardComesOffIt) {
    note("c5", "meer bomen in het stadspark!!", 4);
    UiHarness ui(store);
    open_wall(ui);
    ASSERT_EQ(ui.state().wall.cache.counts.cards, 4u) << "c3 and c5 are one pile";
    const std::string pile = ui.shows("wall.card.c3") ? "c3" : "c5";
    ui.tap("wall.card." + pile);
    ui.tap("wall.unpile");
    ui.frames(2);
    EXPECT_EQ(ui.state().wall.cache.counts.cards, 5u);
    EXPECT_TRUE(ui.shows("wall.card.c3"));
    EXPECT_TRUE(ui.shows("wall.card.c5"));
}

TEST_F(WallTest, PilesAreMadeBesideTheWallAndShownWhenReady) {
    note("c5", "meer bomen in het stadspark!!", 4);
    UiHarness ui(store);
    ui.state().screen = app::Screen::wall;
    ui.frame();
    // The first frame does not wait for the piles: every capture is a card of its own,
    // and the header says piles are on their way.
    EXPECT_EQ(ui.state().wall.cache.counts.cards, 5u);
    EXPECT_TRUE(says(ui, "wall.piling"));
    ui.frame();
    EXPECT_EQ(ui.state().wall.cache.counts.cards, 4u) << "c3 and c5 are one pile";
    EXPECT_FALSE(says(ui, "wall.piling"));
}

TEST_F(WallTest, PilesOfWordsThatChangedMeanwhileAreNotShown) {
    note("c5", "meer bomen in het stadspark!!", 4);
    UiHarness ui(store);
    ui.state().screen = app::Screen::wall;
    ui.frame();  // starts making the piles: c3 and c5 one pile
    store.record(CaptureKeptApart{"c5", true});  // on another laptop, before they are made
    ui.frame();
    EXPECT_EQ(ui.state().wall.cache.counts.cards, 5u) << "the pile of c3 and c5 is no longer the state's";
    EXPECT_TRUE(says(ui, "wall.piling"));
    ui.frame();
    EXPECT_EQ(ui.state().wall.cache.counts.cards, 5u);
    EXPECT_FALSE(says(ui, "wall.piling"));
}

TEST_F(WallTest, AVoteArrivingKeepsTheCardsAndShowsItsSupport) {
    UiHarness ui(store);
    open_wall(ui);
    const std::vector<const WallCard*> before = ui.state().wall.cache.shown;
    store.record(VoteCast{"c2", "v1", 4});
    ui.frame();
    const auto& shown = ui.state().wall.cache.shown;
    ASSERT_EQ(shown, before) << "the same cards, not laid out again";
    const auto c2 = std::find_if(shown.begin(), shown.end(), [](const WallCard* card) { return card->id == "c2"; });
    ASSERT_NE(c2, shown.end());
    EXPECT_EQ((*c2)->votes, 1);
    EXPECT_DOUBLE_EQ((*c2)->score, 4.0);
}

TEST_F(WallTest, SearchAndFiltersNarrowTheWallAndSaySo) {
    key("Ademen", {"c3"});
    UiHarness ui(store);
    open_wall(ui);
    ui.tap("wall.search");
    ui.type("CAFE");
    ui.frames(2);
    EXPECT_TRUE(ui.shows("wall.card.c1"));
    EXPECT_FALSE(ui.shows("wall.card.c2"));
    ui.state().wall.filter.search.clear();
    ui.tap("wall.filter.unfiled");
    ui.frames(2);
    EXPECT_FALSE(ui.shows("wall.card.c3"));
    EXPECT_EQ(ui.state().wall.cache.counts.shown, 3u);
}

}  // namespace
}  // namespace oogst::testing
