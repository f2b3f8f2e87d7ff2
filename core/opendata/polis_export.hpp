#pragma once
// Pol.is's files, from the published captures with words (open_data_rows, so consent is
// applied): the seed file a conversation is started with (one column, comment_text), and
// the comments.csv and votes.csv Pol.is's own export writes, for tools that read them.
//
// Oogst's stars become Pol.is's votes as the import reads them back (agree 5, pass 3,
// disagree 1), so a round trip holds: 4 or 5 stars agree (1), 3 pass (0), 1 or 2
// disagree (-1). Nobody is named: a comment's author-id is its session's number, a
// voter-id a number per voter token (tokens sorted), a comment-id its row's number.
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/opendata/open_data_rows.hpp"
#include "core/publish/published_file.hpp"

namespace oogst {

// 1 agree, 0 pass, -1 disagree for a score of 1-5.
int polis_vote(int score);

std::string polis_seed_csv(const std::vector<CaptureRow>& rows);
// comments.csv (timestamp, datetime, comment-id, author-id, agrees, disagrees, moderated,
// comment-body) and votes.csv (timestamp, datetime, comment-id, voter-id, vote).
std::vector<PublishedFile> polis_export_files(const WorkshopState& state, const std::vector<CaptureRow>& rows);

}  // namespace oogst
