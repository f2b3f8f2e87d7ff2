// Round trips (issue 17): what Oogst writes, its own readers and Decidim's and Pol.is's
// columns read back. The workbook reads back cell for cell as the spreadsheet CSV; a
// Pol.is export imports into another workshop with its votes as the same scores; a
// Decidim CSV imports with each proposal's title and body.
#include <gtest/gtest.h>

#include "core/opendata/survey/survey_import.hpp"
#include "core/spreadsheet/csv_reading.hpp"
#include "core/spreadsheet/text_encoding.hpp"
#include "core/spreadsheet/xlsx_reading.hpp"
#include "platform/files/published_files.hpp"
#include "tests/core/opendata/export_workshop.hpp"

namespace oogst::testing {
namespace {

using RoundTrip = ExportWorkshop;

std::vector<std::vector<std::string>> cells_of(const std::vector<SheetRow>& rows) {
    std::vector<std::vector<std::string>> cells;
    for (const SheetRow& row : rows) cells.push_back(row.cells);
    return cells;
}

// A workshop of its own, on another laptop, to import into.
struct OtherWorkshop {
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder / "store");
    OtherWorkshop() { store.record(WorkshopSet{"elders", "Elders", "droomsessie", "Elders", {"2027-01-10"}, {"nl", "fr"}}); }

    std::map<std::string, const CaptureRecord*> ideas(const std::string& session_id) {
        std::map<std::string, const CaptureRecord*> found;
        for (const auto& [id, capture] : store.state().captures_of(session_id)) found[capture->text.value()] = capture;
        return found;
    }
};

TEST_F(RoundTrip, TheWorkbookReadsBackAsTheSpreadsheetCsvCellForCell) {
    const auto text = spreadsheet_text(file_of(ExportFormat::csv));
    ASSERT_TRUE(text);
    const CsvReading csv = oogst::read_csv(*text);
    ASSERT_FALSE(csv.broken_at);
    EXPECT_EQ(csv.delimiter, ',');
    const auto workbook = read_xlsx(file_of(ExportFormat::xlsx));
    ASSERT_GT(csv.rows.size(), 10u);
    const auto from_csv = cells_of(csv.rows), from_workbook = cells_of(workbook);
    ASSERT_EQ(from_workbook.size(), from_csv.size());
    for (std::size_t r = 0; r < from_csv.size(); ++r) {
        std::vector<std::string> wanted = from_csv[r], got = from_workbook[r];
        // An empty cell at a row's end is not written in a workbook; a boolean reads back
        // as Excel shows it (TRUE), where the CSV spells it as the Data Package does (true).
        while (!wanted.empty() && wanted.back().empty()) wanted.pop_back();
        for (std::string& cell : wanted)
            if (cell == "true" || cell == "false") cell = cell == "true" ? "TRUE" : "FALSE";
        while (!got.empty() && got.back().empty()) got.pop_back();
        EXPECT_EQ(got, wanted) << "row " << r + 1;
    }
}

TEST_F(RoundTrip, APolisExportImportsWithItsVotesAsTheSameScores) {
    OtherWorkshop other;
    const std::filesystem::path folder = other.folder / "polis";
    platform::write_published_files(folder, exported(ExportFormat::polis_export), true);
    SurveyImport request;
    request.session_name = "Pol.is";
    const SurveyImportReport report = import_survey(other.store, folder, request);
    EXPECT_EQ(report.format, SurveyFormat::polis);
    EXPECT_GT(report.added, 5u);
    const auto found = other.ideas(report.session_id);
    // d2 had a vote of 3 (a pass), d3 one of 1 (a disagree): the same stars come back.
    for (const auto& [id, record] : store.state().capture_records()) {
        if (!record.live() || !found.count(record.text.value())) continue;
        const CaptureRecord& back = *found.at(record.text.value());
        EXPECT_EQ(back.vote_count(), record.vote_count()) << record.text.value();
        int mapped = 0;
        for (const auto& [voter, vote] : record.votes) {
            const int stars = vote.value();
            mapped += stars == 0 ? 0 : stars >= 4 ? 5 : stars == 3 ? 3 : 1;
        }
        EXPECT_EQ(back.score_total(), mapped) << record.text.value();
    }
    ASSERT_TRUE(found.count("Autovrij centrum\nGeen auto's meer op de Grote Markt"));
    // Imported again: nothing new.
    EXPECT_EQ(import_survey(other.store, folder, request).added, 0u);
}

TEST_F(RoundTrip, ADecidimCsvImportsWithItsTitlesAndBodies) {
    OtherWorkshop other;
    const std::filesystem::path file = other.folder / "voorstellen.csv";
    ExportRequest all;
    all.proposals = ProposalChoice::all;
    platform::write_published_files(file, exported(ExportFormat::decidim_csv, all), false);
    const SurveyImportReport report = import_survey(other.store, file, {});
    EXPECT_EQ(report.format, SurveyFormat::decidim) << "recognised by its title/… and body/… columns";
    const auto found = other.ideas(report.session_id);
    ASSERT_TRUE(found.count("Autovrij centrum\nGeen auto's meer op de Grote Markt"));
    EXPECT_EQ(found.at("Autovrij centrum\nGeen auto's meer op de Grote Markt")->field(survey_field::title),
              "Autovrij centrum");
    EXPECT_EQ(report.added, report.rows);
}

}  // namespace
}  // namespace oogst::testing
