#include "core/opendata/polis_export.hpp"

#include <map>
#include <set>

#include "core/model/plain_text.hpp"
#include "core/opendata/csv_table.hpp"

namespace oogst {
namespace {

std::vector<const CaptureRow*> comments_of(const std::vector<CaptureRow>& rows) {
    std::vector<const CaptureRow*> comments;
    for (const CaptureRow& row : rows)
        if (!blank(row.text)) comments.push_back(&row);
    return comments;
}

// A vote that stands (a score of 0 withdrew it), with when it was cast.
struct CastVote {
    std::string token;
    int score = 0;
    std::int64_t wall_ms = 0;
};

std::vector<CastVote> votes_of(const WorkshopState& state, const CaptureRow& row) {
    std::vector<CastVote> votes;
    if (const CaptureRecord* capture = state.capture(row.id))
        for (const auto& [token, vote] : capture->votes)
            if (vote.written() && vote.value() > 0) votes.push_back({token, vote.value(), vote.order().stamp.wall_ms});
    return votes;
}

// A small number for each of a set of names, in their sorted order: never the names.
std::map<std::string, int> numbered(const std::set<std::string>& names) {
    std::map<std::string, int> numbers;
    for (const std::string& name : names) numbers.emplace(name, static_cast<int>(numbers.size()));
    return numbers;
}

std::string milliseconds(std::int64_t wall_ms) { return wall_ms > 0 ? std::to_string(wall_ms) : ""; }

}  // namespace

int polis_vote(int score) { return score >= 4 ? 1 : score == 3 ? 0 : -1; }

std::string polis_seed_csv(const std::vector<CaptureRow>& rows) {
    OpenTable table{"seed", {{"comment_text"}}, {}};
    for (const CaptureRow* row : comments_of(rows)) table.rows.push_back({row->text});
    return csv_text(table);
}

std::vector<PublishedFile> polis_export_files(const WorkshopState& state, const std::vector<CaptureRow>& rows) {
    const std::vector<const CaptureRow*> comments = comments_of(rows);
    std::vector<std::vector<CastVote>> votes;
    std::set<std::string> tokens;
    std::map<std::string, int> sessions;  // in the workshop's order, as the rows are
    for (const CaptureRow* row : comments) {
        votes.push_back(votes_of(state, *row));
        for (const CastVote& vote : votes.back()) tokens.insert(vote.token);
        sessions.emplace(row->session_id, static_cast<int>(sessions.size()));
    }
    const std::map<std::string, int> voters = numbered(tokens);

    using Type = FieldType;
    OpenTable comment_table{"comments",
                            {{"timestamp", Type::integer}, {"datetime", Type::datetime}, {"comment-id", Type::integer},
                             {"author-id", Type::integer}, {"agrees", Type::integer}, {"disagrees", Type::integer},
                             {"moderated", Type::integer}, {"comment-body"}},
                            {}};
    OpenTable vote_table{"votes",
                         {{"timestamp", Type::integer}, {"datetime", Type::datetime}, {"comment-id", Type::integer},
                          {"voter-id", Type::integer}, {"vote", Type::integer}},
                         {}};
    for (std::size_t id = 0; id < comments.size(); ++id) {
        const CaptureRow& row = *comments[id];
        int agrees = 0, disagrees = 0;
        for (const CastVote& vote : votes[id]) {
            const int polis = polis_vote(vote.score);
            agrees += polis == 1, disagrees += polis == -1;
            vote_table.rows.push_back({milliseconds(vote.wall_ms), iso_time(vote.wall_ms), std::to_string(id),
                                       std::to_string(voters.at(vote.token)), std::to_string(polis)});
        }
        // moderated 1: accepted; only what may be published is here.
        const std::int64_t made = row.created.empty() ? 0 : state.capture(row.id)->origin_order.stamp.wall_ms;
        comment_table.rows.push_back({milliseconds(made), row.created, std::to_string(id),
                                      std::to_string(sessions.at(row.session_id)), std::to_string(agrees),
                                      std::to_string(disagrees), "1", row.text});
    }
    return {{"comments.csv", csv_text(comment_table)}, {"votes.csv", csv_text(vote_table)}};
}

}  // namespace oogst
