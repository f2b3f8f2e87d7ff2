#pragma once
// An online survey's export as one table: its header and its rows, whatever it came as.
// A CSV (any separator, a byte-order mark or none, UTF-8 or Windows-1252), an Excel
// workbook's first sheet, or Decidim's JSON export (each proposal an object, its nested
// fields flattened to the column names Decidim's CSV export uses: "title/nl"). Pol.is
// gives two files, comments.csv and votes.csv: the votes are read beside the comments.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/spreadsheet/sheet_row.hpp"

namespace oogst {

// What the file is: the platform whose columns it has (decidim, polis), or a survey of
// the facilitator's own (csv, xlsx) whose columns are chosen or recognised by their words.
enum class SurveyFormat { csv, xlsx, decidim, polis };

std::optional<SurveyFormat> parse_survey_format(std::string_view name);  // csv, xlsx, decidim, polis
std::string_view name_of(SurveyFormat format);

inline constexpr std::uintmax_t max_survey_bytes = std::uintmax_t{200} << 20;
inline constexpr std::size_t max_survey_rows = 100000;

struct SurveyTable {
    std::string file_name;  // "enquete.csv": every idea's provenance names it
    SurveyFormat format = SurveyFormat::csv;
    std::vector<std::string> header;
    std::vector<SheetRow> rows;  // under the header, with something in them
    // Pol.is: votes.csv beside comments.csv, when it is there.
    std::vector<std::string> votes_header;
    std::vector<SheetRow> votes;
};

// Reads the file at path (for Pol.is, comments.csv or the folder holding it). format:
// what the facilitator said it is; none: recognised from the bytes and the header.
// Throws SurveyError; reads nothing whole that is larger than max_survey_bytes.
SurveyTable read_survey_table(const std::filesystem::path& path, std::optional<SurveyFormat> format = std::nullopt);

// The same from bytes already read (the tests, a file dropped on the desk).
SurveyTable survey_table_of(std::string file_name, std::string_view bytes, std::optional<SurveyFormat> format = std::nullopt);

}  // namespace oogst
