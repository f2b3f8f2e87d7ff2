#include "core/prepare/plan_problem.hpp"

namespace oogst {
namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string sentence(const PlanProblem& p) {
    using Kind = PlanProblem::Kind;
    switch (p.kind) {
        case Kind::no_workshop: return "this store has no workshop yet: create one first";
        case Kind::has_workshop:
            return "this store already belongs to the workshop " + quoted(p.name) + ": use another store for a new workshop";
        case Kind::joined_device:
            return "this store joined a workshop as a device: prepare the workshop on the facilitator's machine";
        case Kind::no_workshop_name: return "a workshop needs a name, e.g. \"Roeselare 2030\"";
        case Kind::unknown_method: return "unknown method " + quoted(p.value) + " ('oogst-cli templates' lists them)";
        case Kind::bad_date: return quoted(p.value) + " is not a date: write it as 2026-12-04";
        case Kind::unknown_language: return "unknown language " + quoted(p.value) + ": use nl, fr or en";
        case Kind::unknown_session:
            return "there is no session " + p.value + " in this workshop ('oogst-cli session list' lists them)";
        case Kind::no_table_name: return "a session needs a name (a table's name, or a kiosk's exhibition title)";
        case Kind::name_taken: return "there is already a session called " + quoted(p.name) + ": give this one another name";
        case Kind::bad_start:
            return quoted(p.value) + " is not a start time: write 19:30 (on the workshop's first day) or 2026-12-04 19:30";
        case Kind::no_workshop_date:
            return "the start " + quoted(p.value) +
                   " has no day and the workshop has no dates: write 2026-12-04 19:30, or give the workshop its dates";
        case Kind::participants_out_of_range:
            return quoted(p.value) + " participants: a table has between 1 and 12 (or 0: not said)";
        case Kind::kiosk_without_school: return "a kiosk needs at least one school with its classes";
        case Kind::kiosk_unnamed_school: return "one of the kiosk's schools has no name";
        case Kind::kiosk_school_twice: return "the school " + quoted(p.name) + " is listed twice";
        case Kind::kiosk_school_without_classes: return "the school " + quoted(p.name) + " has no classes";
        case Kind::session_holds_captures:
            return "the session " + quoted(p.name) + " holds " + std::to_string(p.count) +
                   " captures: merge it into another session instead of removing it";
        case Kind::merge_into_itself: return "the session " + quoted(p.name) + " cannot be merged into itself";
        case Kind::csv_not_text:
            return "the file is not text in UTF-8 or Windows-1252: save it from the spreadsheet as CSV (UTF-8)";
        case Kind::csv_too_large: return "the file is too large to be a list of tables (more than 1 MB)";
        case Kind::csv_malformed: return "a quote (\") is opened and never closed";
        case Kind::csv_empty: return "the file lists no tables: one table a row, as table;place;ambassador;start";
        case Kind::csv_too_many_columns:
            return std::to_string(p.count) + " columns where table;place;ambassador;start has 4";
        case Kind::csv_name_twice:
            return "the table " + quoted(p.name) + " is already on row " + std::to_string(p.count);
    }
    return "the plan cannot be saved";
}

}  // namespace

std::string plan_sentence(const PlanProblem& problem) {
    std::string text = sentence(problem);
    return problem.row ? "row " + std::to_string(problem.row) + ": " + text : text;
}

PlanError::PlanError(std::vector<PlanProblem> problems)
    : UserError([&] {
          std::string text = plan_sentence(problems.front());
          if (problems.size() == 2) text += " (and 1 more row)";
          if (problems.size() > 2) text += " (and " + std::to_string(problems.size() - 1) + " more rows)";
          if (problems.front().row) text += "; nothing was imported";
          return text;
      }()),
      problems_(std::move(problems)) {}

}  // namespace oogst
