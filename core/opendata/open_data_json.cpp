#include "core/opendata/open_data_json.hpp"

#include "core/model/json_writer.hpp"

namespace oogst {
namespace {

void write_value(JsonWriter& json, FieldType type, const std::string& value) {
    switch (type) {
        case FieldType::integer: json.value(static_cast<std::int64_t>(std::stoll(value))); return;
        case FieldType::number: json.value(std::stod(value)); return;
        case FieldType::boolean: json.value(value == "true"); return;
        case FieldType::string:
        case FieldType::datetime: json.value(value); return;
    }
}

}  // namespace

std::string open_data_json(const WorkshopSet& workshop, const std::vector<OpenTable>& tables) {
    JsonWriter json;
    json.begin_object();
    json.key("workshop").begin_object();
    json.field("name", workshop.name).field("place", workshop.place).field("method", workshop.method);
    json.texts("dates", workshop.dates);
    json.texts("languages", workshop.languages);
    json.end_object();
    for (const OpenTable& table : tables) {
        json.key(table.name).begin_array();
        for (const std::vector<std::string>& row : table.rows) {
            json.begin_object();
            for (std::size_t column = 0; column < table.fields.size(); ++column) {
                json.key(table.fields[column].name);
                write_value(json, table.fields[column].type, row[column]);
            }
            json.end_object();
        }
        json.end_array();
    }
    json.end_object();
    return json.take();
}

}  // namespace oogst
