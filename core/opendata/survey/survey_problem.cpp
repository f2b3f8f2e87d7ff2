#include "core/opendata/survey/survey_problem.hpp"

namespace oogst {

std::string_view name_of(SurveyProblem::Kind kind) {
    using Kind = SurveyProblem::Kind;
    switch (kind) {
    case Kind::no_file: return "no_file";
    case Kind::too_large: return "too_large";
    case Kind::not_text: return "not_text";
    case Kind::malformed: return "malformed";
    case Kind::not_a_workbook: return "not_a_workbook";
    case Kind::workbook_damaged: return "workbook_damaged";
    case Kind::not_json: return "not_json";
    case Kind::empty: return "empty";
    case Kind::too_many_rows: return "too_many_rows";
    case Kind::not_the_format: return "not_the_format";
    case Kind::unknown_column: return "unknown_column";
    case Kind::no_text_column: return "no_text_column";
    case Kind::bad_score: return "bad_score";
    case Kind::bad_count: return "bad_count";
    case Kind::no_ideas: return "no_ideas";
    case Kind::no_workshop: return "no_workshop";
    }
    return "no_file";
}

std::string survey_sentence(const SurveyProblem& p) {
    using Kind = SurveyProblem::Kind;
    std::string sentence;
    switch (p.kind) {
    case Kind::no_file: sentence = "there is no file to read at " + p.name; break;
    case Kind::too_large:
        sentence = "the file is " + std::to_string(p.count) + " MB, too large for a survey (at most 200 MB)";
        break;
    case Kind::not_text:
        sentence = "the file is neither a spreadsheet saved as CSV (UTF-8 or Windows-1252) nor an Excel workbook";
        break;
    case Kind::malformed: sentence = "a quote (\") is opened and never closed"; break;
    case Kind::not_a_workbook: sentence = "the file is not an Excel workbook (.xlsx)"; break;
    case Kind::workbook_damaged:
        sentence = "the Excel workbook is damaged: open it in a spreadsheet program and save it again";
        break;
    case Kind::not_json: sentence = "the file is not a Decidim export in JSON (a list of proposals)"; break;
    case Kind::empty: sentence = "the file holds no ideas: a header row, then one idea a row"; break;
    case Kind::too_many_rows:
        sentence = "the file has " + std::to_string(p.count) + " rows, more than a survey's 100,000";
        break;
    case Kind::not_the_format:
        sentence = "the file does not have the columns of a " + p.value + " export" +
                   (p.value == "polis" ? " (comment-id, comment-body)" : " (title/…, body/…)");
        break;
    case Kind::unknown_column: sentence = "there is no column \"" + p.value + "\"; the file has: " + p.name; break;
    case Kind::no_text_column:
        sentence = "no column holds the ideas' text; choose one with --text-column (the file has: " + p.name + ")";
        break;
    case Kind::bad_score:
        sentence = "the score \"" + p.value +
                   "\" is not a number from 1 to 5; if it counts supports, map it as agree counts (--agree-column)";
        break;
    case Kind::bad_count: sentence = "\"" + p.value + "\" is not a count (a whole number from 0 to 100,000)"; break;
    case Kind::no_ideas: sentence = "every row's idea is empty: is the text column the right one?"; break;
    case Kind::no_workshop:
        sentence = "this store holds no workshop of its own: import a survey on the facilitator's machine";
        break;
    }
    return p.row > 0 ? "row " + std::to_string(p.row) + ": " + sentence : sentence;
}

}  // namespace oogst
