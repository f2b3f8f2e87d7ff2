// What people are about to touch stays where it is: a hint or an error floats over the
// board instead of pushing it down; the timer's pill, even at "Tijd!", keeps clear of
// Undo and the ambassador's button; a long table name ends before the timer.
#include "tests/app/table/table_fixture.hpp"

namespace oogst::testing {
namespace {

bool overlap(const ImRect& a, const ImRect& b) { return a.Overlaps(b) && a.GetArea() > 0 && b.GetArea() > 0; }

class BoardLayout : public TableTest {
protected:
    // The round's time is up: it was started longer ago than it lasts.
    void time_up() {
        app::TableRound& round = ui->state().round;
        round.timer.set(60);
        round.timer_set = true;
        round.timer.start(ImGui::GetTime() - 61);
        ui->frames(2);
    }
    void speak(Language language) {
        ui->state().language = language;
        ui->frames(2);
    }
};

TEST_F(BoardLayout, AHintFloatsOverTheBoardWithoutMovingAnything) {
    add_note_through_ui("Een speelstraat");  // so Undo shows too
    ui->shell().text_entry().unfocus();
    ui->frames(2);
    const std::vector<std::string> widgets = {"board.back",  "board.ambassador", "board.undo",
                                              "board.text",  "board.add",        "board.draw",
                                              "note.fiets",  "note.bank",        "board.column.waarden"};
    std::vector<ImRect> before;
    for (const auto& name : widgets) before.push_back(ui->widget(name).rect);

    ui->tap("board.ambassador");  // a short tap: the hint how to open the panel
    ASSERT_NE(ui->state().error, "");
    ASSERT_TRUE(ui->shows("error.dismiss"));
    for (std::size_t i = 0; i < widgets.size(); ++i) {
        EXPECT_EQ(ui->widget(widgets[i]).rect.Min.y, before[i].Min.y) << widgets[i] << " moved";
        EXPECT_EQ(ui->widget(widgets[i]).rect.Min.x, before[i].Min.x) << widgets[i] << " moved";
    }
    // The message covers neither the header's buttons nor the bar to write in.
    const ImRect close = ui->widget("error.dismiss").rect;
    for (const char* name : {"board.back", "board.ambassador", "board.undo", "board.text", "board.add", "board.draw"})
        EXPECT_FALSE(overlap(close, ui->widget(name).rect)) << name;
    EXPECT_LT(close.Max.y, ui->widget("board.text").rect.Min.y);

    ui->tap("board.ambassador");  // the next tap lands where the finger aimed
    ui->tap("error.dismiss");
    EXPECT_EQ(ui->state().error, "");
}

TEST_F(BoardLayout, TheTimesUpPillKeepsClearOfUndoAndTheAmbassadorInEveryLanguage) {
    add_note_through_ui("Een speelstraat");
    ui->shell().text_entry().unfocus();
    time_up();
    for (Language language : all_languages) {
        speak(language);
        const app::ShownText& pill = ui->text("board.timer");
        EXPECT_EQ(pill.text, ui->assets().words.text(language, "timer.up"));
        EXPECT_LE(pill.rect.Max.x, pill.room.Max.x) << "the words fit in the pill";
        for (const char* name : {"board.undo", "board.ambassador"})
            EXPECT_FALSE(overlap(pill.room, ui->widget(name).rect)) << name << " in " << language_code(language);
    }
}

TEST_F(BoardLayout, ALongTableNameEndsBeforeTheTimer) {
    SessionSet renamed = *store->state().session("tafel");
    renamed.table_name = "Tafel 7: Zuid — Sint-Michiels, de Vijfwegenstraat en de wijk rond het station";
    store->record(renamed);
    time_up();
    for (Language language : all_languages) {
        speak(language);
        const app::ShownText& heading = ui->text("header.heading");
        const ImRect pill = ui->text("board.timer").room;
        EXPECT_LE(heading.rect.Max.x, heading.room.Max.x);
        EXPECT_LT(heading.room.Max.x, pill.Min.x) << "the name stops before the timer";
        EXPECT_EQ(heading.text.rfind("Tafel 7: Zuid", 0), 0u);
        EXPECT_NE(heading.text.find("\u2026"), std::string::npos) << "a cut name says it goes on";
    }
    // A short name is shown whole.
    renamed.table_name = "Tafel 7";
    store->record(renamed);
    ui->frames(2);
    EXPECT_EQ(ui->text("header.heading").text, "Tafel 7");
}

}  // namespace
}  // namespace oogst::testing
