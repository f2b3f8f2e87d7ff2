#include "core/prepare/table_list_csv.hpp"

#include <csv.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/model/ids.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/prepare/workshop_setup.hpp"

namespace oogst {
namespace {

using Kind = PlanProblem::Kind;

constexpr std::size_t max_rows = 2000;

// ---- Text: UTF-8 as it is, Windows-1252 converted ----

bool is_utf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        std::size_t extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : 9;
        if (extra == 9 || c == 0xc0 || c == 0xc1 || c > 0xf4) return false;
        if (extra > 0 && i + extra >= bytes.size()) return false;  // cut off at the end
        for (std::size_t k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) >> 6) != 0x2) return false;
        i += extra + 1;
    }
    return true;
}

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

// 0x80-0x9f of Windows-1252 (€, ‚, „, …, ‘, ’, “, ”, –, —, œ, Ÿ, …); 0 where it has none.
constexpr std::array<char32_t, 32> cp1252_high = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017d, 0,      0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178};

std::optional<std::string> from_cp1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x80) out += byte;
        else if (c < 0xa0) {
            if (!cp1252_high[c - 0x80]) return std::nullopt;
            append_utf8(out, cp1252_high[c - 0x80]);
        } else append_utf8(out, c);  // Latin-1: é, è, ë, ç, …
    }
    return out;
}

// The file as UTF-8 text without a byte-order mark; none when it is not text.
std::optional<std::string> as_text(std::string_view bytes) {
    if (bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') || (bytes[0] == '\xfe' && bytes[1] == '\xff')))
        return std::nullopt;  // UTF-16 ("Unicode text"): not CSV as asked
    if (bytes.substr(0, 3) == "\xef\xbb\xbf") bytes.remove_prefix(3);
    if (bytes.find('\0') != std::string_view::npos) return std::nullopt;
    if (is_utf8(bytes)) return std::string(bytes);
    return from_cp1252(bytes);
}

// ---- Cells: libcsv ----

struct Record {
    std::size_t row = 0;
    std::vector<std::string> cells;
};

struct Reading {
    std::vector<Record> records;  // rows with something in them
    Record current;
    std::size_t row = 1;         // the spreadsheet row being read
    int last_end = 0;            // what ended the previous row
    bool field_seen = false;
};

void on_field(void* field, std::size_t size, void* data) {
    auto& reading = *static_cast<Reading*>(data);
    reading.current.cells.emplace_back(field ? static_cast<const char*>(field) : "", field ? size : 0);
    reading.field_seen = true;
}

void on_row_end(int end, void* data) {
    auto& reading = *static_cast<Reading*>(data);
    // A CR LF pair ends one row; libcsv reports the LF on its own.
    if (!reading.field_seen && end == '\n' && reading.last_end == '\r') {
        reading.last_end = end;
        return;
    }
    reading.last_end = end;
    const bool empty = std::all_of(reading.current.cells.begin(), reading.current.cells.end(),
                                   [](const std::string& cell) { return trim(cell).empty(); });
    if (!empty) {
        reading.current.row = reading.row;
        reading.records.push_back(std::move(reading.current));
    }
    reading.current = Record{};
    reading.field_seen = false;
    ++reading.row;
}

// ';' unless the first row has more ',' between its cells (outside quotes).
unsigned char delimiter_of(std::string_view text) {
    std::size_t semicolons = 0, commas = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ';') ++semicolons;
        else if (!quoted && c == ',') ++commas;
    }
    return commas > semicolons ? ',' : ';';
}

// The row where a quoted cell opens and never closes, if one does: libcsv, forgiving
// about stray quotes, would take the rest of the file as that one cell.
std::optional<std::size_t> unclosed_quote(std::string_view text, unsigned char delimiter) {
    std::size_t row = 1, opened_at = 0;
    bool at_cell_start = true, quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"') continue;
            if (i + 1 < text.size() && text[i + 1] == '"') ++i;  // "" inside: a quote
            else quoted = false;
            continue;
        }
        if (c == '"' && at_cell_start) {
            quoted = true;
            opened_at = row;
            continue;
        }
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++row;
        at_cell_start = c == static_cast<char>(delimiter) || c == '\n' || c == '\r' ||
                        (at_cell_start && (c == ' ' || c == '\t'));
    }
    if (quoted) return opened_at;
    return std::nullopt;
}

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
    const auto whole = [&list](Kind kind) {
        list.problems.push_back(PlanProblem{.kind = kind});
        return list;
    };
    if (bytes.size() > max_table_list_bytes) return whole(Kind::csv_too_large);
    const auto text = as_text(bytes);
    if (!text) return whole(Kind::csv_not_text);

    const unsigned char delimiter = delimiter_of(*text);
    if (const auto row = unclosed_quote(*text, delimiter)) {
        list.problems.push_back(at_row(PlanProblem{.kind = Kind::csv_malformed}, *row));
        return list;
    }
    Reading reading;
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL | CSV_REPALL_NL | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
    csv_set_delim(&parser, delimiter);
    const std::size_t parsed = csv_parse(&parser, text->data(), text->size(), on_field, on_row_end, &reading);
    const bool complete = parsed == text->size() && csv_fini(&parser, on_field, on_row_end, &reading) == 0;
    const int error = csv_error(&parser);
    csv_free(&parser);
    if (error == CSV_ENOMEM) throw std::bad_alloc();
    if (!complete) {
        list.problems.push_back(at_row(PlanProblem{.kind = Kind::csv_malformed}, reading.row));
        return list;
    }
    if (reading.records.empty()) return whole(Kind::csv_empty);

    // A header names the columns; without one they come in the planners' order.
    std::array<std::optional<std::size_t>, column_count> at{0, 1, 2, 3};
    std::size_t first = 0;
    const Record& top = reading.records.front();
    if (std::any_of(top.cells.begin(), top.cells.end(), [](const std::string& cell) { return column_named(cell).has_value(); })) {
        list.header = true;
        at = {};
        for (std::size_t i = 0; i < top.cells.size(); ++i)
            if (const auto column = column_named(top.cells[i]); column && !at[*column]) at[*column] = i;
        first = 1;
    }
    if (reading.records.size() - first > max_rows) return whole(Kind::csv_too_large);

    const std::vector<std::string> days = state.has_workshop() ? state.workshop().dates : std::vector<std::string>{};
    std::map<std::string, std::size_t> row_of_name;
    for (const SessionSet* session : state.sessions()) row_of_name.emplace(name_key(session->table_name), 0);
    for (std::size_t r = first; r < reading.records.size(); ++r) {
        const Record& record = reading.records[r];
        const auto cell = [&record, &at](Column column) {
            return at[column] && *at[column] < record.cells.size() ? trim(record.cells[*at[column]]) : std::string();
        };
        if (!list.header) {
            std::size_t used = record.cells.size();
            while (used > 0 && trim(record.cells[used - 1]).empty()) --used;
            if (used > column_count) {
                list.problems.push_back(
                    at_row(PlanProblem{.kind = Kind::csv_too_many_columns, .count = used}, record.row));
                continue;
            }
        }
        TableListRow row{record.row, {}};
        row.plan.table_name = cell(table);
        row.plan.place = cell(place);
        row.plan.ambassador = cell(ambassador);
        if (row.plan.table_name.empty()) {
            list.problems.push_back(at_row(PlanProblem{.kind = Kind::no_table_name}, record.row));
            continue;
        }
        const auto [earlier, fresh] = row_of_name.emplace(name_key(row.plan.table_name), record.row);
        if (!fresh) {
            list.problems.push_back(at_row(earlier->second == 0
                                               ? PlanProblem{.kind = Kind::name_taken, .name = row.plan.table_name}
                                               : PlanProblem{.kind = Kind::csv_name_twice, .name = row.plan.table_name,
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
    if (list.tables.empty() && list.problems.empty()) list.problems.push_back(PlanProblem{.kind = Kind::csv_empty});
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
