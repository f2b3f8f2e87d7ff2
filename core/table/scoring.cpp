#include "core/table/scoring.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/table/same_text.hpp"

namespace oogst {

std::string voter_token(int number, const std::string& round) {
    return "stem-" + std::to_string(number) + (round.empty() ? "" : "@" + round);
}

void cast_vote(Store& store, const Voting& voting, const std::string& capture_id, const std::string& voter, int score) {
    if (score < 0 || score > 255) throw UserError("a score is a number from 0 to 255");
    const CaptureRecord* capture = store.state().capture(capture_id);
    if (!capture) throw CaptureGone();
    // Withdrawing (0) is always allowed: a score given before the method named its
    // boards can still be taken back.
    if (score > 0 && !voting.scores(capture->placement.value().board)) throw NotScored();
    store.record(VoteCast{capture_id, voter, static_cast<std::uint8_t>(score)});
}

int score_of(const CaptureRecord& capture, const std::string& voter) {
    const auto found = capture.votes.find(voter);
    return found == capture.votes.end() ? 0 : found->second.value();
}

int dots_left(const WorkshopState& state, const std::string& session_id, const std::string& voter, int dots) {
    int used = 0;
    for (const auto& [id, capture] : state.captures_of(session_id)) used += score_of(*capture, voter);
    return std::max(0, dots - used);
}

std::vector<RankedCapture> ranked_captures(const WorkshopState& state, const std::string& session_id,
                                           const Voting& voting) {
    std::vector<RankedCapture> ranked;
    std::vector<std::map<std::string, int>> by_voter;  // per line: each voter's score, counted once
    std::unordered_map<std::string, std::size_t> line_of_text;
    // captures_of gives the order they were made: the first of a text leads its line.
    for (const auto& [id, capture] : state.captures_of(session_id)) {
        if (!voting.scores(capture->placement.value().board)) continue;
        // Only typed words are compared, and only on one board: two drawings are two
        // ideas whatever their captions, and the same words answer another question on
        // another board.
        const std::string& board = capture->placement.value().board;
        const std::string folded =
            capture->origin->capture_kind == CaptureKind::text ? folded_text(capture->text.value()) : std::string();
        const std::string text = folded.empty() ? std::string() : board + '\n' + folded;
        std::size_t line = ranked.size();
        if (const auto found = line_of_text.find(text); !text.empty() && found != line_of_text.end()) {
            line = found->second;
            ranked[line].same.push_back(id);
            ++ranked[line].support;
        } else {
            ranked.push_back({id, capture});
            by_voter.emplace_back();
            if (!text.empty()) line_of_text.emplace(text, line);
        }
        for (const auto& [voter, vote] : capture->votes) {
            const int score = vote.value();
            if (score == 0) continue;
            int& counted = by_voter[line][voter];
            counted = voting.style == VotingStyle::dots ? counted + score : std::max(counted, score);
        }
    }
    for (std::size_t line = 0; line < ranked.size(); ++line) {
        for (const auto& [voter, score] : by_voter[line]) ranked[line].total += score;
        ranked[line].votes = static_cast<int>(by_voter[line].size());
    }
    const bool dots = voting.style == VotingStyle::dots;
    // stable: the order they were made is the last tie-breaker.
    std::stable_sort(ranked.begin(), ranked.end(), [dots](const RankedCapture& a, const RankedCapture& b) {
        if ((a.votes > 0) != (b.votes > 0)) return a.votes > 0;
        if (dots) {
            if (a.total != b.total) return a.total > b.total;
        } else {
            // a.total / a.votes against b.total / b.votes, without rounding.
            const long left = static_cast<long>(a.total) * b.votes, right = static_cast<long>(b.total) * a.votes;
            if (left != right) return left > right;
        }
        return a.votes > b.votes;
    });
    return ranked;
}

}  // namespace oogst
