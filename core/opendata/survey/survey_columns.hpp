#pragma once
// Which column of a survey's table holds what: the idea's text, and optionally its
// title, a score, agree and disagree counts, a date and the respondent's group (an age
// band, never a name). The facilitator names them once (by the header's word, a letter
// "C" or a number "3"); what is not named is recognised: Decidim's and Pol.is's columns
// by their fixed names, a survey of one's own by the words its header uses in Dutch,
// French or English.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/opendata/survey/survey_table.hpp"

namespace oogst {

struct SurveyColumnChoice {
    std::string text, title, score, agree, disagree, date, group;  // empty: recognise it
};

struct SurveyColumns {
    std::optional<std::size_t> text, title, score, agree, disagree, date, group;
    std::optional<std::size_t> id;        // the platform's own id: a proposal keeps its identity when edited
    std::optional<std::size_t> category;  // Decidim's category or taxonomy name
    std::optional<std::size_t> withdrawn; // Decidim: the author withdrew it; Pol.is: "moderated" (-1 hidden)
};

// Throws SurveyError (unknown_column, no_text_column). languages: the workshop's, in
// order; they pick Decidim's "body/nl" before "body/fr".
SurveyColumns survey_columns(const SurveyTable& table, const SurveyColumnChoice& choice,
                             const std::vector<std::string>& languages);

// "Idee (C)" for the desk's lists: the header's word and its spreadsheet letter.
std::string column_letter(std::size_t column);

}  // namespace oogst
