// The desk's Publish screen headless with real taps on a real store (issue 14): the
// pages previewed are the PDF's, leafed through; "Make it" writes beside the store and
// never over what is there; the newspaper and the gallery are made from the same
// screen; a place that cannot be written says so and loses nothing.
#include <gtest/gtest.h>

#include <fstream>

#include "app/publish/publish_screen.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/core/publish/publish_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

std::string read(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class PublishScreenTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare droomt", "droomsessie", "Roeselare", {"2026-03-02"}, {"nl"}});
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1", "", "Bibliotheek", 0, 6});
        store.record(SessionSet{"k", kiosk_method, "Mijn droomstad", "", "School", 0, 0});
        store.record(ThemeSet{"ademen", "Ademen", "rust", "natuur", "parken"});
        for (int i = 0; i < 40; ++i) {
            CaptureAdded added;
            added.id = "d" + std::to_string(i);
            added.session_id = "t1";
            added.text = "Droom " + std::to_string(i) + ": " + std::string(i % 3 ? "bomen in de straat" : "een zwembad");
            store.record(added);
            store.record(ThemeMembershipSet{"ademen", added.id, true});
        }
        child("published", "De rivier zingt", true);
        child("private", "Geheim gedicht", false);
    }

    void child(const std::string& id, const std::string& poem, bool publish) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "k";
        added.text = poem;
        store.record(added);
        store.record(CaptureConsentGiven{id, ConsentAspect::exhibit, true});
        if (publish) store.record(CaptureConsentGiven{id, ConsentAspect::publish, true});
    }

    std::filesystem::path published(const std::string& name) { return folder / "store-publicaties" / name; }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder / "store");
};

TEST_F(PublishScreenTest, ThePagesPreviewedAreLeafedThroughAndTheNoteIsMadeBesideTheStore) {
    UiHarness ui(store);
    ui.state().screen = app::Screen::publish;
    ui.frames(3);
    const std::string first = ui.text("publish.preview").text;
    ASSERT_EQ(first.rfind("1/", 0), 0u) << first;
    EXPECT_GE(std::stoi(first.substr(2)), 4) << "cover, contents, figures, a key, annexes";
    ui.tap("publish.next");
    ui.frames(3);
    EXPECT_EQ(ui.text("publish.preview").text.rfind("2/", 0), 0u);

    ui.tap("publish.write");
    ui.frames(3);
    const std::filesystem::path note = published("orientatienota-nl-a4.pdf");
    ASSERT_TRUE(std::filesystem::exists(note)) << ui.state().error;
    const std::string words = pdf_words(read(note));
    EXPECT_NE(words.find("Ademen"), std::string::npos);
    EXPECT_NE(ui.text("publish.result").text.find("orientatienota-nl-a4.pdf"), std::string::npos);

    // Made again: beside the first, which stays as it was handed round.
    const std::string before = read(note);
    ui.tap("publish.write");
    ui.frames(3);
    EXPECT_TRUE(std::filesystem::exists(published("orientatienota-nl-a4 (2).pdf")));
    EXPECT_EQ(read(note), before);
}

TEST_F(PublishScreenTest, TheNewspaperInFrenchAndTheGalleryComeFromTheSameScreen) {
    UiHarness ui(store);
    ui.state().screen = app::Screen::publish;
    ui.frames(2);
    ui.tap("publish.kind.newspaper");
    ui.tap("publish.lang.fr");
    ui.tap("publish.paper.a3");
    ui.frames(3);
    EXPECT_EQ(ui.text("publish.preview").text.rfind("1/", 0), 0u) << "the newspaper's own pages";
    ui.tap("publish.write");
    ui.frames(3);
    const std::filesystem::path paper = published("krant-van-de-toekomst-fr-a3.pdf");
    ASSERT_TRUE(std::filesystem::exists(paper)) << ui.state().error;
    EXPECT_NE(poppler("pdfinfo", read(paper)).find("841.89 x 1190.55"), std::string::npos);

    ui.tap("publish.kind.gallery");
    ui.frames(2);
    EXPECT_FALSE(ui.shows("publish.preview")) << "a folder of pictures has no pages";
    ui.tap("publish.write");
    ui.frames(3);
    const std::string index = read(published("tentoonstelling-fr") / "index.html");
    EXPECT_NE(index.find("De rivier zingt"), std::string::npos);
    EXPECT_EQ(index.find("Geheim gedicht"), std::string::npos) << "a child's work without the consent to publish";
}

TEST_F(PublishScreenTest, APlaceThatCannotBeWrittenSaysSoAndNothingIsLost) {
    std::ofstream(folder / "store-publicaties") << "a file where the folder would go";
    UiHarness ui(store);
    ui.state().screen = app::Screen::publish;
    ui.frames(2);
    const auto operations = store.operation_count();
    ui.tap("publish.write");
    ui.frames(3);
    EXPECT_FALSE(ui.state().error.empty());
    EXPECT_NE(ui.text("publish.result").text.find("store-publicaties"), std::string::npos) << ui.text("publish.result").text;
    EXPECT_EQ(store.operation_count(), operations);
    EXPECT_EQ(read(folder / "store-publicaties"), "a file where the folder would go");
}

}  // namespace
}  // namespace oogst::testing
