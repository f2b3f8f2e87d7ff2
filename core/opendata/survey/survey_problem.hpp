#pragma once
// Why an online survey's file cannot be read in, as a value: the desk says it in the
// facilitator's language (assets/i18n/opendata.yaml, "survey.problem.<kind>"), the
// command line in English. A file with a problem adds nothing to the workshop.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/errors.hpp"

namespace oogst {

struct SurveyProblem {
    enum class Kind {
        no_file,          // name: the path that is not there (or not readable)
        too_large,        // count: the file's size in MB
        not_text,         // neither UTF-8 nor Windows-1252, nor a workbook (a picture, a PDF)
        malformed,        // row: where a quoted cell opens and never closes
        not_a_workbook,   // an .xlsx that is not one
        workbook_damaged,
        not_json,         // a Decidim JSON export that is not JSON, or not a list of proposals
        empty,            // no row under the header
        too_many_rows,    // count: the rows
        not_the_format,   // value: the format asked (decidim, polis) whose columns are not there
        unknown_column,   // value: the column asked for, name: the columns there are
        no_text_column,   // name: the columns there are
        bad_score,        // row, value: a score that is not a number from 1 to 5
        bad_count,        // row, value: an agree or disagree count that is not a whole number
        no_ideas,         // every row's idea is empty
        no_workshop,      // the store holds no workshop (or is a table's device)
    };
    Kind kind = Kind::no_file;
    std::string name{}, value{};
    std::size_t count = 0;
    std::size_t row = 0;  // the spreadsheet row (or the JSON list's item), from 1; 0: the whole file
};

// The problem as one English sentence, with "row N: " before it when it is in a row.
std::string survey_sentence(const SurveyProblem& problem);
std::string_view name_of(SurveyProblem::Kind kind);  // "bad_score": the translation's key

class SurveyError : public UserError {
public:
    explicit SurveyError(SurveyProblem problem) : UserError(survey_sentence(problem)), problem_(std::move(problem)) {}
    const SurveyProblem& problem() const { return problem_; }

private:
    SurveyProblem problem_;
};

}  // namespace oogst
