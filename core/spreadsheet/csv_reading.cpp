#include "core/spreadsheet/csv_reading.hpp"

#include "core/model/plain_text.hpp"

#include <csv.h>

#include <algorithm>
#include <array>
#include <new>
#include <string>

namespace oogst {
namespace {

struct Reading {
    CsvReading result;
    SheetRow current;
    std::size_t row = 1;  // the spreadsheet row being read
    int last_end = 0;     // what ended the previous row
    bool field_seen = false;
};

// A line break inside a quoted cell is "\n", whatever line ends the file was saved with.
std::string with_plain_line_breaks(const char* field, std::size_t size) {
    std::string cell;
    cell.reserve(size);
    for (std::size_t i = 0; i < size; ++i) {
        if (field[i] != '\r') cell += field[i];
        else if (i + 1 >= size || field[i + 1] != '\n') cell += '\n';
    }
    return cell;
}

void on_field(void* field, std::size_t size, void* data) {
    auto& reading = *static_cast<Reading*>(data);
    reading.current.cells.push_back(field ? with_plain_line_breaks(static_cast<const char*>(field), size) : "");
    reading.field_seen = true;
}

void on_row_end(int end, void* data) {
    auto& reading = *static_cast<Reading*>(data);
    // A CR LF pair ends one row; libcsv reports the LF on its own.
    if (!reading.field_seen && end == '\n' && reading.last_end == '\r') {
        reading.last_end = end;
        return;
    }
    reading.last_end = end;
    if (!std::all_of(reading.current.cells.begin(), reading.current.cells.end(), blank)) {
        reading.current.row = reading.row;
        reading.result.rows.push_back(std::move(reading.current));
    }
    reading.current = SheetRow{};
    reading.field_seen = false;
    ++reading.row;
}

std::optional<std::size_t> unclosed_quote(std::string_view text, char delimiter) {
    std::size_t row = 1, opened_at = 0;
    bool at_cell_start = true, quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"') continue;
            if (i + 1 < text.size() && text[i + 1] == '"') ++i;  // "" inside: a quote
            else quoted = false;
            continue;
        }
        if (c == '"' && at_cell_start) {
            quoted = true;
            opened_at = row;
            continue;
        }
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++row;
        at_cell_start = c == delimiter || c == '\n' || c == '\r' || (at_cell_start && (c == ' ' || (c == '\t' && delimiter != '\t')));
    }
    if (quoted) return opened_at;
    return std::nullopt;
}

}  // namespace

char csv_delimiter(std::string_view text) {
    // In order of preference on a tie: Belgian and Dutch spreadsheets write ';'.
    constexpr std::array<char, 4> candidates = {';', ',', '\t', '|'};
    std::array<std::size_t, 4> counts{};
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted)
            for (std::size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k]) ++counts[k];
    }
    const auto most = std::max_element(counts.begin(), counts.end());  // the first of equals
    return *most == 0 ? ';' : candidates[static_cast<std::size_t>(most - counts.begin())];
}

CsvReading read_csv(std::string_view text, std::optional<char> delimiter) {
    Reading reading;
    reading.result.delimiter = delimiter.value_or(csv_delimiter(text));
    if (const auto row = unclosed_quote(text, reading.result.delimiter)) {
        reading.result.broken_at = row;
        return std::move(reading.result);
    }
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL | CSV_REPALL_NL | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
    csv_set_delim(&parser, static_cast<unsigned char>(reading.result.delimiter));
    // A tab is a delimiter here, not the padding libcsv would trim.
    if (reading.result.delimiter == '\t') csv_set_space_func(&parser, [](unsigned char c) { return c == ' ' ? 1 : 0; });
    const std::size_t parsed = csv_parse(&parser, text.data(), text.size(), on_field, on_row_end, &reading);
    const bool complete = parsed == text.size() && csv_fini(&parser, on_field, on_row_end, &reading) == 0;
    const int error = csv_error(&parser);
    csv_free(&parser);
    if (error == CSV_ENOMEM) throw std::bad_alloc();
    if (!complete) reading.result.broken_at = reading.row;
    return std::move(reading.result);
}

}  // namespace oogst
