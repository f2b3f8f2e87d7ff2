#pragma once
// A table an export writes: named columns with a type and a description, and rows of
// values as text. The one shape the CSV, XLSX, JSON and Data Package writers read, so a
// column is a number (written as a number, never defused) or text (always through
// safe_cell) in every format alike, and datapackage.json describes exactly the columns
// its CSV has.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oogst {

// Frictionless Table Schema's types, as far as the exports need them.
enum class FieldType { string, integer, number, boolean, datetime };

struct TableField {
    std::string name;
    FieldType type = FieldType::string;
    std::string description;

    TableField(std::string name_, FieldType type_ = FieldType::string, std::string description_ = {})
        : name(std::move(name_)), type(type_), description(std::move(description_)) {}
};

struct OpenTable {
    std::string name;  // "captures": the sheet's, the resource's and the file's name
    std::vector<TableField> fields;
    // One value per field, as text: "12", "4.5", "true", "2026-03-02T10:15:00Z", or "" for none.
    std::vector<std::vector<std::string>> rows;
};

// "string", "integer", "number", "boolean", "datetime".
std::string_view type_name(FieldType type);
// Numbers, booleans and times are data a spreadsheet does not run; text is defused.
inline bool is_text(FieldType type) { return type == FieldType::string; }

}  // namespace oogst

namespace oogst {

// A number as a cell: at most two decimals, no trailing zeros ("4.5", "3", "4.33").
std::string number_text(double number);
inline std::string yes_no_text(bool flag) { return flag ? "true" : "false"; }

}  // namespace oogst
