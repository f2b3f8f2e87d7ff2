#pragma once
// A Toekomstlab's innovation cases (issue 16): the long list ranked by the support of
// what each came from, the shortlist of 5-10 chosen from its top (the long list stays),
// and a case made from a lab table in one step: one session of the toekomstlab method
// works out one case, its five boards the case's parts.
#include <string>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/model/workshop_state.hpp"
#include "core/roadmap/roadmap_actions.hpp"
#include "core/roadmap/roadmap_evidence.hpp"

namespace oogst {

inline constexpr const char* lab_method = "toekomstlab";
// The size of shortlist a Toekomstlab aims for.
inline constexpr std::size_t shortlist_fewest = 5, shortlist_most = 10;

struct RankedCase {
    const InnovationCaseSet* item = nullptr;
    EvidenceCount support;  // of the captures it came from
    bool shortlisted = false;
};

// The live cases, strongest first: by the average score of their captures, then by
// their votes, then by title and id.
std::vector<RankedCase> ranked_cases(const WorkshopState& state);

// Lab tables (live sessions of the toekomstlab method) no live case came from yet.
std::vector<const SessionSet*> lab_tables_without_case(const WorkshopState& state);

// A case from a lab table: each part the strongest note on its board (the title from
// "idee", else the table's name; impact, target group, first step and owner from
// "impact", "doelgroep", "eerste-stap", "trekker"), every note with words as its
// evidence. Returns the new case's id. RoadmapError gone when it is not a lab table.
std::string case_from_lab_table(RoadmapActions& roadmap, const WorkshopState& state, const TemplateLibrary& methods,
                                const std::string& session_id);

}  // namespace oogst
