#include "core/prepare/table_list_csv.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/model/ids.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/prepare/workshop_setup.hpp"
#include "core/spreadsheet/csv_reading.hpp"
#include "core/spreadsheet/text_encoding.hpp"

namespace oogst {
namespace {

using PlanKind = PlanProblem::Kind;

constexpr std::size_t max_rows = 2000;

// ---- Columns ----

enum Column { table, place, ambassador, start, column_count };

// The header words planners use, in the three languages (compared as name_key).
std::optional<Column> column_named(const std::string& word) {
    static const std::map<std::string, Column> words = {
        {"table", table},      {"tafel", table},        {"tafelnaam", table},   {"naam", table},
        {"name", table},       {"nom", table},          {"table name", table},  {"session", table},
        {"sessie", table},     {"place", place},        {"plaats", place},      {"locatie", place},
        {"lieu", place},       {"location", place},     {"ambassador", ambassador}, {"ambassadeur", ambassador},
        {"ambassadrice", ambassador}, {"start", start}, {"begin", start},       {"starttijd", start},
        {"uur", start},        {"tijd", start},         {"début", start},       {"debut", start},
        {"heure", start},      {"time", start},         {"start time", start},
    };
    const auto found = words.find(name_key(word));
    return found == words.end() ? std::nullopt : std::optional(found->second);
}

PlanProblem at_row(PlanProblem problem, std::size_t row) {
    problem.row = row;
    return problem;
}

}  // namespace

TableList read_table_list(std::string_view bytes, const WorkshopState& state) {
    TableList list;
    const auto whole = [&list](PlanKind kind) {
        list.problems.push_back(PlanProblem{.kind = kind});
        return list;
    };
    if (bytes.size() > max_table_list_bytes) return whole(PlanKind::csv_too_large);
    const auto text = spreadsheet_text(bytes);
    if (!text) return whole(PlanKind::csv_not_text);
    const CsvReading reading = read_csv(*text);
    if (reading.broken_at) {
        list.problems.push_back(at_row(PlanProblem{.kind = PlanKind::csv_malformed}, *reading.broken_at));
        return list;
    }
    if (reading.rows.empty()) return whole(PlanKind::csv_empty);

    // A header names the columns; without one they come in the planners' order.
    std::array<std::optional<std::size_t>, column_count> at{0, 1, 2, 3};
    std::size_t first = 0;
    const SheetRow& top = reading.rows.front();
    if (std::any_of(top.cells.begin(), top.cells.end(), [](const std::string& cell) { return column_named(cell).has_value(); })) {
        list.header = true;
        at = {};
        for (std::size_t i = 0; i < top.cells.size(); ++i)
            if (const auto column = column_named(top.cells[i]); column && !at[*column]) at[*column] = i;
        first = 1;
    }
    if (reading.rows.size() - first > max_rows) return whole(PlanKind::csv_too_large);

    const std::vector<std::string> days = state.has_workshop() ? state.workshop().dates : std::vector<std::string>{};
    std::map<std::string, std::size_t> row_of_name;
    for (const SessionSet* session : state.sessions()) row_of_name.emplace(name_key(session->table_name), 0);
    for (std::size_t r = first; r < reading.rows.size(); ++r) {
        const SheetRow& record = reading.rows[r];
        const auto cell = [&record, &at](Column column) {
            return at[column] && *at[column] < record.cells.size() ? trim(record.cells[*at[column]]) : std::string();
        };
        if (!list.header) {
            std::size_t used = record.cells.size();
            while (used > 0 && trim(record.cells[used - 1]).empty()) --used;
            if (used > column_count) {
                list.problems.push_back(
                    at_row(PlanProblem{.kind = PlanKind::csv_too_many_columns, .count = used}, record.row));
                continue;
            }
        }
        TableListRow row{record.row, {}};
        row.plan.table_name = cell(table);
        row.plan.place = cell(place);
        row.plan.ambassador = cell(ambassador);
        if (row.plan.table_name.empty()) {
            list.problems.push_back(at_row(PlanProblem{.kind = PlanKind::no_table_name}, record.row));
            continue;
        }
        const auto [earlier, fresh] = row_of_name.emplace(name_key(row.plan.table_name), record.row);
        if (!fresh) {
            list.problems.push_back(at_row(earlier->second == 0
                                               ? PlanProblem{.kind = PlanKind::name_taken, .name = row.plan.table_name}
                                               : PlanProblem{.kind = PlanKind::csv_name_twice, .name = row.plan.table_name,
                                                             .count = earlier->second},
                                           record.row));
            continue;
        }
        try {
            row.plan.starts_at_ms = parse_start(cell(start), days);
        } catch (const PlanError& bad) {
            list.problems.push_back(at_row(bad.problem(), record.row));
            continue;
        }
        list.tables.push_back(std::move(row));
    }
    if (list.tables.empty() && list.problems.empty()) list.problems.push_back(PlanProblem{.kind = PlanKind::csv_empty});
    return list;
}

std::vector<std::string> import_table_list(Store& store, std::string_view bytes, const TemplateLibrary& methods) {
    workshop_to_prepare(store);
    TableList list = read_table_list(bytes, store.state());
    if (!list.problems.empty()) throw PlanError(std::move(list.problems));
    // Every plan is checked before the first is stored: the batch then cannot fail halfway
    // for a reason of the plan's own.
    std::vector<SessionSet> sessions;
    for (TableListRow& row : list.tables) {
        SessionPlan plan;
        try {
            plan = checked_session_plan(std::move(row.plan), store.state(), methods);
        } catch (const PlanError& bad) {
            throw PlanError(at_row(bad.problem(), row.row));
        }
        SessionSet session{new_id(), plan.method, plan.table_name, plan.ambassador, plan.place, plan.starts_at_ms, 0};
        sessions.push_back(std::move(session));
    }
    std::vector<std::string> ids;
    store.batch([&] {
        for (const SessionSet& session : sessions) {
            store.record(session);
            ids.push_back(session.id);
        }
    });
    return ids;
}

}  // namespace oogst
