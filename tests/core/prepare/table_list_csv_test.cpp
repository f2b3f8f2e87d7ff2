// The planners' table lists as spreadsheets save them: separators, byte-order marks,
// quoted cells with line breaks, Windows-1252, headers in three languages; and bad rows
// named one by one, with nothing stored.
#include "core/prepare/table_list_csv.hpp"

#include "core/prepare/plan_time.hpp"
#include "tests/core/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

using Kind = PlanProblem::Kind;

class TableListTest : public PrepareTest {
protected:
    void SetUp() override {
        PrepareTest::SetUp();
        make_workshop();
    }
    // The sessions added, in the file's order.
    std::vector<const SessionSet*> imported(const std::string& bytes) {
        std::vector<const SessionSet*> sessions;
        for (const std::string& id : import_table_list(*store, bytes, methods)) sessions.push_back(store->state().session(id));
        return sessions;
    }
    // The problems of a list that must not be imported; the store is left as it was.
    std::vector<PlanProblem> problems(const std::string& bytes) {
        const auto operations = store->operation_count();
        try {
            import_table_list(*store, bytes, methods);
        } catch (const PlanError& error) {
            EXPECT_EQ(store->operation_count(), operations) << "nothing is stored";
            if (error.problem().row)  // a file that is not a list at all says so by itself
                EXPECT_NE(std::string(error.what()).find("nothing was imported"), std::string::npos) << error.what();
            return error.problems();
        }
        ADD_FAILURE() << "the list was imported";
        return {};
    }
};

TEST_F(TableListTest, SemicolonsWithAHeaderAndTimesOnTheWorkshopsDay) {
    const auto sessions = imported("table;place;ambassador;start\n"
                                   "Tafel 1: Centrum;Bib;An;19:30\n"
                                   "Tafel 2: Beveren;OC Beveren;Jo;2026-12-11 20:00\n");
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[0]->table_name, "Tafel 1: Centrum");
    EXPECT_EQ(sessions[0]->place, "Bib");
    EXPECT_EQ(sessions[0]->ambassador, "An");
    EXPECT_EQ(start_text(sessions[0]->starts_at_ms), "2026-12-04 19:30");
    EXPECT_EQ(start_text(sessions[1]->starts_at_ms), "2026-12-11 20:00");
    EXPECT_EQ(sessions[1]->method, "droomsessie");
}

TEST_F(TableListTest, CommasWithoutAHeaderWithCrLfAndABom) {
    const auto sessions = imported("\xef\xbb\xbfTafel 1,Bib,An,19:30\r\nTafel 2,,,\r\n\r\nTafel 3,Stadhuis,Lies,\r\n");
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_EQ(sessions[0]->table_name, "Tafel 1") << "the byte-order mark is not part of the first name";
    EXPECT_EQ(sessions[1]->starts_at_ms, 0);
    EXPECT_EQ(sessions[2]->ambassador, "Lies");
}

TEST_F(TableListTest, QuotedCellsKeepTheirSeparatorsQuotesAndLineBreaks) {
    const auto sessions = imported("tafel;plaats;ambassadeur;begin\n"
                                   "\"Tafel 1; de \"\"grote\"\" tafel\";\"Bib,\nachteraan\";An;19:30\n");
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0]->table_name, "Tafel 1; de \"grote\" tafel");
    // The quoted line break is read as part of the cell; a place is stored on one line
    // (core/model/text_rules.hpp), so it becomes a space there.
    EXPECT_EQ(sessions[0]->place, "Bib, achteraan");
}

TEST_F(TableListTest, WindowsLatinIsConvertedToUtf8) {
    // "Tafel 1: Café;Sint-Jozefskerk;Zoë;19:30" and "Tafel 2: Œuvre – €" as Excel saves them in Belgium.
    const auto sessions = imported("Tafel 1: Caf\xe9;Sint-Jozefskerk;Zo\xeb;19:30\nTafel 2: \x8cuvre \x96 \x80;;;\n");
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[0]->table_name, "Tafel 1: Café");
    EXPECT_EQ(sessions[0]->ambassador, "Zoë");
    EXPECT_EQ(sessions[1]->table_name, "Tafel 2: Œuvre – €");
}

TEST_F(TableListTest, AFrenchHeaderInAnotherOrderNamesTheColumns) {
    const auto sessions = imported("Début;Nom;Lieu;Ambassadeur;Remarque\n20:00;Table 1;Hôtel de ville;Marie;à l'étage\n");
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0]->table_name, "Table 1");
    EXPECT_EQ(sessions[0]->place, "Hôtel de ville");
    EXPECT_EQ(sessions[0]->ambassador, "Marie");
    EXPECT_EQ(start_text(sessions[0]->starts_at_ms), "2026-12-04 20:00");
}

TEST_F(TableListTest, EveryBadRowIsNamedAndNothingIsStored) {
    add_session(*store, {"Tafel 9", "", "", "", 0, 0, {}}, methods);
    const auto found = problems("table;place;ambassador;start\n"
                                "Tafel 1;Bib;An;19:30\n"
                                "Tafel 2;Bib;An;19u30\n"
                                ";Bib;An;19:30\n"
                                "tafel 1;Bib;An;20:00\n"
                                "Tafel 9;Bib;An;20:00\n");
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0].row, 3u);
    EXPECT_EQ(found[0].kind, Kind::bad_start);
    EXPECT_EQ(found[0].value, "19u30");
    EXPECT_EQ(found[1].row, 4u);
    EXPECT_EQ(found[1].kind, Kind::no_table_name);
    EXPECT_EQ(found[2].row, 5u);
    EXPECT_EQ(found[2].kind, Kind::csv_name_twice);
    EXPECT_EQ(found[2].count, 2u) << "the row it came first in";
    EXPECT_EQ(found[3].row, 6u);
    EXPECT_EQ(found[3].kind, Kind::name_taken);
    EXPECT_EQ(plan_sentence(found[0]).rfind("row 3: ", 0), 0u) << plan_sentence(found[0]);
}

TEST_F(TableListTest, TheFileItselfCanBeWrong) {
    EXPECT_EQ(problems("").front().kind, Kind::csv_empty);
    EXPECT_EQ(problems("table;place\n\n").front().kind, Kind::csv_empty);
    EXPECT_EQ(problems("\xff\xfeT\0a\0").front().kind, Kind::csv_not_text);
    EXPECT_EQ(problems(std::string("Tafel 1;Bib\0;An;19:30\n", 22)).front().kind, Kind::csv_not_text);
    EXPECT_EQ(problems("Tafel \x81;Bib;An;19:30\n").front().kind, Kind::csv_not_text);
    const auto unclosed = problems("Tafel 1;Bib;An;19:30\n\"Tafel 2;Bib;An;19:30\nTafel 3;;;\n");
    EXPECT_EQ(unclosed.front().kind, Kind::csv_malformed);
    EXPECT_EQ(unclosed.front().row, 2u);
    const auto wide = problems("Tafel 1;Bib;An;19:30;extra;meer\n");
    EXPECT_EQ(wide.front().kind, Kind::csv_too_many_columns);
    EXPECT_EQ(wide.front().count, 6u);
    EXPECT_EQ(problems(std::string(max_table_list_bytes + 1, 'a')).front().kind, Kind::csv_too_large);
}

TEST_F(TableListTest, ATimeWithoutADayNeedsTheWorkshopsDays) {
    TemporaryFolder other;
    store.reset();
    store.emplace(Store::open_or_create(other.path()));
    make_workshop({});
    EXPECT_EQ(problems("Tafel 1;Bib;An;19:30\n").front().kind, Kind::no_workshop_date);
    EXPECT_EQ(imported("Tafel 1;Bib;An;2026-12-04 19:30\n").size(), 1u);
}

}  // namespace
}  // namespace oogst::testing
