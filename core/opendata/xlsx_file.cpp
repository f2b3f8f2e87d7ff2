#include "core/opendata/xlsx_file.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/errors.hpp"
#include "core/model/ids.hpp"
#include "core/opendata/spreadsheet_cell.hpp"

namespace oogst {
namespace {

// A column as wide as its longest cell in characters, between a readable least and a
// most that keeps a long note from pushing the rest off screen.
double column_width(const OpenTable& table, std::size_t column) {
    std::size_t widest = table.fields[column].name.size();
    for (const std::vector<std::string>& row : table.rows) widest = std::max(widest, row[column].size());
    return std::clamp(static_cast<double>(widest) + 2, 8.0, 60.0);
}

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, FieldType type, const std::string& value) {
    if (value.empty()) return;
    switch (type) {
        case FieldType::integer:
        case FieldType::number: worksheet_write_number(sheet, row, column, std::stod(value), nullptr); return;
        case FieldType::boolean: worksheet_write_boolean(sheet, row, column, value == "true", nullptr); return;
        case FieldType::string:
        case FieldType::datetime: worksheet_write_string(sheet, row, column, safe_cell(value).c_str(), nullptr); return;
    }
}

void fill(lxw_workbook* book, const OpenTable& table) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, table.name.c_str());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    for (std::size_t column = 0; column < table.fields.size(); ++column) {
        const auto col = static_cast<lxw_col_t>(column);
        worksheet_write_string(sheet, 0, col, table.fields[column].name.c_str(), bold);
        worksheet_set_column(sheet, col, col, column_width(table, column), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (std::size_t row = 0; row < table.rows.size(); ++row)
        for (std::size_t column = 0; column < table.fields.size(); ++column)
            write_cell(sheet, static_cast<lxw_row_t>(row + 1), static_cast<lxw_col_t>(column), table.fields[column].type,
                       table.rows[row][column]);
}

}  // namespace

std::string xlsx_bytes(const OpenTable& table, const std::string& title) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / ("oogst-" + new_id() + ".xlsx");
    lxw_workbook* book = workbook_new(file.c_str());
    if (!book) throw UserError("the spreadsheet could not be made in " + file.parent_path().string());
    // A fixed creation time: the same workshop gives the same workbook.
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.c_str());
    properties.created = 1;
    workbook_set_properties(book, &properties);
    fill(book, table);
    const lxw_error closed = workbook_close(book);
    std::string bytes;
    if (closed == LXW_NO_ERROR) {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    if (closed != LXW_NO_ERROR)
        throw UserError(std::string("the spreadsheet could not be written: ") + lxw_strerror(closed));
    return bytes;
}

}  // namespace oogst
