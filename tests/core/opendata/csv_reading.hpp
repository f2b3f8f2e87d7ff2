#pragma once
// The exports' CSVs read back with libcsv in strict mode, as a real reader would: what
// the tests check is what a spreadsheet or Decidim's reader gets.
#include <csv.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace oogst::testing {

using CsvRows = std::vector<std::vector<std::string>>;

inline CsvRows read_csv(std::string text, char separator = ',') {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    struct Reading {
        CsvRows rows;
        std::vector<std::string> row;
    } reading;
    const auto on_field = [](void* field, std::size_t size, void* data) {
        static_cast<Reading*>(data)->row.emplace_back(static_cast<const char*>(field), size);
    };
    const auto on_row_end = [](int, void* data) {
        auto* reading = static_cast<Reading*>(data);
        reading->rows.push_back(std::move(reading->row));
        reading->row.clear();
    };
    csv_parser parser;
    EXPECT_EQ(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI), 0);
    csv_set_delim(&parser, static_cast<unsigned char>(separator));
    const std::size_t parsed = csv_parse(&parser, text.data(), text.size(), on_field, on_row_end, &reading);
    EXPECT_EQ(parsed, text.size()) << csv_strerror(csv_error(&parser));
    EXPECT_EQ(csv_fini(&parser, on_field, on_row_end, &reading), 0);
    csv_free(&parser);
    return reading.rows;
}

// The column called name in a file's header; fails the test when there is none.
inline std::size_t column(const CsvRows& rows, const std::string& name) {
    for (std::size_t i = 0; !rows.empty() && i < rows.front().size(); ++i)
        if (rows.front()[i] == name) return i;
    ADD_FAILURE() << "no column " << name;
    return 0;
}

}  // namespace oogst::testing
