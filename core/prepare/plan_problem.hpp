#pragma once
// Why a preparation step (the workshop, a session, a table list from a spreadsheet) cannot
// be done, as a value: a screen says it in the facilitator's language, the command line
// in English. Nothing is stored when a step meets a problem.
#include <cstddef>
#include <string>
#include <vector>

#include "core/errors.hpp"

namespace oogst {

struct PlanProblem {
    enum class Kind {
        // The workshop.
        no_workshop,            // the store has none yet
        has_workshop,           // name: the workshop this store already holds
        joined_device,          // the store joined someone else's workshop as a device
        no_workshop_name,
        unknown_method,         // value: the method asked for
        bad_date,               // value: the text that is not a date
        unknown_language,       // value: the language code
        // A session.
        unknown_session,        // value: the id
        no_table_name,
        name_taken,             // name: the table name another session has
        bad_start,              // value: the text that is not a start time
        no_workshop_date,       // value: "19:30" given, but the workshop has no date to put it on
        participants_out_of_range,  // value: the number
        kiosk_without_school,
        kiosk_unnamed_school,
        kiosk_school_twice,     // name: the school
        kiosk_school_without_classes,  // name: the school
        session_holds_captures, // name: the session, count: its captures
        merge_into_itself,      // name: the session
        // A table list (CSV); row is the spreadsheet's row, counted from 1.
        csv_not_text,           // neither UTF-8 nor Windows-1252 (a UTF-16 export, a picture)
        csv_too_large,
        csv_malformed,          // a quote not closed
        csv_empty,              // no table in it
        csv_too_many_columns,   // count: the columns of the row
        csv_name_twice,         // name: the table, count: the row it came first in
    };
    Kind kind = Kind::no_workshop;
    std::string name, value;
    std::size_t count = 0;
    std::size_t row = 0;  // the spreadsheet row the problem is in; 0: not from a table list
};

// The problem as one English sentence (the command line, logs), with "row N: " before
// it when it comes from a table list.
std::string plan_sentence(const PlanProblem& problem);

// A UserError carrying the problems (a table list may have several bad rows; the first
// is the one what() says, with how many more there are).
class PlanError : public UserError {
public:
    explicit PlanError(PlanProblem problem) : PlanError(std::vector<PlanProblem>{std::move(problem)}) {}
    explicit PlanError(std::vector<PlanProblem> problems);
    const PlanProblem& problem() const { return problems_.front(); }
    const std::vector<PlanProblem>& problems() const { return problems_; }

private:
    std::vector<PlanProblem> problems_;
};

}  // namespace oogst
