// The ambassador's controls and a scoring round, driven through the UI; the votes are
// checked in the store and the results on screen.
#include "tests/app/table/table_fixture.hpp"

#include "core/table/scoring.hpp"

namespace oogst::testing {
namespace {

TEST_F(TableTest, ATapOnTheAmbassadorHandleOnlySaysHowToOpenIt) {
    ui->tap("board.ambassador");
    EXPECT_FALSE(ui->state().round.ambassador);
    EXPECT_NE(ui->state().error, "");
    open_ambassador_panel();
    EXPECT_TRUE(ui->shows("ambassador.scoring"));
    ui->tap("ambassador.close");
    EXPECT_FALSE(ui->shows("ambassador.scoring"));
}

TEST_F(TableTest, ScoringRoundWithThreeVotersGivesSortedResults) {
    // The dream session scores its ideas (issue 12: only the boards the method names).
    add_note("plein", "ideeen", 1, "Een groen plein");
    add_note("markt", "ideeen", 2, "Markt op zondag");
    open_ambassador_panel();
    ui->tap("ambassador.scoring");
    ASSERT_TRUE(ui->state().round.scoring);
    EXPECT_FALSE(ui->shows("board.add")) << "the board is locked while scoring";
    EXPECT_TRUE(ui->shows("board.voter.3"));
    EXPECT_FALSE(ui->shows("board.voter.4")) << "three participants at this table";

    // Each voter: pick the token, give stars, done.
    const std::vector<std::vector<std::pair<std::string, int>>> ballots = {
        {{"bank", 2}, {"plein", 5}, {"markt", 3}},
        {{"bank", 1}, {"plein", 4}, {"markt", 3}},
        {{"bank", 3}, {"plein", 5}},
    };
    for (std::size_t voter = 1; voter <= ballots.size(); ++voter) {
        ui->tap("board.voter." + std::to_string(voter));
        for (const auto& [note, stars] : ballots[voter - 1]) {
            // Three ideas with their stars are more than the column shows at once.
            bring_into_view("ideeen", "vote." + note + "." + std::to_string(stars));
            ui->tap("vote." + note + "." + std::to_string(stars));
        }
        ui->tap("board.voter.done");
    }
    // A tap on the score already given takes it back; giving it again restores it.
    ui->tap("board.voter.3");
    bring_into_view("ideeen", "vote.plein.5");
    ui->tap("vote.plein.5");
    EXPECT_EQ(score_of(capture("plein"), voter_token(3)), 0);
    ui->tap("vote.plein.5");
    ui->tap("board.voter.done");

    EXPECT_EQ(capture("plein").score_total(), 14);
    EXPECT_EQ(capture("bank").score_total(), 6);
    EXPECT_EQ(capture("markt").score_total(), 6);
    EXPECT_EQ(capture("markt").vote_count(), 2);
    EXPECT_EQ(score_of(capture("bank"), voter_token(2)), 1);

    open_ambassador_panel();
    ui->tap("ambassador.scoring");  // closes the round and shows the results
    EXPECT_FALSE(ui->state().round.scoring);
    ASSERT_TRUE(ui->state().round.results);
    // By average: plein (4.7) first, then markt (3.0 from two), then bank (2.0 from three).
    const float plein = ui->widget("results.capture.plein").rect.Min.y;
    const float markt = ui->widget("results.capture.markt").rect.Min.y;
    const float bank = ui->widget("results.capture.bank").rect.Min.y;
    EXPECT_LT(plein, markt);
    EXPECT_LT(markt, bank);

    // The votes are operations: the store reopened from disk has them.
    ui.reset();
    store.reset();
    store.emplace(Store::open(folder.path()));
    EXPECT_EQ(store->state().capture("plein")->score_total(), 14);
}

TEST_F(TableTest, TimerCountsDownOnceStarted) {
    open_ambassador_panel();
    ui->tap("ambassador.timer.less");  // 15 → 14 minutes
    ui->tap("ambassador.timer.start");
    EXPECT_TRUE(ui->state().round.ambassador) << "starting the timer keeps the panel open (issue 12)";
    const double before = ui->state().round.timer.remaining(ImGui::GetTime());
    EXPECT_NEAR(before, 14 * 60, 1);
    ui->wait(2);
    EXPECT_NEAR(ui->state().round.timer.remaining(ImGui::GetTime()), before - 2, 0.2);
}

TEST_F(TableTest, NextPromptShowsTheNextQuestionAndFillsItsColumn) {
    open_ambassador_panel();
    ui->tap("ambassador.prompt.next");
    EXPECT_EQ(ui->state().round.prompt, 1);
    add_note_through_ui("Respect");
    bool found = false;
    for (const auto& [id, note] : store->state().captures_of("tafel"))
        if (note->text.value() == "Respect") found = note->placement.value().board == "waarden";
    EXPECT_TRUE(found) << "the note goes to the column of the prompt shown";
}

TEST_F(TableTest, AmbassadorSetsParticipantsAndRenamesTheTable) {
    open_ambassador_panel();
    ui->tap("ambassador.participants.more");
    EXPECT_EQ(store->state().session("tafel")->participants, 4);
    ui->tap("ambassador.rename");
    ASSERT_EQ(ui->state().composer, app::ComposerMode::rename_table);
    ui->tap("board.edit");
    ui->type(" (bis)");
    ui->tap("board.edit.save");
    EXPECT_EQ(store->state().session("tafel")->table_name, "Tafel 7: Zuid (bis)");
}

}  // namespace
}  // namespace oogst::testing

namespace oogst::testing {
namespace {

TEST_F(AppTest, ChoosingFrenchOnTheStartScreenSpeaksFrenchEverywhere) {
    ui->tap("start.language.fr");
    EXPECT_EQ(ui->state().language, Language::fr);
    open_first_board();
    ui->tap("board.ambassador");  // a short tap explains the gesture, in the chosen language
    EXPECT_EQ(ui->state().error, "Ambassadeur : garde le bouton appuyé une seconde.");
    ui->tap("board.back");
    ui->tap("sessions.back");
    ui->tap("start.language.en");
    open_first_board();
    ui->tap("board.ambassador");
    EXPECT_EQ(ui->state().error, "Ambassador: hold the button down for a second.");
}

}  // namespace
}  // namespace oogst::testing

namespace oogst::testing {
namespace {

// Delight thinking scores with three dots per voter, spread over the notes.
TEST_F(AppTest, DotVotingSpendsAtMostTheVotersDots) {
    store->record(SessionSet{"delight", "delight-thinking", "Tafel D", "", "", 0, 2});
    for (const char* id : {"markt", "bib"}) {
        CaptureAdded note;
        note.id = id;
        note.session_id = "delight";
        note.text = id;
        note.board = "wonen";
        store->record(note);
    }
    ui->tap("start.table");
    ui->tap("sessions.open.delight");
    ui->long_press("board.ambassador", 1.2f);
    ui->tap("ambassador.scoring");
    ui->tap("board.voter.1");
    ui->tap("vote.markt.more");
    ui->tap("vote.markt.more");
    ui->tap("vote.bib.more");
    ui->tap("vote.bib.more");  // a fourth dot: none left, nothing recorded
    EXPECT_EQ(store->state().capture("markt")->score_total(), 2);
    EXPECT_EQ(store->state().capture("bib")->score_total(), 1);
    ui->tap("vote.markt.less");  // taking one back frees it for another note
    ui->tap("vote.bib.more");
    EXPECT_EQ(store->state().capture("markt")->score_total(), 1);
    EXPECT_EQ(store->state().capture("bib")->score_total(), 2);
    ui->tap("board.voter.done");
    EXPECT_TRUE(ui->shows("board.voter.2"));

    // A new round gives every voter their dots again; the first round's dots stay.
    ui->long_press("board.ambassador", 1.2f);
    ui->tap("ambassador.scoring");  // ends round one
    ui->long_press("board.ambassador", 1.2f);
    ui->tap("ambassador.scoring");  // starts round two
    ui->tap("board.voter.1");
    for (int i = 0; i < 3; ++i) ui->tap("vote.markt.more");
    EXPECT_EQ(store->state().capture("markt")->score_total(), 1 + 3);
    EXPECT_EQ(store->state().capture("bib")->score_total(), 2);
}

}  // namespace
}  // namespace oogst::testing
