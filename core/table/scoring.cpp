#include "core/table/scoring.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace oogst {

std::string voter_token(int number, const std::string& round) {
    return "stem-" + std::to_string(number) + (round.empty() ? "" : "@" + round);
}

void cast_vote(Store& store, const std::string& capture_id, const std::string& voter, int score) {
    if (score < 0 || score > 255) throw UserError("a score is a number from 0 to 255");
    if (!store.state().capture(capture_id)) throw CaptureGone();
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

std::vector<RankedCapture> ranked_captures(const WorkshopState& state, const std::string& session_id) {
    std::vector<RankedCapture> ranked;
    for (const auto& [id, capture] : state.captures_of(session_id))
        ranked.push_back({id, capture, capture->score_total(), capture->vote_count()});
    // stable: captures_of gives the order they were made, the last tie-breaker.
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedCapture& a, const RankedCapture& b) {
        if (a.total != b.total) return a.total > b.total;
        return a.votes > b.votes;
    });
    return ranked;
}

}  // namespace oogst
