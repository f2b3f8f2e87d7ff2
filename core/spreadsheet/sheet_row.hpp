#pragma once
// One row of a spreadsheet as its cells' texts, with the row number a spreadsheet
// program shows (from 1; a cell with a line break in it is still one row), so every
// problem and every imported idea can name where it came from.
#include <cstddef>
#include <string>
#include <vector>

namespace oogst {

struct SheetRow {
    std::size_t row = 0;
    std::vector<std::string> cells;
};

}  // namespace oogst
