#pragma once
// Results for Decidim Accountability's CSV import (ResultsCsvImporter, ';'-separated):
// each initiative a parent result, each of its actions a child result whose parent/id is
// the initiative's row id. Made from published_workshop, so an initiative's private
// owner is already blank and only what a publication may say is in it.
#include <string>

#include "core/assets/translations.hpp"
#include "core/opendata/decidim_mapping.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

// Columns id, parent/id, title/<l>, description/<l>, start_date, end_date, status/id
// (empty: a status's id is the installation's own), progress (0-100: the actions done),
// proposal_urls (empty: Oogst knows no Decidim URLs), the key's taxonomies/ids or
// category/id, scope/id, weight, external_id (Oogst's id), and oogst/status and
// oogst/proposals (the published captures that back it) for whoever links them by hand.
std::string decidim_results_csv(const WorkshopState& state, const PublishedWorkshop& workshop,
                                const DecidimMapping& mapping, const Translations& words);

}  // namespace oogst
