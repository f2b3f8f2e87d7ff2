#include "core/opendata/csv_table.hpp"

#include <csv.h>

#include "core/opendata/spreadsheet_cell.hpp"

namespace oogst {
namespace {

bool needs_quotes(const std::string& value, char separator) {
    return value.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string::npos;
}

// libcsv's csv_write2 quotes and doubles the quotes inside; it is asked how much room
// it needs first.
std::string csv_quoted(const std::string& value) {
    std::string out(csv_write2(nullptr, 0, value.data(), value.size(), '"'), '\0');
    csv_write2(out.data(), out.size(), value.data(), value.size(), '"');
    return out;
}

void append_line(std::string& out, const std::vector<std::string>& values, const OpenTable& table, char separator) {
    for (std::size_t column = 0; column < values.size(); ++column) {
        if (column) out += separator;
        const bool text = column < table.fields.size() && is_text(table.fields[column].type);
        const std::string value = text ? safe_cell(values[column]) : values[column];
        out += needs_quotes(value, separator) ? csv_quoted(value) : value;
    }
    out += "\r\n";
}

}  // namespace

std::string csv_text(const OpenTable& table, CsvStyle style) {
    std::string out = style.byte_order_mark ? "\xEF\xBB\xBF" : "";
    std::vector<std::string> header;
    for (const TableField& field : table.fields) header.push_back(field.name);
    // The names are written as text: a header is text in every spreadsheet.
    OpenTable names{table.name, std::vector<TableField>(table.fields.size(), TableField("")), {}};
    append_line(out, header, names, style.separator);
    for (const std::vector<std::string>& row : table.rows) append_line(out, row, table, style.separator);
    return out;
}

}  // namespace oogst
