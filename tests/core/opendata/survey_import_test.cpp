// An online survey joins the harvest (issue 17): real files on disk (CSV as spreadsheet
// programs write them, an Excel workbook written by libxlsxwriter, Decidim's and Pol.is's
// exports), imported into a real store, read again, changed, and refused when bad.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <fstream>

#include "core/model/canonical_json.hpp"
#include "core/opendata/survey/survey_fields.hpp"
#include "core/opendata/survey/survey_import.hpp"
#include "core/opendata/survey/survey_problem.hpp"
#include "core/publish/publishable.hpp"
#include "tests/core/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

using Kind = SurveyProblem::Kind;

class SurveyImportTest : public PrepareTest {
protected:
    void SetUp() override {
        PrepareTest::SetUp();
        make_workshop();
    }

    std::filesystem::path write(const std::string& name, const std::string& bytes) {
        const auto path = files.path() / name;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    // The live captures of the survey's session, by their text.
    std::map<std::string, const CaptureRecord*> ideas(const std::string& session_id) {
        std::map<std::string, const CaptureRecord*> found;
        for (const auto& [id, capture] : store->state().captures_of(session_id)) found[capture->text.value()] = capture;
        return found;
    }

    static double stars(const CaptureRecord& capture) {
        return capture.vote_count() ? static_cast<double>(capture.score_total()) / capture.vote_count() : 0;
    }

    // The import must fail with kind and leave the store as it was.
    SurveyProblem refused_import(Kind kind, const std::filesystem::path& file, SurveyImport request = {}) {
        const std::string before = canonical_json(store->state());
        const auto operations = store->operation_count();
        try {
            import_survey(*store, file, request);
        } catch (const SurveyError& error) {
            EXPECT_EQ(name_of(error.problem().kind), name_of(kind)) << error.what();
            EXPECT_EQ(store->operation_count(), operations) << "nothing is recorded";
            EXPECT_EQ(canonical_json(store->state()), before);
            return error.problem();
        }
        ADD_FAILURE() << "the file was not refused";
        return {};
    }

    TemporaryFolder files;
};

// Excel's "CSV" on a Belgian Windows: a byte-order mark would be UTF-8, this one is
// Windows-1252 with ';' between cells, a quoted cell holding a line break and a ';', and
// CR LF line ends.
const std::string spreadsheet_csv =
    "Tijdstempel;Uw idee voor Roeselare;Leeftijd;Score\r\n"
    "2026-11-20 10:02;Een caf\xe9 in het stadspark;18-25 jaar;4\r\n"
    "2026-11-20 10:05;\"Meer bomen;\r\nook in de Ooststraat\";65+;5\r\n"
    ";;;\r\n"
    "2026-11-21 09:00;Veilige fietspaden naar school \x80 betaalbaar;26-40 jaar;4,4\r\n";

TEST_F(SurveyImportTest, ASpreadsheetsCsvInWindows1252WithSemicolonsAndALineBreakImports) {
    const auto file = write("enquete.csv", spreadsheet_csv);
    const SurveyImportReport report = import_survey(*store, file, {});
    EXPECT_EQ(report.format, SurveyFormat::csv);
    EXPECT_EQ(report.rows, 3u) << "the empty row is no row";
    EXPECT_EQ(report.added, 3u);
    EXPECT_EQ(report.session_name, "Online bevraging");

    const SessionSet* session = store->state().session(report.session_id);
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->method, survey_method);
    const auto found = ideas(report.session_id);
    ASSERT_EQ(found.size(), 3u);
    const CaptureRecord* cafe = found.at("Een café in het stadspark");
    EXPECT_EQ(cafe->field(survey_field::group), "18-25 jaar");
    EXPECT_EQ(cafe->field(survey_field::date), "2026-11-20 10:02");
    EXPECT_EQ(cafe->field(survey_field::source), "enquete.csv#2");
    EXPECT_EQ(cafe->vote_count(), 1);
    EXPECT_EQ(stars(*cafe), 4);
    ASSERT_TRUE(found.count("Meer bomen;\nook in de Ooststraat"));
    EXPECT_EQ(found.at("Meer bomen;\nook in de Ooststraat")->field(survey_field::source), "enquete.csv#3");
    // 4,4 is a Belgian decimal: rounded to 4 stars; € came through Windows-1252.
    const CaptureRecord* paths = found.at("Veilige fietspaden naar school € betaalbaar");
    EXPECT_EQ(stars(*paths), 4);
    EXPECT_EQ(paths->field(survey_field::source), "enquete.csv#5");
    // The tables' rule: adults' ideas are published unless refused.
    EXPECT_TRUE(publishable(store->state(), *cafe));
}

TEST_F(SurveyImportTest, TheSameFileAgainAddsNothingAndAChangedOneOnlyItsNews) {
    const std::string first = "idee,voor,tegen\nMeer bomen,10,2\nEen zwembad,3,0\nMeer bomen,1,0\n";
    const auto file = write("ideeen.csv", first);
    const SurveyImportReport once = import_survey(*store, file, {});
    EXPECT_EQ(once.added, 3u) << "the same words twice are two people's ideas";
    const auto operations = store->operation_count();
    const std::string state = canonical_json(store->state());

    const SurveyImportReport again = import_survey(*store, file, {});
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.already_there, 3u);
    EXPECT_EQ(again.votes_changed, 0u);
    EXPECT_EQ(store->operation_count(), operations) << "importing the same file again adds nothing";
    EXPECT_EQ(canonical_json(store->state()), state);

    // A week later the survey has one more idea and two more agrees for the trees.
    write("ideeen.csv", "idee,voor,tegen\nMeer bomen,12,2\nEen zwembad,3,0\nMeer bomen,1,0\nEen speeltuin,0,0\n");
    const SurveyImportReport changed = import_survey(*store, file, {});
    EXPECT_EQ(changed.added, 1u);
    EXPECT_EQ(changed.already_there, 3u);
    EXPECT_EQ(changed.votes_changed, 2u);
    EXPECT_EQ(store->operation_count(), operations + 1 + 2);
    int trees_votes = 0;
    for (const auto& [id, capture] : store->state().captures_of(once.session_id))
        if (capture->text.value() == "Meer bomen") trees_votes = std::max(trees_votes, capture->vote_count());
    EXPECT_EQ(trees_votes, 14) << "12 agrees and 2 disagrees";

    // Fewer agrees than before withdraws the ones the file no longer counts.
    write("ideeen.csv", "idee,voor,tegen\nMeer bomen,11,2\nEen zwembad,3,0\nMeer bomen,1,0\nEen speeltuin,0,0\n");
    EXPECT_EQ(import_survey(*store, file, {}).votes_changed, 1u);
}

TEST_F(SurveyImportTest, TwoLaptopsImportingTheSameFileMakeTheSameIds) {
    const auto file = write("enquete.csv", spreadsheet_csv);
    const SurveyImportReport here = import_survey(*store, file, {});
    std::set<std::string> ids_here;
    for (const auto& [id, capture] : store->state().captures_of(here.session_id)) ids_here.insert(*id);

    // The second laptop holds the same workshop (its WorkshopSet came with a bundle).
    TemporaryFolder other_folder;
    Store other = Store::open_or_create(other_folder.path());
    create_workshop(other, {"Roeselare 2030", "droomsessie", "Roeselare", {"2026-12-04"}, {"nl"}}, methods);
    WorkshopSet same = store->state().workshop();
    other.record(same);  // the later write wins: both now name the same workshop
    std::set<std::string> ids_there;
    const SurveyImportReport there = import_survey(other, file, {});
    for (const auto& [id, capture] : other.state().captures_of(there.session_id)) ids_there.insert(*id);
    EXPECT_EQ(here.session_id, there.session_id);
    EXPECT_EQ(ids_here, ids_there);
}

TEST_F(SurveyImportTest, ColumnsNamedByWordLetterOrNumberWinOverWhatIsRecognised) {
    const auto file = write("vrij.csv", "A;B;C\nx;Een bankje aan de vijver;3\ny;Een hondenweide;5\n");
    SurveyImport request;
    request.columns.text = "B";
    request.columns.score = "3";
    request.session_name = "Enquête najaar";
    const SurveyImportReport report = import_survey(*store, file, request);
    EXPECT_EQ(report.added, 2u);
    EXPECT_EQ(report.session_name, "Enquête najaar");
    const auto found = ideas(report.session_id);
    ASSERT_TRUE(found.count("Een hondenweide"));
    EXPECT_EQ(stars(*found.at("Een hondenweide")), 5);

    request.columns.text = "Q";
    const SurveyProblem problem = refused_import(Kind::unknown_column, file, request);
    EXPECT_EQ(problem.value, "Q");
    EXPECT_EQ(problem.name, "A, B, C");
}

TEST_F(SurveyImportTest, AnIdeaWithItsExplanationBecomesTitleAndText) {
    const auto file = write("uitleg.csv", "Uw idee;Toelichting;Duimpjes\nEen jeugdhuis;Met een podium voor bandjes;7\n");
    const SurveyImportReport report = import_survey(*store, file, {});
    const auto found = ideas(report.session_id);
    ASSERT_TRUE(found.count("Een jeugdhuis\nMet een podium voor bandjes"));
    const CaptureRecord* youth = found.at("Een jeugdhuis\nMet een podium voor bandjes");
    EXPECT_EQ(youth->field(survey_field::title), "Een jeugdhuis");
    EXPECT_EQ(youth->vote_count(), 7) << "thumbs up are agrees";
}

TEST_F(SurveyImportTest, DecidimsCsvExportIsRecognisedItsHtmlReadAndItsAuthorsLeftOut) {
    const std::string decidim =
        "id;category/id;category/name/nl;title/nl;body/nl;supports;published_at;withdrawn;author/name;author/nickname\n"
        "118;7;Mobiliteit;Een fietsstraat;\"<p>Maak van de <strong>Noordstraat</strong> een fietsstraat &amp; plant "
        "bomen.</p>\";3;2026-10-01T12:00:00+02:00;false;Jan Peeters;jpeeters\n"
        "119;8;Groen;Een stadsbos;<p>Een bos waar kinderen spelen.</p>;0;2026-10-02T12:00:00+02:00;false;Ann Claes;aclaes\n"
        "120;8;Groen;Teruggetrokken;<p>Niet meer.</p>;5;2026-10-03T12:00:00+02:00;true;Piet;piet\n";
    const auto file = write("decidim-proposals.csv", decidim);
    const SurveyImportReport report = import_survey(*store, file, {});
    EXPECT_EQ(report.format, SurveyFormat::decidim);
    EXPECT_EQ(report.added, 2u);
    EXPECT_EQ(report.withdrawn, 1u) << "a withdrawn proposal was taken back by its author";
    const auto found = ideas(report.session_id);
    ASSERT_TRUE(found.count("Een fietsstraat\nMaak van de Noordstraat een fietsstraat & plant bomen."));
    const CaptureRecord* street = found.at("Een fietsstraat\nMaak van de Noordstraat een fietsstraat & plant bomen.");
    EXPECT_EQ(street->field(survey_field::title), "Een fietsstraat");
    EXPECT_EQ(street->field(survey_field::category), "Mobiliteit");
    EXPECT_EQ(street->field(survey_field::platform_id), "decidim:118");
    EXPECT_EQ(street->vote_count(), 3) << "three supports";
    EXPECT_EQ(stars(*street), 5);
    const std::string everything = canonical_json(store->state());
    for (const char* name : {"Jan Peeters", "jpeeters", "Ann Claes", "Teruggetrokken"})
        EXPECT_EQ(everything.find(name), std::string::npos) << name << " must not be imported";

    // An edited proposal keeps its identity: the same id is the same idea.
    write("decidim-proposals.csv", decidim);
    EXPECT_EQ(import_survey(*store, file, {}).added, 0u);
}

TEST_F(SurveyImportTest, DecidimsJsonExportReadsAsItsCsv) {
    const std::string json = R"([
      {"id": 31, "title": {"nl": "Een markt op zondag", "fr": "Un marché le dimanche"},
       "body": {"nl": "<p>Met boeren uit de streek.</p>", "fr": "<p>Avec des fermiers.</p>"},
       "category": {"id": 2, "name": {"nl": "Ontmoeten"}}, "supports": 4, "author": {"name": "Els"}},
      {"id": 32, "title": {"nl": "Bankjes"}, "body": {"nl": "<p>Overal bankjes.</p>"}, "supports": 0}
    ])";
    const SurveyImportReport report = import_survey(*store, write("proposals.json", json), {});
    EXPECT_EQ(report.format, SurveyFormat::decidim);
    EXPECT_EQ(report.added, 2u);
    const auto found = ideas(report.session_id);
    ASSERT_TRUE(found.count("Een markt op zondag\nMet boeren uit de streek."));
    EXPECT_EQ(found.at("Een markt op zondag\nMet boeren uit de streek.")->field(survey_field::category), "Ontmoeten");
    EXPECT_EQ(found.at("Een markt op zondag\nMet boeren uit de streek.")->field(survey_field::source), "proposals.json#1");
    EXPECT_EQ(canonical_json(store->state()).find("Els"), std::string::npos);
}

TEST_F(SurveyImportTest, APolisExportsVotesBecomeScoresAndHiddenCommentsStayOut) {
    write("polis/comments.csv",
          "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
          "1700000000,Tue Nov 14 2023,0,1,2,1,1,Meer groen in de binnenstad\n"
          "1700000100,Tue Nov 14 2023,1,2,0,0,-1,Iets beledigends\n"
          "1700000200,Tue Nov 14 2023,2,1,1,0,0,Een jeugdhuis\n");
    write("polis/votes.csv",
          "timestamp,datetime,comment-id,voter-id,vote\n"
          "1700000300,x,0,1,1\n1700000301,x,0,2,1\n1700000302,x,0,3,-1\n1700000303,x,0,4,0\n"
          "1700000304,x,1,1,1\n1700000305,x,2,4,1\n");
    const SurveyImportReport report = import_survey(*store, files.path() / "polis", {});
    EXPECT_EQ(report.format, SurveyFormat::polis);
    EXPECT_EQ(report.added, 2u);
    EXPECT_EQ(report.withdrawn, 1u) << "a comment its moderator hid";
    const auto found = ideas(report.session_id);
    const CaptureRecord* green = found.at("Meer groen in de binnenstad");
    EXPECT_EQ(green->vote_count(), 4) << "two agree, one disagrees, one passes";
    EXPECT_EQ(green->score_total(), 5 + 5 + 1 + 3);
    EXPECT_EQ(found.at("Een jeugdhuis")->vote_count(), 1);
    EXPECT_FALSE(found.count("Iets beledigends"));

    // comments.csv on its own: its agree and disagree counts are the votes.
    TemporaryFolder alone;
    std::filesystem::copy_file(files.path() / "polis/comments.csv", alone.path() / "comments.csv");
    SurveyImport request;
    request.session_name = "Pol.is zonder stemmen";
    const SurveyImportReport counted = import_survey(*store, alone.path() / "comments.csv", request);
    const auto counted_ideas = ideas(counted.session_id);
    EXPECT_EQ(counted_ideas.at("Meer groen in de binnenstad")->vote_count(), 3);
}

// A survey kept in Excel: shared strings, a number, a date formatted as a date, an
// empty row, and cells written out of order, as libxlsxwriter writes a real workbook.
std::filesystem::path write_workbook(const std::filesystem::path& path) {
    lxw_workbook* workbook = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Antwoorden");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_write_string(sheet, 0, 0, "Datum", nullptr);
    worksheet_write_string(sheet, 0, 1, "Idee", nullptr);
    worksheet_write_string(sheet, 0, 2, "Waardering", nullptr);
    worksheet_write_string(sheet, 0, 3, "Leeftijdsgroep", nullptr);
    lxw_datetime day = {2026, 11, 20, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 0, &day, date);
    worksheet_write_string(sheet, 1, 1, "Een overdekte markt\nmet streekproducten", nullptr);
    worksheet_write_number(sheet, 1, 2, 4.5, nullptr);
    worksheet_write_string(sheet, 1, 3, "12-17 jaar", nullptr);
    worksheet_write_string(sheet, 3, 3, "65+", nullptr);
    worksheet_write_string(sheet, 3, 1, "Een bib in elke wijk", nullptr);
    workbook_close(workbook);
    return path;
}

TEST_F(SurveyImportTest, AnExcelWorkbookImportsWithItsDatesAsDates) {
    const auto file = write_workbook(files.path() / "enquete.xlsx");
    const SurveyImportReport report = import_survey(*store, file, {});
    EXPECT_EQ(report.format, SurveyFormat::xlsx);
    EXPECT_EQ(report.added, 2u);
    const auto found = ideas(report.session_id);
    const CaptureRecord* market = found.at("Een overdekte markt\nmet streekproducten");
    EXPECT_EQ(market->field(survey_field::date), "2026-11-20");
    EXPECT_EQ(market->field(survey_field::group), "12-17 jaar");
    EXPECT_EQ(stars(*market), 5) << "4.5 rounds to 5 stars";
    EXPECT_EQ(found.at("Een bib in elke wijk")->field(survey_field::source), "enquete.xlsx#4");
    EXPECT_EQ(found.at("Een bib in elke wijk")->vote_count(), 0);
}

TEST_F(SurveyImportTest, BadFilesAreRefusedWithOneSentenceAndChangeNothing) {
    refused_import(Kind::no_file, files.path() / "er-niet.csv");
    refused_import(Kind::empty, write("leeg.csv", ""));
    refused_import(Kind::empty, write("kop.csv", "idee;score\n"));
    refused_import(Kind::not_text, write("foto.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    refused_import(Kind::not_text, write("utf16.csv", std::string("\xff\xfei\0d\0e\0e\0", 10)));
    EXPECT_EQ(refused_import(Kind::malformed, write("quote.csv", "idee\n\"Meer bomen\nNog een\n")).row, 2u);
    refused_import(Kind::not_a_workbook, write("kapot.xlsx", std::string("PK\x03\x04 this is no zip", 20)));
    refused_import(Kind::not_json, write("kapot.json", "[{\"title\": "));
    EXPECT_EQ(refused_import(Kind::bad_score, write("score.csv", "idee;score\nBomen;4\nBanken;37\n")).row, 3u);
    EXPECT_EQ(refused_import(Kind::bad_count, write("voor.csv", "idee;voor\nBomen;veel\n")).value, "veel");
    EXPECT_EQ(refused_import(Kind::no_text_column, write("raar.csv", "x;y\n1;2\n")).name, "x, y");
    refused_import(Kind::no_ideas, write("leeg-idee.csv", "idee;score\n;4\n"));
    SurveyImport as_polis;
    as_polis.format = SurveyFormat::polis;
    EXPECT_EQ(refused_import(Kind::not_the_format, write("geen-polis.csv", "idee\nBomen\n"), as_polis).value, "polis");

    // A 2 GB file is refused before it is read (a sparse file: no disk is used).
    const auto huge = files.path() / "groot.csv";
    std::ofstream(huge).put('x');
    std::filesystem::resize_file(huge, std::uintmax_t{2} << 30);
    EXPECT_EQ(refused_import(Kind::too_large, huge).count, 2048u);

    // A million rows is not a survey.
    std::string million = "idee\n";
    million.reserve(9 * 1000001);
    for (int i = 0; i < 1000000; ++i) million += "idee " + std::to_string(i % 1000) + "\n";
    EXPECT_EQ(refused_import(Kind::too_many_rows, write("miljoen.csv", million)).count, 1000000u);
    EXPECT_TRUE(store->state().sessions().empty()) << "no session was made for a refused file";
}

TEST_F(SurveyImportTest, ATablesDeviceCannotImportASurvey) {
    TemporaryFolder empty;
    Store none = Store::open_or_create(empty.path());
    const auto file = write("enquete.csv", spreadsheet_csv);
    try {
        import_survey(none, file, {});
        ADD_FAILURE() << "a store without a workshop imported a survey";
    } catch (const SurveyError& error) {
        EXPECT_EQ(name_of(error.problem().kind), name_of(Kind::no_workshop));
    }
}

TEST(SurveySentences, SayTheRowAndWhatToDo) {
    EXPECT_EQ(survey_sentence({.kind = Kind::bad_score, .value = "37", .row = 3}),
              "row 3: the score \"37\" is not a number from 1 to 5; if it counts supports, map it as agree counts "
              "(--agree-column)");
}

}  // namespace
}  // namespace oogst::testing
