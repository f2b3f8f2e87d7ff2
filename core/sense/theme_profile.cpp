#include "core/sense/theme_profile.hpp"

#include <algorithm>
#include <set>

#include "core/table/same_text.hpp"

namespace oogst {

ThemeProfile theme_profile(const WorkshopState& state, const ThemeFiling& filing,
                           const std::vector<std::vector<std::string>>& piles, const std::string& theme_id) {
    ThemeProfile profile;
    WallFilter filter;
    filter.theme_id = theme_id;
    WallCards wall = wall_cards(state, filing, piles, filter);
    std::set<std::string> sessions;
    for (WallCard& card : wall.cards) {
        ++profile.cards_by_method[card.method];
        // A pile's notes count at the table each was written at.
        for (const std::string& id : card.pile) {
            const CaptureRecord* capture = state.capture(id);
            if (!capture) continue;
            const std::string& session_id = state.session_root(capture->origin->session_id);
            const SessionSet* session = state.session(session_id);
            if (!session) continue;
            sessions.insert(session_id);
            ++profile.cards_by_table[session->table_name];
            profile.votes_by_table[session->table_name] += capture->vote_count();
            for (const auto& [voter, vote] : capture->votes)
                if (vote.value() >= 1 && vote.value() <= 5) ++profile.score_counts[vote.value() - 1];
        }
        (card.child ? profile.children : profile.cards).push_back(std::move(card));
    }
    std::stable_sort(profile.cards.begin(), profile.cards.end(), [](const WallCard& a, const WallCard& b) {
        return std::tie(a.score, a.votes) > std::tie(b.score, b.votes);
    });
    // The values its tables wrote, each once (as the table's board counts a repeated note).
    std::set<std::string> seen;
    for (const std::string& session : sessions)
        for (const auto& [id, capture] : state.captures_of(session)) {
            if (capture->placement.value().board != values_board) continue;
            const std::string& text = capture->text.value();
            if (!text.empty() && seen.insert(folded_text(text)).second) profile.table_values.push_back(text);
        }
    return profile;
}

}  // namespace oogst
