#include "core/spreadsheet/xlsx_reading.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/model/plain_text.hpp"

namespace oogst {
namespace {

const char* sentence_of(XlsxProblem problem) {
    switch (problem) {
    case XlsxProblem::not_a_workbook: return "the file is not an Excel workbook (.xlsx)";
    case XlsxProblem::damaged: return "the Excel workbook is damaged: open it in a spreadsheet program and save it again";
    case XlsxProblem::too_large: return "the Excel workbook unpacks to more than 512 MB, too large for a survey";
    }
    return "the file is not an Excel workbook (.xlsx)";
}

// ---- The zip ----

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryCloser {
    void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

Zip open_zip(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) throw std::bad_alloc();
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        throw XlsxError(XlsxProblem::not_a_workbook);
    }
    return Zip(archive);
}

// ---- XML, with namespaces resolved: names arrive as "uri|local" ----

std::string_view local_name(const XML_Char* name) {
    std::string_view whole(name);
    const auto bar = whole.rfind('|');
    return bar == std::string_view::npos ? whole : whole.substr(bar + 1);
}

const XML_Char* attribute(const XML_Char** attributes, std::string_view local) {
    for (int i = 0; attributes[i]; i += 2)
        if (local_name(attributes[i]) == local) return attributes[i + 1];
    return nullptr;
}

// What a part's reader does with it: called for each element's start and end, and for
// text in between.
struct XmlReader {
    std::function<void(std::string_view, const XML_Char**)> start;
    std::function<void(std::string_view)> end;
    std::function<void(std::string_view)> text;
};

// Streams the part through expat. False when the workbook has no such part.
bool read_part(zip_t* archive, const std::string& name, XmlReader& reader) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name.c_str(), 0, &stat) != 0) return false;
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > max_xlsx_part_bytes) throw XlsxError(XlsxProblem::too_large);
    std::unique_ptr<zip_file_t, EntryCloser> entry(zip_fopen(archive, name.c_str(), 0));
    if (!entry) throw XlsxError(XlsxProblem::damaged);

    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreateNS("UTF-8", '|'), XML_ParserFree);
    if (!parser) throw std::bad_alloc();
    XML_SetUserData(parser.get(), &reader);
    XML_SetElementHandler(
        parser.get(),
        [](void* data, const XML_Char* element, const XML_Char** attributes) {
            auto& r = *static_cast<XmlReader*>(data);
            if (r.start) r.start(local_name(element), attributes);
        },
        [](void* data, const XML_Char* element) {
            auto& r = *static_cast<XmlReader*>(data);
            if (r.end) r.end(local_name(element));
        });
    XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* text, int length) {
        auto& r = *static_cast<XmlReader*>(data);
        if (r.text) r.text(std::string_view(text, static_cast<std::size_t>(length)));
    });

    std::string chunk(1 << 16, '\0');
    std::size_t total = 0;
    while (true) {
        const zip_int64_t got = zip_fread(entry.get(), chunk.data(), chunk.size());
        if (got < 0) throw XlsxError(XlsxProblem::damaged);
        total += static_cast<std::size_t>(got);
        // The size in the zip's directory may lie; what unpacks is what counts.
        if (total > max_xlsx_part_bytes) throw XlsxError(XlsxProblem::too_large);
        if (XML_Parse(parser.get(), chunk.data(), static_cast<int>(got), got == 0) == XML_STATUS_ERROR)
            throw XlsxError(XlsxProblem::damaged);
        if (got == 0) return true;
    }
}

// ---- The workbook's first sheet ----

std::string first_sheet_part(zip_t* archive) {
    std::string relation;
    XmlReader workbook;
    workbook.start = [&relation](std::string_view element, const XML_Char** attributes) {
        if (element != "sheet" || !relation.empty()) return;
        if (const XML_Char* id = attribute(attributes, "id")) relation = id;
    };
    if (!read_part(archive, "xl/workbook.xml", workbook)) throw XlsxError(XlsxProblem::not_a_workbook);

    std::string target;
    XmlReader relations;
    relations.start = [&](std::string_view element, const XML_Char** attributes) {
        if (element != "Relationship" || !target.empty()) return;
        const XML_Char* id = attribute(attributes, "Id");
        const XML_Char* where = attribute(attributes, "Target");
        if (id && where && relation == id) target = where;
    };
    read_part(archive, "xl/_rels/workbook.xml.rels", relations);
    if (target.empty()) return "xl/worksheets/sheet1.xml";
    if (target.front() == '/') return target.substr(1);  // from the package's root
    return "xl/" + target;
}

std::vector<std::string> shared_strings(zip_t* archive) {
    std::vector<std::string> strings;
    int in_text = 0, in_phonetic = 0;  // a <t> inside <si>; a <rPh> (Japanese reading aid, not shown)
    XmlReader reader;
    reader.start = [&](std::string_view element, const XML_Char**) {
        if (element == "si") strings.emplace_back();
        else if (element == "rPh") ++in_phonetic;
        else if (element == "t") ++in_text;
    };
    reader.end = [&](std::string_view element) {
        if (element == "rPh") --in_phonetic;
        else if (element == "t") --in_text;
    };
    reader.text = [&](std::string_view text) {
        if (in_text > 0 && in_phonetic == 0 && !strings.empty()) strings.back() += text;
    };
    read_part(archive, "xl/sharedStrings.xml", reader);
    return strings;
}

// Whether a number format shows a date: Excel's built-in date formats, or a custom one
// with a day, month or year in it (outside quotes and [colours]).
bool date_format(int id, const std::string& code) {
    if ((id >= 14 && id <= 17) || id == 22) return true;
    if (id < 164) return false;  // the other built-in formats: numbers, times, text
    bool quoted = false, bracket = false;
    for (char c : code) {
        if (c == '"') quoted = !quoted;
        else if (c == '[') bracket = true;
        else if (c == ']') bracket = false;
        else if (!quoted && !bracket && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) return true;
    }
    return false;
}

// For each cell style (a <c>'s s="…"), whether it shows a date.
std::vector<bool> date_styles(zip_t* archive) {
    std::map<int, std::string> codes;
    std::vector<bool> dates;
    bool in_cell_formats = false;
    XmlReader reader;
    reader.start = [&](std::string_view element, const XML_Char** attributes) {
        if (element == "numFmt") {
            const XML_Char* id = attribute(attributes, "numFmtId");
            const XML_Char* code = attribute(attributes, "formatCode");
            if (id && code) codes[std::atoi(id)] = code;
        } else if (element == "cellXfs") {
            in_cell_formats = true;
        } else if (element == "xf" && in_cell_formats) {
            const XML_Char* id = attribute(attributes, "numFmtId");
            const int format = id ? std::atoi(id) : 0;
            const auto code = codes.find(format);
            dates.push_back(date_format(format, code == codes.end() ? std::string() : code->second));
        }
    };
    reader.end = [&](std::string_view element) {
        if (element == "cellXfs") in_cell_formats = false;
    };
    read_part(archive, "xl/styles.xml", reader);
    return dates;
}

// Excel's day count (1900 system: day 0 is 1899-12-30) as "2026-12-04", with " 19:30"
// when there is a time of day.
std::string date_text(double serial) {
    const auto days = static_cast<long>(std::floor(serial));
    const long minutes = std::lround((serial - static_cast<double>(days)) * 24 * 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const long z = days - 25569 + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long day = doy - (153 * mp + 2) / 5 + 1;
    const long month = mp < 10 ? mp + 3 : mp - 9;
    const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[96];
    if (minutes > 0 && minutes < 24 * 60)
        std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld %02ld:%02ld", year, month, day, minutes / 60, minutes % 60);
    else
        std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld", year, month, day);
    return text;
}

// "3.5" as written, "4.2" for Excel's 4.2000000000000002.
std::string xlsx_number_text(const std::string& written) {
    char* end = nullptr;
    const double value = std::strtod(written.c_str(), &end);
    if (end == written.c_str() || *end != '\0' || !std::isfinite(value)) return written;
    char text[40];
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

// The column of a reference such as "B3", from 0; none when it names none.
std::optional<std::size_t> column_of(const XML_Char* reference) {
    if (!reference) return std::nullopt;
    std::size_t column = 0;
    std::size_t letters = 0;
    for (const XML_Char* c = reference; *c >= 'A' && *c <= 'Z'; ++c, ++letters) column = column * 26 + static_cast<std::size_t>(*c - 'A' + 1);
    if (letters == 0 || letters > 3 || column > 16384) return std::nullopt;  // Excel stops at XFD
    return column - 1;
}

// A survey has a few dozen columns; a cell far to the right (a hostile "XFD1048576" on
// every row) would make every row thousands of cells wide.
constexpr std::size_t max_columns = 1024;

}  // namespace

XlsxError::XlsxError(XlsxProblem problem) : UserError(sentence_of(problem)), problem_(problem) {}

std::vector<SheetRow> read_xlsx(std::string_view bytes) {
    Zip archive = open_zip(bytes);
    const std::string sheet = first_sheet_part(archive.get());
    const std::vector<std::string> strings = shared_strings(archive.get());
    const std::vector<bool> dates = date_styles(archive.get());

    std::vector<SheetRow> rows;
    SheetRow row;
    std::size_t next_row = 1, next_column = 0, column = 0;
    std::string type, value;
    bool date = false, in_value = false;
    const auto finish_row = [&] {
        if (!std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& cell) { return blank(cell); }))
            rows.push_back(std::move(row));
        row = SheetRow{};
    };
    XmlReader reader;
    reader.start = [&](std::string_view element, const XML_Char** attributes) {
        if (element == "row") {
            const XML_Char* r = attribute(attributes, "r");
            const long number = r ? std::atol(r) : 0;
            row.row = number > 0 ? static_cast<std::size_t>(number) : next_row;
            next_row = row.row + 1;
            next_column = 0;
        } else if (element == "c") {
            column = column_of(attribute(attributes, "r")).value_or(next_column);
            next_column = column + 1;
            const XML_Char* t = attribute(attributes, "t");
            type = t ? t : "n";
            const XML_Char* s = attribute(attributes, "s");
            const long style = s ? std::atol(s) : 0;
            date = style >= 0 && static_cast<std::size_t>(style) < dates.size() && dates[static_cast<std::size_t>(style)];
            value.clear();
        } else if (element == "v" || element == "t") {
            in_value = true;
        }
    };
    reader.text = [&](std::string_view text) {
        if (in_value) value += text;
    };
    reader.end = [&](std::string_view element) {
        if (element == "v" || element == "t") {
            in_value = false;
        } else if (element == "c") {
            std::string cell;
            if (type == "s") {
                const long index = std::atol(value.c_str());
                if (index >= 0 && static_cast<std::size_t>(index) < strings.size()) cell = strings[static_cast<std::size_t>(index)];
            } else if (type == "b") {
                cell = value == "1" ? "TRUE" : "FALSE";
            } else if (type == "n" && !value.empty()) {
                cell = date ? date_text(std::strtod(value.c_str(), nullptr)) : xlsx_number_text(value);
            } else {
                cell = value;  // inline strings, a formula's text, an error such as #N/A
            }
            if (column >= max_columns) return;
            if (row.cells.size() <= column) row.cells.resize(column + 1);
            row.cells[column] = std::move(cell);
        } else if (element == "row") {
            finish_row();
        }
    };
    if (!read_part(archive.get(), sheet, reader)) throw XlsxError(XlsxProblem::not_a_workbook);
    return rows;
}

}  // namespace oogst
