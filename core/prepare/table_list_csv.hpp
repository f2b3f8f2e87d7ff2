#pragma once
// A list of tables from the planners' spreadsheet, saved as CSV: one table a row, as
// table;place;ambassador;start. Read the way spreadsheets write it: `;` or `,` between
// cells, a byte-order mark or none, quoted cells (with line breaks in them), UTF-8 or
// Windows-1252 (Excel's "CSV" on a Belgian Windows), a header row or none (with one,
// its words say which column is which, in Dutch, French or English). Start times are
// "19:30" (on the workshop's first day) or "2026-12-04 19:30".
//
// All or nothing: a list with one bad row stores no table, and each bad row is named.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/prepare/plan_problem.hpp"
#include "core/prepare/session_plan.hpp"
#include "core/store/store.hpp"

namespace oogst {

inline constexpr std::size_t max_table_list_bytes = 1 << 20;

struct TableListRow {
    std::size_t row = 0;  // in the spreadsheet, from 1 (the header is row 1)
    SessionPlan plan;
};

struct TableList {
    std::vector<TableListRow> tables;
    std::vector<PlanProblem> problems;  // one per bad row (or one for the whole file)
    bool header = false;
};

// Reads the file's bytes into plans for the workshop in state (its days place "19:30";
// a table's name must be new to it). Never throws for bad input: problems says why.
TableList read_table_list(std::string_view bytes, const WorkshopState& state);

// Reads and adds every table in one transaction; returns their ids in the file's order.
// PlanError with every bad row's problem, and nothing stored, when any row is bad.
std::vector<std::string> import_table_list(Store& store, std::string_view bytes, const TemplateLibrary& methods);

}  // namespace oogst
