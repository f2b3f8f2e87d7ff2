#pragma once
// An OpenTable as an XLSX workbook, written by libxlsxwriter: one sheet named after the
// table, its header row bold and frozen, each column as wide as its longest cell (within
// bounds); text as text (defused, spreadsheet_cell.hpp), numbers as numbers, booleans as
// booleans.
#include <string>

#include "core/opendata/open_data_table.hpp"

namespace oogst {

// The workbook's bytes. libxlsxwriter writes only to a file, so it is written to a
// temporary file and read back. Throws UserError when it cannot be written.
std::string xlsx_bytes(const OpenTable& table, const std::string& title);

}  // namespace oogst
