#pragma once
// The city debate on Oogst (method stadsdebat, Fase 7): each table takes one key. The
// facilitator plans a debate table for a key on the desk; its "dromen" board then holds
// copies of the key's strongest dreams, so the tablets that join afterwards (the join
// file carries the facilitator's operations) show them. The table proposes initiatives
// on its "initiatieven" board and scores them; back on the desk one proposal becomes
// an initiative in one step, keeping its link to the dreams and its scores.
#include <string>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/model/workshop_state.hpp"
#include "core/roadmap/roadmap_actions.hpp"
#include "core/sense/theme_profile.hpp"
#include "core/store/store.hpp"

namespace oogst {

inline constexpr const char* debate_method = "stadsdebat";
inline constexpr const char* debate_dreams_board = "dromen";
inline constexpr const char* debate_proposals_board = "initiatieven";
// How many of a key's strongest dreams a debate table reads.
inline constexpr std::size_t debate_dreams = 12;

// Plans a debate table for theme_id (a session of the stadsdebat method, called
// table_name) with copies of the key's strongest dreams from profile (adults' notes with
// words, strongest first, at most `dreams`). Returns the session's id. PlanError (a
// name taken, no name) or RoadmapError no_key; nothing is stored then.
std::string plan_debate_table(Store& store, const TemplateLibrary& methods, const ThemeProfile& profile,
                              const std::string& theme_id, const std::string& table_name,
                              std::size_t dreams = debate_dreams);

// A debate table's proposal for a key, with its support.
struct DebateProposal {
    std::string capture_id, session_id, table, text;
    double score = 0;  // average of its stars (0: none)
    int votes = 0;
    std::string initiative_id;  // the initiative it became; empty while it is a proposal
};

// The proposals of the debate tables of theme_id (and of the keys merged into it),
// strongest first (average, then votes, then id).
std::vector<DebateProposal> debate_proposals(const WorkshopState& state, const std::string& theme_id);

// The dreams a debate table read: the originals of the copies on its "dromen" board that
// still live (a copy of a pile's card stands for every capture of the pile).
std::vector<std::string> dreams_read_at(const WorkshopState& state, const std::string& session_id);

// Promotes a proposal to an initiative of its table's key: titled with its words,
// with the proposal and the dreams its table read as evidence. Returns the new
// initiative's id, or the one it already became. RoadmapError no_capture when it is not
// a debate table's proposal, no_key when its table debates no key.
std::string promote_proposal(RoadmapActions& roadmap, const WorkshopState& state, const std::string& capture_id);

}  // namespace oogst
