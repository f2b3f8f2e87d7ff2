#include "core/roadmap/roadmap_evidence.hpp"

#include <set>

#include "core/kiosk/kiosk_work.hpp"
#include "core/roadmap/debate_tables.hpp"
#include "core/sense/wall_cards.hpp"

namespace oogst {

std::vector<std::string> shown_evidence(const WorkshopState& state, const std::vector<std::string>& capture_ids) {
    std::vector<std::string> shown;
    for (const std::string& id : capture_ids)
        if (const CaptureRecord* capture = state.capture(id); capture && on_the_wall(state, *capture))
            shown.push_back(id);
    return shown;
}

EvidenceCount count_evidence(const WorkshopState& state, const std::vector<std::string>& capture_ids) {
    EvidenceCount count;
    std::set<std::string> tables;
    int points = 0;
    for (const std::string& id : shown_evidence(state, capture_ids)) {
        const CaptureRecord& capture = *state.capture(id);
        points += capture.score_total();
        count.votes += capture.vote_count();
        const std::string& session_id = state.session_root(capture.origin->session_id);
        const SessionSet* session = state.session(session_id);
        if (session && session->method == kiosk_method) {
            ++count.children_works;
        } else if (session && session->method == debate_method) {
            ++count.proposals;
        } else {
            ++count.dreams;
            tables.insert(session_id);
        }
    }
    count.tables = static_cast<int>(tables.size());
    if (count.votes > 0) count.average = static_cast<double>(points) / count.votes;
    return count;
}

}  // namespace oogst
