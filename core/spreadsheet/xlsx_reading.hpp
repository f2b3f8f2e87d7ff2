#pragma once
// The first worksheet of an Excel workbook (.xlsx: a zip of XML parts, ECMA-376 / Office
// Open XML) as rows of cell texts, read with libzip and expat as the parts stream by, so
// a large sheet is never held twice. What a person sees in the cell comes out: shared
// and inline strings as text, numbers as "3.5", TRUE/FALSE, and a date-formatted number
// as "2026-12-04" (with " 19:30" when it has a time), not Excel's day count.
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/errors.hpp"
#include "core/spreadsheet/sheet_row.hpp"

namespace oogst {

enum class XlsxProblem {
    not_a_workbook,  // not a zip, or a zip without a workbook (a .docx, an .ods renamed)
    damaged,         // a part is not XML, or the zip is cut short
    too_large,       // a part unpacks to more than max_xlsx_part_bytes (a zip bomb)
};

inline constexpr std::size_t max_xlsx_part_bytes = std::size_t{512} << 20;

class XlsxError : public UserError {
public:
    explicit XlsxError(XlsxProblem problem);
    XlsxProblem problem() const { return problem_; }

private:
    XlsxProblem problem_;
};

// The rows with something in them, in order. Throws XlsxError.
std::vector<SheetRow> read_xlsx(std::string_view bytes);

}  // namespace oogst
