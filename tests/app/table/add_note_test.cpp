// Adding a sticky note on a board through the UI: what is acknowledged on screen must
// be in the store, and must still be there when the store is opened again from disk.
#include <sqlite3.h>

#include "tests/app/app_fixture.hpp"

namespace oogst::testing {
namespace {

// Captures of a session whose current text is text.
int notes_with_text(const Store& store, const std::string& session, const std::string& text) {
    int found = 0;
    for (const auto& [id, capture] : store.state().captures_of(session)) found += capture->text.value() == text;
    return found;
}

const CaptureRecord* note_with_text(const Store& store, const std::string& session, const std::string& text) {
    for (const auto& [id, capture] : store.state().captures_of(session))
        if (capture->text.value() == text) return capture;
    return nullptr;
}

TEST_F(AppTest, TypedNoteIsAddedToTheStoreAndSurvivesReopening) {
    open_first_board();
    const std::string session = first_session();
    const std::size_t before = store->state().captures_of(session).size();
    const std::string text = "Een zwemvijver in het stadspark, met ligweide — voor iedereen €0";

    add_note_through_ui(text);

    ASSERT_EQ(store->state().captures_of(session).size(), before + 1);
    const CaptureRecord* note = note_with_text(*store, session, text);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->origin->capture_kind, CaptureKind::text);
    EXPECT_EQ(note->origin->author_label, "Tafel");
    EXPECT_EQ(note->placement.value().board, "stad-2030");  // the first column, chosen by default
    EXPECT_EQ(ui->state().draft, "");
    EXPECT_EQ(ui->state().error, "");

    ui.reset();
    store.reset();
    const Store reopened = Store::open(folder.path());
    EXPECT_EQ(reopened.state().captures_of(session).size(), before + 1);
    EXPECT_EQ(notes_with_text(reopened, session, text), 1);
}

TEST_F(AppTest, EmptyOrBlankNoteIsNotAdded) {
    open_first_board();
    const std::size_t operations = store->operation_count();

    ui->tap("board.add");
    add_note_through_ui("   \t ");
    ui->press_enter();

    EXPECT_EQ(store->operation_count(), operations);
    EXPECT_EQ(ui->state().error, "");
}

TEST_F(AppTest, EnterAddsTheNoteAndKeepsTheFieldReadyForTheNext) {
    open_first_board();
    const std::string session = first_session();

    ui->tap("board.text");
    ui->type("Meer bankjes op de Grote Markt");
    ui->press_enter();
    ui->type("Een speeltuin bij het station");
    ui->press_enter();

    EXPECT_EQ(notes_with_text(*store, session, "Meer bankjes op de Grote Markt"), 1);
    EXPECT_EQ(notes_with_text(*store, session, "Een speeltuin bij het station"), 1);
    EXPECT_EQ(ui->state().draft, "");
}

TEST_F(AppTest, NoteGoesToTheColumnTapped) {
    open_first_board();
    ui->tap("board.column.waarden");
    add_note_through_ui("Eerlijkheid");

    const CaptureRecord* note = note_with_text(*store, first_session(), "Eerlijkheid");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->placement.value().board, "waarden");
}

TEST_F(AppTest, SessionWithoutNotesShowsEveryBoardOfItsMethodAndFillsTheFirst) {
    SessionSet empty{"lege-tafel", "droomsessie", "Tafel 9: Bibliotheek", "Sofie Maes", "", 0};
    store->record(empty);
    ui->tap("start.table");
    ui->tap("sessions.open.lege-tafel");
    for (const char* board : {"stad-2030", "waarden", "ideeen"}) EXPECT_TRUE(ui->shows(std::string("board.column.") + board));
    add_note_through_ui("Een bib die ook 's avonds open is");

    const CaptureRecord* note = note_with_text(*store, "lege-tafel", "Een bib die ook 's avonds open is");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->placement.value().board, "stad-2030");
}

TEST_F(AppTest, BoardWithoutColumnsKeepsNewNotesInItsGrid) {
    // A method no template describes: its notes have no boards and form one grid.
    store->record(SessionSet{"lab", "eigen-methode", "Tafel A: Mobiliteit", "", "", 0, 0});
    CaptureAdded earlier;
    earlier.id = "earlier";
    earlier.session_id = "lab";
    earlier.text = "Deelfietsen aan elk station";
    store->record(earlier);

    ui->tap("start.table");
    ui->tap("sessions.open.lab");
    add_note_through_ui("Gratis bus voor 65+");

    const CaptureRecord* note = note_with_text(*store, "lab", "Gratis bus voor 65+");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->placement.value().board, "");
    for (const auto& widget : ui->shell().touch().widgets())
        EXPECT_EQ(widget.name.rfind("board.column.", 0), std::string::npos) << widget.name;
}

// Another program holding the store's write lock makes the store refuse the note: the
// table sees why, keeps the typed text, and nothing is shown as saved.
TEST_F(AppTest, StoreRefusingTheNoteShowsTheReasonAndKeepsTheText) {
    open_first_board();
    const std::string session = first_session();
    const std::size_t before = store->state().captures_of(session).size();

    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open((folder.path() / Store::file_name).c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    add_note_through_ui("Een fietsbrug over de Mandel");  // waits out the store's busy timeout, then gives up

    EXPECT_NE(ui->state().error, "");
    EXPECT_EQ(ui->state().draft, "Een fietsbrug over de Mandel");
    EXPECT_EQ(store->state().captures_of(session).size(), before);
    EXPECT_TRUE(ui->shows("error.dismiss"));

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);

    // Once the other program lets go, the same tap saves it.
    ui->tap("board.add");
    EXPECT_EQ(ui->state().error, "");
    EXPECT_EQ(notes_with_text(*store, session, "Een fietsbrug over de Mandel"), 1);
    EXPECT_FALSE(ui->shows("error.dismiss"));
}

}  // namespace
}  // namespace oogst::testing
