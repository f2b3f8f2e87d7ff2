#pragma once
// Each session's closing data for Decidim Meetings (a meeting's close form: closing
// report, attendees count, contributions count, attending organisations), one ';'-
// separated row per session: title/<l> (its table name), start_time, closing_report/<l>
// (its method, participants, published captures, votes and main keys), attendees_count,
// contributions_count (its published captures), attending_organizations (left empty:
// Oogst does not record them), and oogst/session, its id.
#include <string>
#include <vector>

#include "core/assets/translations.hpp"
#include "core/opendata/decidim_mapping.hpp"
#include "core/opendata/open_data_rows.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

std::string decidim_meetings_csv(const WorkshopState& state, const PublishedWorkshop& workshop,
                                 const std::vector<CaptureRow>& rows, const DecidimMapping& mapping,
                                 const Translations& words);

}  // namespace oogst
