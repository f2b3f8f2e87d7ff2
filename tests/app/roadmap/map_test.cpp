// The stakeholder map's screen, headless with real taps and drags on a real store
// (issue 16, the Speelveld): an actor dragged into place and put back by undo, an actor
// made with the form, a link made by tapping two actors, a link to an actor deleted
// meanwhile refused with a sentence and nothing stored, and the Speelveld tables' notes
// turned into an actor and a link.
#include <gtest/gtest.h>

#include <cmath>

#include "core/roadmap/roadmap_actions.hpp"
#include "core/roadmap/speelveld_notes.hpp"
#include "core/roadmap/stakeholder_map.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

using Ids = std::vector<std::string>;

class MapTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare 2030", "droomsessie", "Roeselare", {}, {"nl"}});
        youth = roadmap.create_actor({"Dienst Jeugd", ActorCategory::administration});
        council = roadmap.create_actor({"Jongerenraad", ActorCategory::citizens});
    }

    void open_map(UiHarness& ui) {
        ui.state().screen = app::Screen::stakeholder_map;
        ui.frames(2);
    }

    // Swipes the side panel until the widget called name is wholly in view.
    static void scroll_to(UiHarness& ui, const std::string& name) {
        for (int tries = 0; tries < 12; ++tries) {
            ui.frame();
            const app::TouchWidget& target = ui.widget(name);
            if (target.visible.GetHeight() >= target.rect.GetHeight() - 1) return;
            const ImRect panel = ui.widget("map.panel").visible;
            const float towards = target.rect.Min.y > panel.GetCenter().y ? -200.0f : 200.0f;
            ui.drag(ImVec2(panel.Max.x - 6, panel.GetCenter().y), ImVec2(0, towards));
            ui.wait(2);  // the glide after the swipe comes to rest
        }
        FAIL() << name << " never came into view";
    }

    MapPoint place_of(const std::string& actor) const { return actor_places(store.state().roadmap()).at(actor); }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;  // another laptop's, or the command line's
    RoadmapActions roadmap{store, history};
    std::string youth, council;
};

TEST_F(MapTest, ADraggedActorIsStoredWhereItWasDroppedAndUndoPutsItBack) {
    UiHarness ui(store);
    open_map(ui);
    const MapPoint before = place_of(youth);
    ASSERT_FALSE(before.placed);
    const ImRect map = ui.widget("map.canvas").rect;
    const ImVec2 from = ui.widget("map.actor." + youth).rect.GetCenter();
    ui.drag(from, ImVec2(-90, 60));
    const MapPoint after = place_of(youth);
    ASSERT_TRUE(after.placed) << ui.state().error;
    EXPECT_NEAR(after.x, before.x - 90 / map.GetWidth(), 0.01);
    EXPECT_NEAR(after.y, before.y + 60 / map.GetHeight(), 0.01);
    EXPECT_NEAR(ui.widget("map.actor." + youth).rect.GetCenter().x, from.x - 90, 2) << "drawn where it was dropped";
    EXPECT_FALSE(place_of(council).placed) << "the others stay";

    ui.tap("map.undo");
    const MapPoint back = place_of(youth);
    EXPECT_EQ(back.x, before.x);
    EXPECT_EQ(back.y, before.y);
}

TEST_F(MapTest, AnActorIsMadeWithTheFormAndOpensBesideTheMap) {
    UiHarness ui(store);
    open_map(ui);
    EXPECT_EQ(ui.text("header.heading").text, "Speelveld: wie met wie");
    ui.tap("map.new_actor");
    ui.type("Hogeschool VIVES");
    scroll_to(ui, "actor.category.5");
    ui.tap("actor.category.5");
    scroll_to(ui, "actor.note");
    ui.tap("actor.note");
    ui.type("onderzoek naar jongeren");
    scroll_to(ui, "actor.save");
    ui.tap("actor.save");
    const auto actors = store.state().roadmap().actors();
    ASSERT_EQ(actors.size(), 3u) << ui.state().error;
    const ActorSet* made = nullptr;
    for (const ActorSet* actor : actors)
        if (actor->name == "Hogeschool VIVES") made = actor;
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->category, ActorCategory::experts);
    EXPECT_EQ(made->note, "onderzoek naar jongeren");
    EXPECT_TRUE(ui.shows("map.actor." + made->id));
    EXPECT_TRUE(ui.shows("actor.verbinden")) << "the new actor is open, ready to be linked";
}

TEST_F(MapTest, ALinkIsMadeByTappingTwoActorsWithItsCompetences) {
    UiHarness ui(store);
    open_map(ui);
    ui.tap("map.actor." + council);
    scroll_to(ui, "actor.verbinden");
    ui.tap("actor.verbinden");
    ui.tap("linking.competences");
    ui.type("luisteren, vertalen naar beleid");
    ui.tap("map.actor." + youth);
    const auto links = store.state().roadmap().links();
    ASSERT_EQ(links.size(), 1u) << ui.state().error;
    EXPECT_EQ(links.front()->from, council);
    EXPECT_EQ(links.front()->to, youth);
    EXPECT_EQ(links.front()->link_kind, LinkKind::verbinden);
    EXPECT_EQ(links.front()->competences, (Ids{"luisteren", "vertalen naar beleid"}));
    EXPECT_TRUE(ui.shows("map.link." + links.front()->id)) << "drawn between them";
    EXPECT_TRUE(ui.shows("link.save")) << "the new link is open";

    // Its competences edited in the panel, then its kind.
    ui.tap("link.competences");
    ui.type(", bemiddelen");
    ui.tap("link.kind.0");
    scroll_to(ui, "link.save");
    ui.tap("link.save");
    EXPECT_EQ(store.state().roadmap().links().front()->link_kind, LinkKind::regie);
    EXPECT_EQ(store.state().roadmap().links().front()->competences,
              (Ids{"luisteren", "vertalen naar beleid", "bemiddelen"}));
}

TEST_F(MapTest, ALinkToAnActorDeletedMeanwhileIsRefusedWithASentenceAndNothingStored) {
    UiHarness ui(store);
    open_map(ui);
    ui.tap("map.actor." + council);
    scroll_to(ui, "actor.regie");
    ui.tap("actor.regie");
    roadmap.remove(council);  // on another laptop, merged in meanwhile
    ui.frame();
    const auto before = store.state().operations_applied();
    ui.tap("linking.to." + youth);
    EXPECT_NE(ui.state().error.find("bestaat niet meer"), std::string::npos) << ui.state().error;
    EXPECT_EQ(store.state().operations_applied(), before);
    EXPECT_TRUE(store.state().roadmap().links().empty());
    EXPECT_FALSE(ui.shows("linking.cancel")) << "a link from a deleted actor cannot be made: the draft is gone";
}

TEST_F(MapTest, SpeelveldNotesBecomeAnActorAndALink) {
    store.record(SessionSet{"s1", speelveld_method, "Speelveld: Jeugd", "", "", 0, 6});
    CaptureAdded actor_note;
    actor_note.id = "n1";
    actor_note.session_id = "s1";
    actor_note.board = "ondernemers";
    actor_note.text = "Cafébazen Stationsplein\nminder overlast";
    store.record(actor_note);
    CaptureAdded link_note = actor_note;
    link_note.id = "n2";
    link_note.board = "regie";
    link_note.text = "Jongerenraad met Dienst Jeugd\nsamen plannen";
    store.record(link_note);
    UiHarness ui(store);
    open_map(ui);

    ui.tap("speelveld.actor.n1");
    const auto actors = store.state().roadmap().actors();
    ASSERT_EQ(actors.size(), 3u) << ui.state().error;
    const ActorSet* made = nullptr;
    for (const ActorSet* actor : actors)
        if (actor->category == ActorCategory::businesses) made = actor;
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->name, "Cafébazen Stationsplein");
    EXPECT_EQ(made->note, "minder overlast");
    EXPECT_EQ(store.state().roadmap().evidence(made->id), Ids{"n1"});
    ASSERT_TRUE(ui.shows("actor.close")) << "the new actor is open";
    scroll_to(ui, "actor.close");
    ui.tap("actor.close");
    EXPECT_FALSE(ui.shows("speelveld.actor.n1")) << "taken over once";

    ui.tap("speelveld.link.n2");
    ui.tap("map.actor." + council);
    ui.tap("map.actor." + youth);
    const auto links = store.state().roadmap().links();
    ASSERT_EQ(links.size(), 1u) << ui.state().error;
    EXPECT_EQ(links.front()->link_kind, LinkKind::regie);
    EXPECT_EQ(links.front()->competences, Ids{"samen plannen"});
    EXPECT_EQ(store.state().roadmap().evidence(links.front()->id), Ids{"n2"});
}

TEST_F(MapTest, TheDebateScreenLeadsToTheMapAndBack) {
    UiHarness ui(store);
    ui.state().screen = app::Screen::debate;
    ui.frames(2);
    ui.tap("roadmap.tab.map");
    EXPECT_EQ(ui.state().screen, app::Screen::stakeholder_map);
    EXPECT_TRUE(ui.shows("map.actor." + youth));
    ui.tap("map.back");
    EXPECT_EQ(ui.state().screen, app::Screen::debate);
}

}  // namespace
}  // namespace oogst::testing
