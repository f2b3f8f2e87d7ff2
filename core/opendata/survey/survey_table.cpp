#include "core/opendata/survey/survey_table.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>

#include "core/opendata/survey/survey_problem.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/spreadsheet/csv_reading.hpp"
#include "core/spreadsheet/text_encoding.hpp"
#include "core/spreadsheet/xlsx_reading.hpp"

namespace oogst {
namespace {

using SurveyKind = SurveyProblem::Kind;

[[noreturn]] void refuse(SurveyKind kind, std::size_t row = 0) { throw SurveyError(SurveyProblem{.kind = kind, .row = row}); }

std::string read_bytes(const std::filesystem::path& path) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error || !std::filesystem::is_regular_file(path))
        throw SurveyError(SurveyProblem{.kind = SurveyKind::no_file, .name = path.string()});
    // Checked before a byte is read: a 2 GB file is refused, not loaded.
    if (size > max_survey_bytes)
        throw SurveyError(SurveyProblem{.kind = SurveyKind::too_large, .count = static_cast<std::size_t>(size >> 20)});
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
        throw SurveyError(SurveyProblem{.kind = SurveyKind::no_file, .name = path.string()});
    return bytes;
}

// ---- CSV and workbooks ----

std::vector<SheetRow> csv_rows(std::string_view bytes) {
    const auto text = spreadsheet_text(bytes);
    if (!text) refuse(SurveyKind::not_text);
    CsvReading reading = read_csv(*text);
    if (reading.broken_at) refuse(SurveyKind::malformed, *reading.broken_at);
    return std::move(reading.rows);
}

std::vector<SheetRow> workbook_rows(std::string_view bytes) {
    try {
        return read_xlsx(bytes);
    } catch (const XlsxError& bad) {
        if (bad.problem() == XlsxProblem::too_large) throw SurveyError(SurveyProblem{.kind = SurveyKind::too_large, .count = 512});
        refuse(bad.problem() == XlsxProblem::damaged ? SurveyKind::workbook_damaged : SurveyKind::not_a_workbook);
    }
}

// ---- Decidim's JSON: a list of objects, flattened as its CSV export names columns ----

void flatten(const nlohmann::json& value, const std::string& name, std::map<std::string, std::string>& cells) {
    if (value.is_object()) {
        for (const auto& [key, member] : value.items()) flatten(member, name.empty() ? key : name + "/" + key, cells);
    } else if (value.is_array()) {
        std::string joined;  // a list of ids or names, as Decidim's CSV writes it
        for (const auto& item : value) {
            if (item.is_structured()) continue;
            std::map<std::string, std::string> one;
            flatten(item, "", one);
            joined += (joined.empty() ? "" : ",") + one[""];
        }
        cells[name] = joined;
    } else if (value.is_string()) {
        cells[name] = value.get<std::string>();
    } else if (value.is_boolean()) {
        cells[name] = value.get<bool>() ? "true" : "false";
    } else if (value.is_number_integer()) {
        cells[name] = value.dump();
    } else if (value.is_number()) {
        cells[name] = std::to_string(value.get<double>());
    } else {
        cells[name] = "";  // null
    }
}

// A JSON document nested deeper than a proposal ever is: refused before it is parsed,
// so a hostile file cannot run the parser's recursion out of stack.
bool too_deep(std::string_view text) {
    int depth = 0;
    bool quoted = false, escaped = false;
    for (char c : text) {
        if (escaped) escaped = false;
        else if (quoted && c == '\\') escaped = true;
        else if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '[' || c == '{') && ++depth > 32) return true;
        else if (!quoted && (c == ']' || c == '}')) --depth;
    }
    return false;
}

void read_json(std::string_view bytes, SurveyTable& table) {
    const auto text = spreadsheet_text(bytes);
    if (!text || too_deep(*text)) refuse(SurveyKind::not_json);
    // No exceptions from the parser: a broken file is "discarded", and so refused.
    const nlohmann::json document = nlohmann::json::parse(*text, nullptr, false);
    if (document.is_discarded() || !document.is_array()) refuse(SurveyKind::not_json);
    std::map<std::string, std::size_t> column_of;
    std::size_t item = 0;
    for (const auto& proposal : document) {
        ++item;
        if (!proposal.is_object()) refuse(SurveyKind::not_json, item);
        std::map<std::string, std::string> cells;
        flatten(proposal, "", cells);
        SheetRow row{item, {}};
        for (auto& [name, cell] : cells) {
            const auto [at, fresh] = column_of.emplace(name, table.header.size());
            if (fresh) table.header.push_back(name);
            if (row.cells.size() <= at->second) row.cells.resize(at->second + 1);
            row.cells[at->second] = std::move(cell);
        }
        table.rows.push_back(std::move(row));
    }
}

// ---- What the file is ----

bool has_column(const std::vector<std::string>& header, std::string_view name) {
    return std::any_of(header.begin(), header.end(), [name](const std::string& column) { return name_key(column) == name; });
}

bool has_column_starting(const std::vector<std::string>& header, std::string_view start) {
    return std::any_of(header.begin(), header.end(),
                       [start](const std::string& column) { return name_key(column).rfind(start, 0) == 0; });
}

bool decidim_header(const std::vector<std::string>& header) {
    return has_column_starting(header, "title/") && has_column_starting(header, "body/");
}

bool polis_header(const std::vector<std::string>& header) {
    return has_column(header, "comment-id") && has_column(header, "comment-body");
}

void split_header(std::vector<SheetRow> rows, std::vector<std::string>& header, std::vector<SheetRow>& body) {
    if (rows.empty()) return;
    header = std::move(rows.front().cells);
    for (std::string& name : header) name = trim(name);
    body.assign(std::make_move_iterator(rows.begin() + 1), std::make_move_iterator(rows.end()));
}

}  // namespace

std::optional<SurveyFormat> parse_survey_format(std::string_view name) {
    if (name == "csv") return SurveyFormat::csv;
    if (name == "xlsx") return SurveyFormat::xlsx;
    if (name == "decidim") return SurveyFormat::decidim;
    if (name == "polis") return SurveyFormat::polis;
    return std::nullopt;
}

std::string_view name_of(SurveyFormat format) {
    switch (format) {
    case SurveyFormat::csv: return "csv";
    case SurveyFormat::xlsx: return "xlsx";
    case SurveyFormat::decidim: return "decidim";
    case SurveyFormat::polis: return "polis";
    }
    return "csv";
}

SurveyTable survey_table_of(std::string file_name, std::string_view bytes, std::optional<SurveyFormat> format) {
    SurveyTable table;
    table.file_name = std::move(file_name);
    // The bytes say what container it is, whatever its name: a zip is a workbook, a
    // list in brackets is JSON, anything else is read as CSV.
    const std::size_t first = bytes.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    const bool zip = bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
    const bool json = first != std::string_view::npos && bytes[first] == '[';
    if (format == SurveyFormat::xlsx && !zip) refuse(SurveyKind::not_a_workbook);
    if (zip) split_header(workbook_rows(bytes), table.header, table.rows);
    else if (json) read_json(bytes, table);
    else split_header(csv_rows(bytes), table.header, table.rows);

    if (table.rows.size() > max_survey_rows)
        throw SurveyError(SurveyProblem{.kind = SurveyKind::too_many_rows, .count = table.rows.size()});
    const SurveyFormat seen = polis_header(table.header)     ? SurveyFormat::polis
                              : decidim_header(table.header) ? SurveyFormat::decidim
                              : zip                          ? SurveyFormat::xlsx
                                                             : SurveyFormat::csv;
    if ((format == SurveyFormat::decidim || format == SurveyFormat::polis) && seen != *format)
        throw SurveyError(SurveyProblem{.kind = SurveyKind::not_the_format, .value = std::string(name_of(*format))});
    // Asked for as a plain spreadsheet, a platform's file is still read by its columns
    // unless the facilitator maps them: the caller decides with the format kept here.
    table.format = format && (*format == SurveyFormat::csv || *format == SurveyFormat::xlsx) ? *format : seen;
    if (table.rows.empty()) refuse(SurveyKind::empty);
    return table;
}

SurveyTable read_survey_table(const std::filesystem::path& path, std::optional<SurveyFormat> format) {
    std::filesystem::path file = path;
    // Pol.is exports a folder: its comments are the ideas.
    if (std::filesystem::is_directory(path)) file = path / "comments.csv";
    SurveyTable table = survey_table_of(file.filename().string(), read_bytes(file), format);
    if (table.format == SurveyFormat::polis) {
        const std::filesystem::path votes = file.parent_path() / "votes.csv";
        if (std::filesystem::is_regular_file(votes)) {
            const std::vector<SheetRow> rows = csv_rows(read_bytes(votes));
            split_header(rows, table.votes_header, table.votes);
        }
    }
    return table;
}

}  // namespace oogst
