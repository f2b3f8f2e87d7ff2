#pragma once
// Proposals for Decidim's proposals import (Decidim::Proposals::Import::ProposalCreator):
// title/<locale> and body/<locale> for each locale, taxonomies/ids (or category/id),
// scope/id; the creator ignores id and reads nested hashes from JSON. A few read-only
// columns more (votes, the key's name, Oogst's id) help whoever checks the file.
#include <string>
#include <vector>

#include "core/opendata/decidim_mapping.hpp"
#include "core/opendata/open_data_rows.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

struct Proposal {
    std::string id;             // the capture's id in Oogst (a pile's first)
    std::string title, body;    // proposal_text
    std::string key_id, key;    // "" when not filed
    int votes = 0;
    double score = 0;           // average over the pile
    std::size_t pile = 1;       // the captures it stands for
};

// strongest: each key's strongest dreams (per_key of them, a pile as one, consent applied
// by published_workshop); all: every published capture that has words.
std::vector<Proposal> decidim_proposals(const WorkshopState& state, const PublishedWorkshop& workshop,
                                        const std::vector<CaptureRow>& rows, ProposalChoice choice, int per_key);

// ';'-separated, as Decidim.default_csv_col_sep; the same words in every locale's columns.
std::string decidim_proposals_csv(const std::vector<Proposal>& proposals, const DecidimMapping& mapping);
// An array of {"title": {"nl": …}, "body": {…}, "taxonomies": {"ids": [3]}, "scope": {"id": 7}, …}.
std::string decidim_proposals_json(const std::vector<Proposal>& proposals, const DecidimMapping& mapping);

}  // namespace oogst
