#pragma once
// Scoring rounds at a table: anonymous voter tokens, what each voter has given, and the
// captures ranked by their scores. Votes are VoteCast operations like any other change.
#include <string>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/model/workshop_state.hpp"
#include "core/store/store.hpp"

namespace oogst {

// The token of participant number (1, 2, …) at a table: anonymous. For stars it is the
// same for the same seat in every round (round empty), so a second round replaces a
// voter's scores instead of adding to them. Dots are a budget per round: their tokens
// name the round, so every round starts with a voter's full set of dots.
std::string voter_token(int number, const std::string& round = "");

// Records the score a voter gives a capture (0 withdraws it; 0-255). CaptureGone when the
// capture was deleted meanwhile; NotScored when voting does not score the board the
// capture is on (only the boards the method names are scored); otherwise throws what
// Store::record throws.
void cast_vote(Store& store, const Voting& voting, const std::string& capture_id, const std::string& voter, int score);

// The score voter gave capture; 0 when none (or withdrawn).
int score_of(const CaptureRecord& capture, const std::string& voter);

// How many of a voter's dots are still free in a session (dots voting: a capture's
// score is the number of dots it got from that voter).
int dots_left(const WorkshopState& state, const std::string& session_id, const std::string& voter, int dots);

// One line of a round's results: a capture, or several that say the same (same_text.hpp)
// counted as one idea.
struct RankedCapture {
    const std::string* id;          // the first made of the captures with this text
    const CaptureRecord* capture;   // that capture
    int total = 0;    // the scores given, each voter counted once
    int votes = 0;    // voters who gave it something
    int support = 1;  // captures that say this, this one included
    std::vector<const std::string*> same;  // the others that say it, oldest first

    // The mean score of those who gave it something; 0 without votes.
    double average() const { return votes > 0 ? static_cast<double>(total) / votes : 0; }
};

// The session's live captures on the boards voting scores, each idea once, ranked so
// that how many happened to score a capture does not decide: with stars by the average
// score, ties by more voters; with dots, where every voter has the same budget, by the
// dots given (the average over the table's voters times their number), ties by more
// voters; then in the order they were made. Captures without votes come last.
//
// Captures on one board that say the same are one line, its support their number. A voter counts
// once for it: with stars their highest score on any of the copies, with dots all the
// dots they spread over them.
std::vector<RankedCapture> ranked_captures(const WorkshopState& state, const std::string& session_id,
                                           const Voting& voting);

}  // namespace oogst
