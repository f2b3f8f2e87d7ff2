#pragma once
// A survey's rows as ideas for the workshop: each with what makes it the same idea when
// the file is read again (idempotent imports), its text, title, group, date and where it
// came from, and its support as star votes, the scale the tables score on:
//
// - a score column is one respondent's rating, 1 to 5 stars (a decimal such as an
//   average, 4.2, is rounded);
// - agree and disagree counts (Decidim's supports, Pol.is's agrees) are that many votes
//   of 5 and 1 stars: the average then says how much agreement there was, the count how
//   many took part;
// - Pol.is's votes.csv gives each voter's own vote: agree 5, pass 3, disagree 1.
//
// A Decidim proposal its author withdrew, or a Pol.is comment its moderator hid, is not
// an idea to import: it was taken back.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/opendata/survey/survey_columns.hpp"
#include "core/opendata/survey/survey_table.hpp"

namespace oogst {

inline constexpr int max_survey_count = 100000;  // agrees or disagrees for one idea

struct SurveyIdea {
    std::size_t row = 0;      // in the file, for its provenance
    std::string key;          // the same idea in a changed file: the platform's id, else its words
    std::string text, title, group, date, category, platform_id;
    std::map<std::string, int> votes;  // voter token -> stars (1-5)
};

struct SurveyIdeas {
    std::vector<SurveyIdea> ideas;
    std::size_t blank = 0;      // rows without an idea's text
    std::size_t withdrawn = 0;  // taken back by their author or hidden by a moderator
};

// Throws SurveyError (bad_score, bad_count, no_ideas) naming the row.
SurveyIdeas survey_ideas(const SurveyTable& table, const SurveyColumns& columns);

// Decidim writes its proposals' bodies as HTML: the text a person reads.
std::string plain_text(std::string_view html);

}  // namespace oogst
