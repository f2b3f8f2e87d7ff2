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
// capture was deleted meanwhile; otherwise throws what Store::record throws.
void cast_vote(Store& store, const std::string& capture_id, const std::string& voter, int score);

// The score voter gave capture; 0 when none (or withdrawn).
int score_of(const CaptureRecord& capture, const std::string& voter);

// How many of a voter's dots are still free in a session (dots voting: a capture's
// score is the number of dots it got from that voter).
int dots_left(const WorkshopState& state, const std::string& session_id, const std::string& voter, int dots);

struct RankedCapture {
    const std::string* id;
    const CaptureRecord* capture;
    int total = 0;  // sum of scores
    int votes = 0;  // voters who gave it something
};

// The session's live captures, highest total first; equal totals by more voters, then
// in the order they were made. Captures without votes come last.
std::vector<RankedCapture> ranked_captures(const WorkshopState& state, const std::string& session_id);

}  // namespace oogst
