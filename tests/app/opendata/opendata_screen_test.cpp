// The desk's Open data screen headless with real taps on a real store (issue 17): a
// survey beside the store is found, its columns mapped by tapping with the first ideas
// previewed, read in on its own thread (and again, adding nothing); a bad file says why
// in the facilitator's language and adds nothing; the Export panel writes a workbook
// beside the store that reads back with the workshop's published words only.
#include <gtest/gtest.h>

#include <fstream>

#include "core/opendata/survey/survey_fields.hpp"
#include "core/spreadsheet/xlsx_reading.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

class OpenDataScreenTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare droomt", "droomsessie", "Roeselare", {"2026-03-02"}, {"nl"}});
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1", "", "Bibliotheek", 0, 6});
        CaptureAdded note;
        note.id = "n1";
        note.session_id = "t1";
        note.text = "Een speeltuin aan de Mandel";
        store.record(note);
        CaptureAdded refused = note;
        refused.id = "n2";
        refused.text = "Niet voor buiten deze zaal";
        store.record(refused);
        store.record(CaptureConsentGiven{"n2", ConsentAspect::publish, false});
    }

    void write(const std::string& name, const std::string& bytes) {
        std::ofstream(folder / name, std::ios::binary) << bytes;
    }

    std::size_t survey_ideas() {
        std::size_t count = 0;
        for (const SessionSet* session : store.state().sessions())
            if (session->method == survey_method) count += store.state().captures_of(session->id).size();
        return count;
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder / "store");
};

TEST_F(OpenDataScreenTest, ASurveyBesideTheStoreIsMappedPreviewedAndReadInOnce) {
    write("enquete.csv", "Tijdstempel;Uw idee;Leeftijd;Sterren\n"
                         "2026-11-20;Een zwembad in de wijk;12-17 jaar;5\n"
                         "2026-11-21;Bankjes langs de Mandel;65+;4\n");
    UiHarness ui(store);
    ui.state().screen = app::Screen::opendata;
    ui.frames(2);
    ui.tap("survey.file.0");
    ui.frames(2);
    EXPECT_NE(ui.text("survey.recognised").text.find("2 rijen"), std::string::npos) << ui.text("survey.recognised").text;
    EXPECT_EQ(ui.text("survey.preview.0").text, "Een zwembad in de wijk") << "the idea column was recognised";

    // The facilitator makes the age band the title, and takes it back.
    ui.tap("survey.column.1.2");
    ui.frames(2);
    EXPECT_EQ(ui.text("survey.preview.0").text, "12-17 jaar — Een zwembad in de wijk");
    ui.tap("survey.column.1.-1");
    ui.frames(2);
    EXPECT_EQ(ui.text("survey.preview.1").text, "Bankjes langs de Mandel");

    ui.tap("survey.import");
    ASSERT_TRUE(run_until(ui, [&] { return !ui.state().opendata.import.job.busy(); }));
    ui.frames(2);
    EXPECT_EQ(survey_ideas(), 2u) << ui.state().error;
    ASSERT_TRUE(ui.shows("survey.file.0")) << "back to the files, with what was done";
    ASSERT_TRUE(ui.state().opendata.import.done.has_value());
    EXPECT_EQ(ui.state().opendata.import.done->added, 2u);

    // The same file again: nothing new.
    const auto operations = store.operation_count();
    ui.tap("survey.file.0");
    ui.frames(2);
    ui.tap("survey.import");
    ASSERT_TRUE(run_until(ui, [&] { return !ui.state().opendata.import.job.busy(); }));
    ui.frames(2);
    EXPECT_EQ(ui.state().opendata.import.done->added, 0u);
    EXPECT_EQ(ui.state().opendata.import.done->already_there, 2u);
    EXPECT_EQ(store.operation_count(), operations);
}

TEST_F(OpenDataScreenTest, ABadScoreIsNamedByItsRowInDutchAndAddsNothing) {
    write("enquete.csv", "Idee;Score\nMeer bomen;4\nEen plein;37\n");
    UiHarness ui(store);
    ui.state().screen = app::Screen::opendata;
    ui.frames(2);
    ui.tap("survey.file.0");
    ui.frames(2);
    const auto operations = store.operation_count();
    ui.tap("survey.import");
    ASSERT_TRUE(run_until(ui, [&] { return !ui.state().opendata.import.job.busy(); }));
    ui.frames(2);
    ASSERT_TRUE(ui.state().opendata.import.problem.has_value());
    EXPECT_TRUE(ui.shows("survey.import")) << "the mapping stays open to choose again";
    EXPECT_EQ(store.operation_count(), operations);
    EXPECT_EQ(survey_ideas(), 0u);
    EXPECT_EQ(ui.state().opendata.import.problem->row, 3u);
}

TEST_F(OpenDataScreenTest, TheExportPanelWritesAWorkbookBesideTheStoreWithOnlyWhatMayBePublished) {
    UiHarness ui(store);
    ui.state().screen = app::Screen::opendata;
    ui.frames(2);
    ui.tap("export.format.xlsx");
    ui.tap("export.write");
    ui.frames(3);
    const std::filesystem::path written = ui.state().opendata.exporting.written;
    ASSERT_FALSE(written.empty()) << ui.state().error;
    EXPECT_EQ(written.parent_path().filename(), "store-publicaties");
    std::ifstream in(written, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    std::string cells;
    for (const SheetRow& row : read_xlsx(bytes))
        for (const std::string& cell : row.cells) cells += cell + "\n";
    EXPECT_NE(cells.find("Een speeltuin aan de Mandel"), std::string::npos);
    EXPECT_EQ(cells.find("Niet voor buiten deze zaal"), std::string::npos) << "a refused note never leaves";

    // Written again: beside the first, never over it.
    ui.tap("export.write");
    ui.frames(3);
    EXPECT_NE(ui.state().opendata.exporting.written, written);
    EXPECT_TRUE(std::filesystem::exists(written));
}

}  // namespace
}  // namespace oogst::testing
