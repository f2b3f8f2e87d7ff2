#pragma once
// Spreadsheet safety (CSV injection): a cell that begins with '=', '+', '-', '@', a tab
// or a carriage return is taken as a formula by Excel, LibreOffice or Google Sheets, and
// a participant's note "=HYPERLINK(...)" would then run on the planner's machine. Every
// text cell an export writes (CSV, XLSX, Decidim's and Pol.is's CSVs) passes here; a
// number written as a number does not, it is data no spreadsheet runs.
#include <string>
#include <string_view>

namespace oogst {

// Whether a spreadsheet would read text as a formula.
bool formula_like(std::string_view text);

// text as it is, or with one single quote in front when it is formula_like (OWASP's
// advice): the quote shows, and nothing runs.
std::string safe_cell(std::string_view text);

}  // namespace oogst
