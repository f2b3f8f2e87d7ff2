// The engine's input from a workshop's state: which captures carry words, children's
// works only with the consent to be shown, keys with what is filed under them.
#include <gtest/gtest.h>

#include "core/model/workshop_state.hpp"
#include "core/sense/sense_input.hpp"
#include "tests/support/operations.hpp"

namespace oogst {
namespace {

using testing::make_operation;

class SenseInputTest : public ::testing::Test {
protected:
    template <class Payload>
    void apply(const Payload& payload) {
        ++sequence;  // first: an argument list does not order its reads and writes
        state.apply(make_operation("d1", sequence, 1000 + static_cast<std::int64_t>(sequence), payload));
    }

    CaptureAdded capture(const std::string& id, const std::string& session, CaptureKind kind, const std::string& text) {
        CaptureAdded added;
        added.id = id, added.session_id = session, added.capture_kind = kind, added.text = text;
        return added;
    }

    WorkshopState state;
    std::uint64_t sequence = 0;
};

TEST_F(SenseInputTest, TakesWordsFromNotesCaptionsAndPoemsAndChildrensWorksOnlyWhenShown) {
    WorkshopSet workshop;
    workshop.id = "w", workshop.name = "Roeselare 2030", workshop.method = "droomsessie", workshop.languages = {"nl"};
    apply(workshop);
    apply(SessionSet{"table", "droomsessie", "Tafel 1", "", "", 0, 0, {}});
    apply(SessionSet{"kiosk", "kinderkiosk", "Mijn droomstad", "", "", 0, 0, {}});
    apply(capture("c-note", "table", CaptureKind::text, "Meer bomen"));
    apply(capture("c-photo", "table", CaptureKind::photo, "Ons stadspark"));  // a caption
    apply(capture("c-drawing", "table", CaptureKind::drawing, ""));
    apply(capture("c-poem", "kiosk", CaptureKind::text, "Een stad vol bomen"));
    apply(capture("c-waiting", "kiosk", CaptureKind::text, "Een zwembad"));
    apply(CaptureConsentGiven{"c-poem", ConsentAspect::exhibit, true});
    apply(ThemeSet{"k-ademen", "Ademen", "groen", "rust", "bomen"});
    apply(ThemeMembershipSet{"k-ademen", "c-note", true});

    const SenseInput input = sense_input(state);
    ASSERT_EQ(input.captures.size(), 4u);  // not the child's work still waiting for its teacher
    EXPECT_EQ(input.captures[0].id, "c-drawing");
    EXPECT_FALSE(input.captures[0].words);
    EXPECT_EQ(input.captures[1].id, "c-note");
    EXPECT_EQ(input.captures[1].language, "nl");  // the workshop speaks one language
    EXPECT_EQ(input.captures[2].id, "c-photo");
    EXPECT_TRUE(input.captures[2].words);
    EXPECT_EQ(input.captures[3].id, "c-poem");
    EXPECT_EQ(input.captures[3].text, "Een stad vol bomen");
    ASSERT_EQ(input.themes.size(), 1u);
    EXPECT_EQ(input.themes[0].name, "Ademen");
    EXPECT_EQ(input.themes[0].future_images, "bomen");
    EXPECT_EQ(input.filed.at("c-note"), "k-ademen");
    EXPECT_TRUE(input.rejected.empty());
}

}  // namespace
}  // namespace oogst
