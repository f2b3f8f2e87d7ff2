// The open-data exports (issue 17) from a real workshop on disk: consent and anonymity
// under every format, the columns Decidim's importers and Pol.is read, the mapping of
// keys to taxonomies, the results' parents, the votes' mapping, the Data Package's
// description of its own CSVs, CSV injection defused in CSV and XLSX, and mappings that
// do not fit refused with a sentence.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/opendata/open_data_rows.hpp"
#include "core/opendata/polis_export.hpp"
#include "tests/core/opendata/csv_reading.hpp"
#include "tests/core/opendata/export_workshop.hpp"

namespace oogst::testing {
namespace {

bool holds(const std::string& bytes, const std::string& text) { return bytes.find(text) != std::string::npos; }

// Every byte every format writes, with Decidim's proposals both strongest and all.
std::vector<std::pair<std::string, std::string>> every_export(ExportWorkshop& workshop) {
    std::vector<std::pair<std::string, std::string>> outputs;
    for (const ExportFormat format : all_export_formats)
        for (const ProposalChoice choice : {ProposalChoice::strongest, ProposalChoice::all}) {
            ExportRequest request;
            request.proposals = choice;
            std::string bytes;
            for (const PublishedFile& file : workshop.exported(format, request)) bytes += readable(file.bytes);
            outputs.emplace_back(std::string(name_of(format)), bytes);
        }
    return outputs;
}

using OpenDataExport = ExportWorkshop;

TEST_F(OpenDataExport, NoFormatShowsWhatMayNotBePublishedNorWhoMadeIt) {
    const std::vector<std::string> never = {
        "Vlinders dansen",      // a child's work without any consent
        "dak van gras",         // shown in the exhibition, not published
        "toren van snoep",      // publication withdrawn
        "mag niet gedrukt",     // a table's note whose publication was refused
        "Kopie voor het debat", // a debate table's copy
        "Anouk", "Bram", "Cato", "Emma",  // names without the consent to name
        "Device 7f3a",          // an author label
        "Ambassadeur Jansens",  // a person running a table
        "Jan Peeters",          // a private person owning an initiative
        device_id(),            // a device's raw id
    };
    for (const auto& [format, bytes] : every_export(*this)) {
        ASSERT_FALSE(bytes.empty()) << format;
        for (const std::string& text : never) EXPECT_FALSE(holds(bytes, text)) << format << " shows " << text;
    }
    // What may be shown is there, so the test can fail: a published child's work, the
    // name given with its consent, the device's short hash.
    const std::string spreadsheet = file_of(ExportFormat::csv);
    EXPECT_TRUE(holds(spreadsheet, "De rivier zingt door de stad"));
    EXPECT_TRUE(holds(spreadsheet, "Daan, 5B"));
    EXPECT_TRUE(holds(spreadsheet, short_device(device_id())));
    EXPECT_TRUE(holds(file_of(ExportFormat::decidim_results), "Dienst Groen"));
}

TEST_F(OpenDataExport, DecidimCsvHasTheColumnsItsImporterReadsAndTheKeysTaxonomy) {
    ExportRequest request;
    request.taxonomies = {{"Ademen", "7"}};
    request.scope = "3";
    const CsvRows rows = read_csv(file_of(ExportFormat::decidim_csv, {}, request), ';');
    ASSERT_GE(rows.size(), 3u);
    const std::vector<std::string> decidim(rows.front().begin(), rows.front().begin() + 6);
    EXPECT_EQ(decidim, (std::vector<std::string>{"title/nl", "title/fr", "body/nl", "body/fr", "taxonomies/ids", "scope/id"}));
    // Ademen's strongest dream first: d1, five stars.
    EXPECT_EQ(rows[1][column(rows, "body/nl")], "Meer bomen in onze straat");
    EXPECT_EQ(rows[1][column(rows, "title/fr")], "Meer bomen in onze straat");
    EXPECT_EQ(rows[1][column(rows, "taxonomies/ids")], "7");
    EXPECT_EQ(rows[1][column(rows, "scope/id")], "3");
    for (const auto& row : rows) EXPECT_EQ(row.size(), rows.front().size());

    // The imported idea keeps its own title; its body is the rest.
    request.proposals = ProposalChoice::all;
    request.locales = {"fr"};
    request.category = true;
    const CsvRows all = read_csv(file_of(ExportFormat::decidim_csv, {}, request), ';');
    EXPECT_EQ(std::count(all.front().begin(), all.front().end(), "category/id"), 1);
    EXPECT_EQ(std::count(all.front().begin(), all.front().end(), "taxonomies/ids"), 0);
    EXPECT_EQ(std::count(all.front().begin(), all.front().end(), "title/nl"), 0);
    bool idea = false;
    for (const auto& row : all)
        if (row[column(all, "title/fr")] == "Autovrij centrum") {
            idea = true;
            EXPECT_EQ(row[column(all, "body/fr")], "Geen auto's meer op de Grote Markt");
            EXPECT_EQ(row[column(all, "category/id")], "7");
        }
    EXPECT_TRUE(idea);
}

TEST_F(OpenDataExport, DecidimJsonNestsEachLocaleAndTheTaxonomyIds) {
    ExportRequest request;
    request.taxonomies = {{"ademen", "7"}};  // by the key's id
    request.scope = "3";
    TemporaryFolder folder;
    std::ofstream(folder / "proposals.json") << file_of(ExportFormat::decidim_json, {}, request);
    const std::string check =
        "import json,sys\n"
        "p=json.load(open(sys.argv[1]))\n"
        "first=p[0]\n"
        "assert first['title']=={'nl':'Meer bomen in onze straat','fr':'Meer bomen in onze straat'}, first\n"
        "assert first['taxonomies']=={'ids':[7]}, first\n"
        "assert first['scope']=={'id':3}, first\n"
        "assert first['votes']==1 and first['key']=='Ademen' and first['oogst_id']=='d1', first\n"
        "assert all(set(x['body'])=={'nl','fr'} for x in p)\n"
        "print(len(p))\n";
    const ProgramResult result = run_program("/usr/bin/env", {"python3", "-c", check, (folder / "proposals.json").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(OpenDataExport, ResultsLinkEachActionToItsInitiative) {
    const CsvRows rows = read_csv(file_of(ExportFormat::decidim_results), ';');
    ASSERT_EQ(rows.size(), 5u) << "a header, two initiatives and two actions";
    const auto row_of = [&](const std::string& external) {
        for (const auto& row : rows)
            if (row[column(rows, "external_id")] == external) return row;
        ADD_FAILURE() << "no " << external;
        return rows.front();
    };
    const auto initiative = row_of("i1");
    EXPECT_EQ(initiative[column(rows, "parent/id")], "");
    EXPECT_EQ(initiative[column(rows, "title/nl")], "Honderd bomen");
    EXPECT_TRUE(holds(initiative[column(rows, "description/nl")], "Trekker: Dienst Groen"));
    EXPECT_TRUE(holds(initiative[column(rows, "description/fr")], "Porteur : Dienst Groen"));
    EXPECT_EQ(initiative[column(rows, "progress")], "50") << "one of two actions done";
    EXPECT_EQ(initiative[column(rows, "end_date")], "2026-11-15");
    EXPECT_EQ(initiative[column(rows, "oogst/proposals")], "d1") << "the refused note is no evidence to publish";
    for (const char* action : {"a1", "a2"})
        EXPECT_EQ(row_of(action)[column(rows, "parent/id")], initiative[column(rows, "id")]) << action;
    EXPECT_EQ(row_of("a1")[column(rows, "progress")], "100");
    EXPECT_EQ(row_of("a2")[column(rows, "end_date")], "2026-11-15");
    EXPECT_FALSE(holds(row_of("i2")[column(rows, "description/nl")], "Trekker"));
}

TEST_F(OpenDataExport, MeetingsCountEachSessionsPublishedCaptures) {
    const CsvRows rows = read_csv(file_of(ExportFormat::decidim_meetings), ';');
    for (const auto& row : rows)
        if (row[column(rows, "oogst/session")] == "t1") {
            EXPECT_EQ(row[column(rows, "title/nl")], "Tafel 1");
            EXPECT_EQ(row[column(rows, "attendees_count")], "6");
            EXPECT_EQ(row[column(rows, "contributions_count")], "2");
            EXPECT_TRUE(holds(row[column(rows, "closing_report/nl")], "Ademen (1)"));
            return;
        }
    ADD_FAILURE() << "no row for Tafel 1";
}

TEST_F(OpenDataExport, PolisVotesMapStarsBackAsTheImportReadsThem) {
    EXPECT_EQ(polis_vote(5), 1);
    EXPECT_EQ(polis_vote(4), 1);
    EXPECT_EQ(polis_vote(3), 0);
    EXPECT_EQ(polis_vote(2), -1);
    EXPECT_EQ(polis_vote(1), -1);
    const CsvRows comments = read_csv(file_of(ExportFormat::polis_export, "comments.csv"));
    const CsvRows votes = read_csv(file_of(ExportFormat::polis_export, "votes.csv"));
    EXPECT_EQ(comments.front(), (std::vector<std::string>{"timestamp", "datetime", "comment-id", "author-id", "agrees",
                                                          "disagrees", "moderated", "comment-body"}));
    EXPECT_EQ(votes.front(), (std::vector<std::string>{"timestamp", "datetime", "comment-id", "voter-id", "vote"}));
    const auto comment_id = [&](const std::string& body) {
        for (const auto& row : comments)
            if (row[7] == body) return row[2];
        ADD_FAILURE() << "no comment " << body;
        return std::string();
    };
    // voter tokens v1, v2, v3 sorted: 0, 1, 2.
    const auto vote_of = [&](const std::string& comment, const std::string& voter) {
        for (const auto& row : votes)
            if (row[2] == comment && row[3] == voter) return row[4];
        return std::string("none");
    };
    EXPECT_EQ(vote_of(comment_id("Meer bomen in onze straat"), "0"), "1");
    EXPECT_EQ(vote_of(comment_id("Een park met bankjes voor iedereen"), "0"), "1");
    EXPECT_EQ(vote_of(comment_id("Een park met bankjes voor iedereen"), "1"), "0");
    EXPECT_EQ(vote_of(comment_id("Een zwembad in openlucht"), "2"), "-1") << "a number, not defused";
    for (std::size_t row = 1; row < comments.size(); ++row)
        EXPECT_LE(comments[row][3].size(), 2u) << "author-id is a session's small number";
    const std::string seed = file_of(ExportFormat::polis);
    EXPECT_EQ(read_csv(seed).front(), std::vector<std::string>{"comment_text"});
}

TEST_F(OpenDataExport, FormulaCellsAreDefusedInCsvAndXlsxButNumbersAreNot) {
    const CsvRows rows = read_csv(file_of(ExportFormat::csv));
    std::vector<std::string> texts;
    for (const auto& row : rows) texts.push_back(row[column(rows, "text")]);
    for (const std::string& defused : {std::string("'") + hyperlink, std::string("'+31 470 12 34 56"), std::string("'-"),
                                      std::string("'@SUM(A1:A9)")})
        EXPECT_EQ(std::count(texts.begin(), texts.end(), defused), 1) << defused;
    EXPECT_EQ(std::count(texts.begin(), texts.end(), hyperlink), 0);

    const std::string strings = readable(file_of(ExportFormat::xlsx), "xl/sharedStrings.xml");
    EXPECT_TRUE(holds(strings, "<t>'=HYPERLINK(")) << strings.substr(0, 400);
    EXPECT_TRUE(holds(strings, "<t>'+31 470")) << strings.substr(0, 400);
    EXPECT_FALSE(holds(strings, "<t>=HYPERLINK("));
    EXPECT_FALSE(holds(strings, "<t>-</t>"));

    ExportRequest all;
    all.proposals = ProposalChoice::all;
    const CsvRows decidim = read_csv(file_of(ExportFormat::decidim_csv, {}, all), ';');
    bool found = false;
    for (const auto& row : decidim) found = found || row[column(decidim, "body/nl")] == std::string("'") + hyperlink;
    EXPECT_TRUE(found);
    EXPECT_TRUE(holds(file_of(ExportFormat::polis_export, "comments.csv"), ",'@SUM(A1:A9)"));
}

TEST_F(OpenDataExport, TheSpreadsheetCsvHasABomAndEveryCapturesColumns) {
    const std::string bytes = file_of(ExportFormat::csv);
    EXPECT_EQ(bytes.rfind("\xEF\xBB\xBFid,session_id,session,", 0), 0u);
    const CsvRows rows = read_csv(bytes);
    EXPECT_EQ(rows.front().size(), 25u);
    for (const auto& row : rows) {
        if (row[column(rows, "id")] == "named") {
            EXPECT_EQ(row[column(rows, "name")], "Daan, 5B");
            EXPECT_EQ(row[column(rows, "child")], "true");
            EXPECT_EQ(row[column(rows, "named")], "true");
        }
        if (row[column(rows, "id")] == "idea") {
            EXPECT_EQ(row[column(rows, "title")], "Autovrij centrum");
            EXPECT_EQ(row[column(rows, "group")], "18-25 jaar");
            EXPECT_EQ(row[column(rows, "method")], survey_method);
        }
        if (row[column(rows, "id")] == "d1") {
            EXPECT_EQ(row[column(rows, "key")], "Ademen");
            EXPECT_EQ(row[column(rows, "votes")], "1");
            EXPECT_EQ(row[column(rows, "score_average")], "5");
            EXPECT_EQ(row[column(rows, "device")].size(), 8u);
        }
    }
}

TEST_F(OpenDataExport, TheWorkbookHasOneBoldFrozenSheetOfTypedCells) {
    const std::string xlsx = file_of(ExportFormat::xlsx);
    EXPECT_TRUE(holds(readable(xlsx, "xl/workbook.xml"), "<sheet name=\"captures\""));
    const std::string sheet = readable(xlsx, "xl/worksheets/sheet1.xml");
    EXPECT_TRUE(holds(sheet, "ySplit=\"1\"")) << "the header row is frozen";
    EXPECT_TRUE(holds(sheet, "t=\"b\"")) << "booleans as booleans";
    EXPECT_TRUE(holds(sheet, "<col ")) << "columns have widths";
    EXPECT_TRUE(holds(readable(xlsx, "xl/styles.xml"), "<b/>")) << "a bold header";
}

TEST_F(OpenDataExport, TheDataPackageDescribesItsCsvsOneForOne) {
    TemporaryFolder folder;
    for (const PublishedFile& file : exported(ExportFormat::datapackage)) std::ofstream(folder / file.path, std::ios::binary) << file.bytes;
    const std::string check =
        "import csv,json,os,sys\n"
        "root=sys.argv[1]\n"
        "package=json.load(open(os.path.join(root,'datapackage.json')))\n"
        "assert package['name']=='roeselare-droomt', package['name']\n"
        "tables={}\n"
        "for r in package['resources']:\n"
        "    assert r['format']=='csv' and r['mediatype']=='text/csv' and r['encoding']=='utf-8', r\n"
        "    rows=list(csv.reader(open(os.path.join(root,r['path']),newline='',encoding='utf-8')))\n"
        "    names=[f['name'] for f in r['schema']['fields']]\n"
        "    assert rows[0]==names, (rows[0],names)\n"
        "    assert all(f['type'] in ('string','integer','number','boolean','datetime') for f in r['schema']['fields'])\n"
        "    assert r['schema']['primaryKey']=='id'\n"
        "    tables[r['name']]=[dict(zip(rows[0],row)) for row in rows[1:]]\n"
        "    ids=[row['id'] for row in tables[r['name']]]\n"
        "    assert len(ids)==len(set(ids)), r['name']\n"
        "captures=[r for r in package['resources'] if r['name']=='captures'][0]\n"
        "for fk in captures['schema']['foreignKeys']:\n"
        "    known={row['id'] for row in tables[fk['reference']['resource']]}\n"
        "    for row in tables['captures']:\n"
        "        assert row[fk['fields']]=='' or row[fk['fields']] in known, (fk, row)\n"
        "assert len(captures['schema']['foreignKeys'])==2\n"
        "assert sorted(tables)==['captures','keys','sessions']\n";
    const ProgramResult result = run_program("/usr/bin/env", {"python3", "-c", check, folder.path().string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(OpenDataExport, TheJsonParsesWithTypedValues) {
    TemporaryFolder folder;
    std::ofstream(folder / "captures.json") << file_of(ExportFormat::json);
    const std::string check =
        "import json,sys\n"
        "d=json.load(open(sys.argv[1]))\n"
        "assert d['workshop']['name']=='Roeselare droomt' and d['workshop']['languages']==['nl','fr']\n"
        "c={x['id']:x for x in d['captures']}\n"
        "assert c['d1']['votes']==1 and c['d1']['score_average']==5 and c['d1']['published'] is True, c['d1']\n"
        "assert c['named']['name']=='Daan, 5B' and c['named']['child'] is True\n"
        "assert c['formula1']['text'].startswith('=HYPERLINK'), 'JSON is no spreadsheet: text as written'\n"
        "assert {k['name'] for k in d['keys']}=={'Ademen','Schitteren'}\n"
        "assert 'ambassador' not in d['sessions'][0]\n";
    const ProgramResult result = run_program("/usr/bin/env", {"python3", "-c", check, (folder / "captures.json").string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(OpenDataExport, AMappingThatDoesNotFitIsRefusedInOneSentence) {
    const auto refused = [&](ExportRequest request, const std::string& words) {
        request.format = ExportFormat::decidim_csv;
        try {
            make_export(store, assets, request);
            ADD_FAILURE() << "accepted: " << words;
        } catch (const UserError& error) {
            EXPECT_TRUE(holds(error.what(), words)) << error.what();
        }
    };
    ExportRequest request;
    request.taxonomies = {{"Bestaat niet", "4"}};
    refused(request, "names no key");
    request.taxonomies = {{"Ademen", "vier"}};
    refused(request, "whole number");
    request = {};
    request.locales = {"de"};
    refused(request, "--locale de is not a language of this workshop (nl, fr)");
    request = {};
    request.scope = "stad";
    refused(request, "--scope stad");
}

}  // namespace
}  // namespace oogst::testing
