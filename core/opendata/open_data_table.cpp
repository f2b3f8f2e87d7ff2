#include "core/opendata/open_data_table.hpp"

namespace oogst {

std::string_view type_name(FieldType type) {
    switch (type) {
        case FieldType::string: return "string";
        case FieldType::integer: return "integer";
        case FieldType::number: return "number";
        case FieldType::boolean: return "boolean";
        case FieldType::datetime: return "datetime";
    }
    return "string";
}

}  // namespace oogst

#include <cstdio>

namespace oogst {

std::string number_text(double number) {
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", number);
    std::string out = text;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out == "-0" ? "0" : out;
}

}  // namespace oogst
