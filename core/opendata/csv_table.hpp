#pragma once
// An OpenTable as CSV (RFC 4180): a header row of the field names, then one line per row,
// lines ended by CRLF. A field holding the separator, a quote or a line break is quoted
// by libcsv; text fields are defused first (spreadsheet_cell.hpp), numbers are not.
#include <string>

#include "core/opendata/open_data_table.hpp"

namespace oogst {

struct CsvStyle {
    char separator = ',';  // Decidim's reader wants ';' (Decidim.default_csv_col_sep)
    // A UTF-8 byte order mark first: Excel then reads the accents right. Only the
    // spreadsheet CSV has one; Decidim's Ruby reader and data portals want none.
    bool byte_order_mark = false;
};

std::string csv_text(const OpenTable& table, CsvStyle style = {});

}  // namespace oogst
