#pragma once
// CSV as spreadsheet programs and platforms write it, read with libcsv: `;`, `,`, a tab
// or `|` between cells (whichever the first row uses most), quoted cells with line
// breaks and "" in them, CR LF or LF. The text is UTF-8 already (text_encoding.hpp).
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/spreadsheet/sheet_row.hpp"

namespace oogst {

struct CsvReading {
    std::vector<SheetRow> rows;  // the rows with something in them, in order
    char delimiter = ';';
    // Where the file stops being CSV (a quoted cell that never closes, which libcsv,
    // forgiving about stray quotes, would take to the end of the file); none when sound.
    std::optional<std::size_t> broken_at;
};

// The delimiter the first row uses most, outside quotes: ';' when it uses none.
char csv_delimiter(std::string_view text);

// Throws std::bad_alloc only; a broken file says where in broken_at.
CsvReading read_csv(std::string_view text, std::optional<char> delimiter = std::nullopt);

}  // namespace oogst
