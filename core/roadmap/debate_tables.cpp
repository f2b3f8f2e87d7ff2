#include "core/roadmap/debate_tables.hpp"

#include <algorithm>
#include <sstream>
#include <tuple>

#include "core/errors.hpp"
#include "core/model/new_capture.hpp"
#include "core/prepare/session_plan.hpp"

namespace oogst {
namespace {

// The first line of a proposal, as an initiative's title; the whole text, when it says
// more, as its description.
std::pair<std::string, std::string> title_and_description(const std::string& text) {
    const auto end = text.find('\n');
    std::string title = text.substr(0, end);
    return {title, end == std::string::npos ? std::string() : text};
}

}  // namespace

std::string plan_debate_table(Store& store, const TemplateLibrary& methods, const ThemeProfile& profile,
                              const std::string& theme_id, const std::string& table_name, std::size_t dreams) {
    const WorkshopState& state = store.state();
    const ThemeRecord* theme = state.theme(state.theme_root(theme_id));
    if (!theme) throw RoadmapError(RoadmapProblem::no_key);
    SessionPlan plan;
    plan.table_name = table_name;
    plan.method = debate_method;
    plan.theme_id = theme->details.value().id;
    plan = checked_session_plan(plan, state, methods);

    // The copies are working material for the table, not new contributions: shown on
    // its board, never published (their sources are, with their own consent).
    std::vector<CaptureAdded> copies;
    for (const WallCard& card : profile.cards) {
        if (copies.size() >= dreams) break;
        if (card.text.empty() || card.child) continue;
        const CaptureRecord* source = state.capture(card.id);
        if (!source) continue;
        CaptureAdded copy = new_capture("", CaptureKind::text, debate_dreams_board);
        copy.text = card.text;
        copy.author_label = source->origin->author_label;
        copy.x = 0.05f;
        copy.y = 0.05f + 0.07f * static_cast<float>(copies.size());
        // A pile of near-duplicates is one dream on the board, standing for all of them.
        std::string originals;
        for (const std::string& id : card.pile) originals += (originals.empty() ? "" : " ") + id;
        copy.fields.push_back({copied_from_field, originals});
        copies.push_back(std::move(copy));
    }
    std::string session_id;
    store.batch([&] {
        session_id = add_session(store, plan, methods);
        for (CaptureAdded& copy : copies) {
            copy.session_id = session_id;
            store.record(copy);
            store.record(CaptureConsentGiven{copy.id, ConsentAspect::exhibit, true});
            store.record(CaptureConsentGiven{copy.id, ConsentAspect::publish, false});
        }
    });
    return session_id;
}

std::vector<std::string> dreams_read_at(const WorkshopState& state, const std::string& session_id) {
    std::vector<std::string> sources;
    for (const auto& [id, capture] : state.captures_of(session_id)) {
        std::istringstream originals(capture->field(copied_from_field));
        for (std::string source; originals >> source;)
            if (state.capture(source) && std::find(sources.begin(), sources.end(), source) == sources.end())
                sources.push_back(source);
    }
    return sources;
}

std::vector<DebateProposal> debate_proposals(const WorkshopState& state, const std::string& theme_id) {
    const std::string& root = state.theme_root(theme_id);
    // What each proposal already became.
    std::map<std::string, std::string> promoted;
    for (const InitiativeSet* initiative : state.roadmap().initiatives())
        if (!initiative->from_capture.empty()) promoted.emplace(initiative->from_capture, initiative->id);
    std::vector<DebateProposal> proposals;
    for (const SessionSet* session : state.sessions()) {
        if (session->method != debate_method || session->theme_id.empty() || state.theme_root(session->theme_id) != root)
            continue;
        for (const auto& [id, capture] : state.captures_of(session->id)) {
            if (capture->placement.value().board != debate_proposals_board || capture->text.value().empty()) continue;
            DebateProposal proposal{*id, session->id, session->table_name, capture->text.value()};
            proposal.votes = capture->vote_count();
            if (proposal.votes > 0) proposal.score = static_cast<double>(capture->score_total()) / proposal.votes;
            if (const auto found = promoted.find(*id); found != promoted.end()) proposal.initiative_id = found->second;
            proposals.push_back(std::move(proposal));
        }
    }
    std::sort(proposals.begin(), proposals.end(), [](const DebateProposal& a, const DebateProposal& b) {
        return std::tie(b.score, b.votes, a.capture_id) < std::tie(a.score, a.votes, b.capture_id);
    });
    return proposals;
}

std::string promote_proposal(RoadmapActions& roadmap, const WorkshopState& state, const std::string& capture_id) {
    for (const InitiativeSet* initiative : state.roadmap().initiatives())
        if (initiative->from_capture == capture_id) return initiative->id;
    const CaptureRecord* proposal = state.capture(capture_id);
    if (!proposal || proposal->text.value().empty()) throw RoadmapError(RoadmapProblem::no_capture);
    const SessionSet* table = state.session(state.session_root(proposal->origin->session_id));
    if (!table || table->method != debate_method) throw RoadmapError(RoadmapProblem::no_capture);
    if (table->theme_id.empty()) throw RoadmapError(RoadmapProblem::no_key);
    auto [title, description] = title_and_description(proposal->text.value());
    InitiativeWords words;
    words.theme_id = table->theme_id;
    words.title = title;
    words.description = description;
    std::vector<std::string> evidence{capture_id};
    for (std::string& dream : dreams_read_at(state, table->id)) evidence.push_back(std::move(dream));
    return roadmap.create_initiative(words, evidence, capture_id);
}

}  // namespace oogst
