#include "core/opendata/data_package.hpp"

#include "core/model/json_writer.hpp"
#include "core/opendata/csv_table.hpp"

namespace oogst {
namespace {

bool has_field(const OpenTable& table, const std::string& name) {
    for (const TableField& field : table.fields)
        if (field.name == name) return true;
    return false;
}

// captures.key_id -> keys.id and captures.session_id -> sessions.id, when both are there.
void write_foreign_keys(JsonWriter& json, const OpenTable& table, const std::vector<OpenTable>& tables) {
    if (table.name != "captures") return;
    json.key("foreignKeys").begin_array();
    for (const auto& [field, resource] : {std::pair{"key_id", "keys"}, std::pair{"session_id", "sessions"}}) {
        bool there = false;
        for (const OpenTable& other : tables) there = there || other.name == resource;
        if (!there || !has_field(table, field)) continue;
        json.begin_object().field("fields", field);
        json.key("reference").begin_object().field("resource", resource).field("fields", "id").end_object();
        json.end_object();
    }
    json.end_array();
}

void write_resource(JsonWriter& json, const OpenTable& table, const std::vector<OpenTable>& tables) {
    json.begin_object();
    json.field("name", table.name).field("path", table.name + ".csv").field("profile", "tabular-data-resource");
    json.field("format", "csv").field("mediatype", "text/csv").field("encoding", "utf-8");
    json.key("schema").begin_object();
    json.key("fields").begin_array();
    for (const TableField& field : table.fields)
        json.begin_object().field("name", field.name).field("type", type_name(field.type)).field("description", field.description).end_object();
    json.end_array();
    if (has_field(table, "id")) json.field("primaryKey", "id");
    write_foreign_keys(json, table, tables);
    json.end_object();
    json.end_object();
}

}  // namespace

std::string package_name(const std::string& title) {
    std::string name;
    for (const char c : title) {
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const bool kept = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '.' || lower == '_';
        if (kept) name += lower;
        else if (!name.empty() && name.back() != '-') name += '-';
    }
    while (!name.empty() && name.back() == '-') name.pop_back();
    return name.empty() ? "oogst-workshop" : name;
}

std::vector<PublishedFile> data_package(const WorkshopSet& workshop, const std::vector<OpenTable>& tables) {
    JsonWriter json;
    json.begin_object();
    json.field("profile", "tabular-data-package").field("name", package_name(workshop.name));
    json.field("title", workshop.name.empty() ? std::string("Oogst") : workshop.name);
    json.field("description", "What the participants of a workshop wrote, drew and scored, as far as they consented "
                              "to its publication; written by Oogst.");
    json.key("resources").begin_array();
    for (const OpenTable& table : tables) write_resource(json, table, tables);
    json.end_array();
    json.end_object();
    std::vector<PublishedFile> files{{"datapackage.json", json.take()}};
    for (const OpenTable& table : tables) files.push_back({table.name + ".csv", csv_text(table)});
    return files;
}

}  // namespace oogst
