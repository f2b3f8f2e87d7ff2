#pragma once
// What a roadmap item answers, counted the way the debate says it: "answers 38 dreams
// from 11 tables and 4 children's works", and the support those have (the votes on them,
// by which a Toekomstlab's long list of cases is ranked). A child's work counts only with the consent
// to be shown, as on the wall; the tables are the sessions (merged ones as one).
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"

namespace oogst {

struct EvidenceCount {
    int dreams = 0;          // adults' captures (not the debate's proposals)
    int tables = 0;          // the sessions those came from
    int children_works = 0;  // kiosk works with the consent to be shown
    int proposals = 0;       // debate tables' proposals (method stadsdebat)
    int votes = 0;           // votes on all of them
    double average = 0;      // their average score (0: no votes)
};

EvidenceCount count_evidence(const WorkshopState& state, const std::vector<std::string>& capture_ids);

// The live captures among capture_ids that may be shown (a child's work only with its
// consent), in the order given.
std::vector<std::string> shown_evidence(const WorkshopState& state, const std::vector<std::string>& capture_ids);

}  // namespace oogst
