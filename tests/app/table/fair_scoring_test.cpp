// A fair scoring round, driven through the UI: while it is open nobody sees averages or
// totals and the results cannot be opened; closing it shows them, ranked by average
// with the number of votes; notes that say the same are one line; only the boards the
// method names get vote buttons.
#include "tests/app/table/table_fixture.hpp"

#include "core/table/scoring.hpp"

namespace oogst::testing {
namespace {

class FairScoringUi : public TableTest {
protected:
    void start_round() {
        open_ambassador_panel();
        ui->tap("ambassador.scoring");
        ASSERT_TRUE(ui->state().round.scoring);
    }
    void close_round() {
        open_ambassador_panel();
        ui->tap("ambassador.scoring");
        ASSERT_FALSE(ui->state().round.scoring);
    }
    float height_of(const std::string& widget) const { return ui->widget(widget).rect.GetHeight(); }
};

TEST_F(FairScoringUi, WhileARoundIsOpenNobodySeesScoresOrResults) {
    // Votes from an earlier round: outside a round the note shows its average.
    store->record(VoteCast{"bank", voter_token(1), 4});
    store->record(VoteCast{"bank", voter_token(2), 2});
    ui->frames(2);
    const float with_score_line = height_of("note.bank");

    start_round();
    ui->frame();
    EXPECT_LT(height_of("note.bank"), with_score_line) << "no average on the note while the round is open";
    open_ambassador_panel();
    EXPECT_TRUE(ui->shows("ambassador.scoring"));
    EXPECT_FALSE(ui->shows("ambassador.results")) << "no results while the round is open";
    ui->tap("ambassador.close");
    ui->state().round.results = true;  // even asked for behind the panel's back
    ui->frame();
    EXPECT_FALSE(ui->shows("results.close")) << "the results do not replace the locked board";
    ui->state().round.results = false;

    close_round();
    EXPECT_TRUE(ui->state().round.results) << "closing the round opens its results";
    EXPECT_TRUE(ui->shows("results.capture.bank"));
    ui->tap("results.close");
    EXPECT_EQ(height_of("note.bank"), with_score_line) << "after the round the note shows its average again";
}

TEST_F(FairScoringUi, OnlyTheBoardsTheMethodNamesGetVoteButtons) {
    start_round();
    ui->tap("board.voter.1");
    EXPECT_TRUE(ui->shows("vote.bank.5")) << "ideas are scored";
    EXPECT_TRUE(ui->shows("note.fiets"));
    EXPECT_FALSE(ui->shows("vote.fiets.5")) << "the city of 2030 is a dream, not a contest";
    EXPECT_FALSE(ui->shows("vote.park.1"));
    ui->tap("vote.bank.5");
    ui->tap("board.voter.done");
    close_round();
    EXPECT_TRUE(ui->shows("results.capture.bank"));
    EXPECT_FALSE(ui->shows("results.capture.fiets")) << "the results rank only what could be scored";
}

TEST_F(FairScoringUi, NotesThatSayTheSameAreOneLineInTheResults) {
    add_note("groen-1", "ideeen", 1, "Meer groen!");
    add_note("groen-2", "ideeen", 2, "meer groen");
    start_round();
    const auto vote = [&](const std::string& button) {
        bring_into_view("ideeen", button);
        ui->tap(button);
    };
    ui->tap("board.voter.1");
    vote("vote.groen-1.5");
    vote("vote.groen-2.3");  // the same voter on the copy: counted once
    vote("vote.bank.4");
    ui->tap("board.voter.done");
    ui->tap("board.voter.2");
    vote("vote.bank.4");
    ui->tap("board.voter.done");
    close_round();

    EXPECT_TRUE(ui->shows("results.capture.groen-1"));
    EXPECT_FALSE(ui->shows("results.capture.groen-2")) << "the copy is counted in the first's line";
    // groen: 5 from one voter (average 5); bank: 4 from two.
    EXPECT_LT(ui->widget("results.capture.groen-1").rect.Min.y, ui->widget("results.capture.bank").rect.Min.y);
    const auto ranked = ranked_captures(store->state(), "tafel", ui->assets().templates.find("droomsessie")->voting);
    ASSERT_FALSE(ranked.empty());
    EXPECT_EQ(*ranked.front().id, "groen-1");
    EXPECT_EQ(ranked.front().support, 2);
    EXPECT_EQ(ranked.front().votes, 1);
}

}  // namespace
}  // namespace oogst::testing
