// CSV injection (OWASP): a cell a spreadsheet would run as a formula gets a single quote
// in front, and nothing else is touched.
#include <gtest/gtest.h>

#include "core/opendata/spreadsheet_cell.hpp"

namespace oogst {
namespace {

TEST(SpreadsheetCell, FormulaStartsAreDefusedWithAQuote) {
    for (const char* formula : {"=HYPERLINK(\"http://x\",\"klik\")", "+31 470 12 34 56", "-", "@SUM(A1:A9)",
                                "\tverborgen", "\r=1+1", "=", "-2+3"}) {
        EXPECT_TRUE(formula_like(formula)) << formula;
        EXPECT_EQ(safe_cell(formula), std::string("'") + formula);
    }
}

TEST(SpreadsheetCell, OtherTextStaysAsItIs) {
    for (const char* text : {"", "Meer bomen", "'al gequote", " =spatie eerst", "12", "3-5 jaar", "a=b", "é=mc²"}) {
        EXPECT_FALSE(formula_like(text)) << text;
        EXPECT_EQ(safe_cell(text), text);
    }
}

}  // namespace
}  // namespace oogst
