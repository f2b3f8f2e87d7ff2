#include "core/roadmap/synthesis.hpp"

#include <algorithm>
#include <tuple>

namespace oogst {

std::vector<StrongNote> strongest_on_board(const WorkshopState& state, const std::string& method,
                                           const std::string& board, std::size_t count) {
    std::vector<StrongNote> notes;
    for (const SessionSet* session : state.sessions()) {
        if (session->method != method) continue;
        for (const auto& [id, capture] : state.captures_of(session->id)) {
            if (capture->placement.value().board != board || capture->text.value().empty()) continue;
            StrongNote note{*id, capture->text.value(), session->table_name};
            note.votes = capture->vote_count();
            note.total = capture->score_total();
            if (note.votes) note.score = static_cast<double>(note.total) / note.votes;
            notes.push_back(std::move(note));
        }
    }
    // Dots are a budget spread over the phrases, so their sum is what a table backed.
    std::sort(notes.begin(), notes.end(), [](const StrongNote& a, const StrongNote& b) {
        return std::tie(b.total, b.votes, a.capture_id) < std::tie(a.total, a.votes, b.capture_id);
    });
    if (notes.size() > count) notes.resize(count);
    return notes;
}

bool has_method(const WorkshopState& state, const std::string& method) {
    const auto sessions = state.sessions();
    return std::any_of(sessions.begin(), sessions.end(),
                       [&](const SessionSet* session) { return session->method == method; });
}

}  // namespace oogst
