#include "core/model/roadmap_json.hpp"

#include "core/model/roadmap_names.hpp"

namespace oogst {
namespace {

// The evidence and the canvas an item carries, written only when it has them.
void write_item_extras(JsonWriter& json, const RoadmapState& roadmap, const std::string& id) {
    const std::vector<std::string> evidence = roadmap.evidence(id);
    if (!evidence.empty()) json.texts("evidence", evidence);
    if (!roadmap.has_canvas(id)) return;
    json.key("canvas").begin_object();
    for (std::size_t b = 0; b < canvas_block_count; ++b) {
        const auto block = static_cast<CanvasBlock>(b);
        if (!roadmap.canvas_block(id, block).empty()) json.field(name_of(block), roadmap.canvas_block(id, block));
    }
    json.end_object();
}

// A record that was deleted prints as a tombstone: its id and "deleted".
template <class Records, class Write>
void write_records(JsonWriter& json, std::string_view name, const Records& records, const RoadmapState& roadmap,
                   Write write) {
    if (records.empty()) return;
    json.key(name).begin_array();
    for (const auto& [id, record] : records) {
        if (!record.details.written()) continue;
        json.begin_object().field("id", id);
        if (roadmap.deleted(id))
            json.field("deleted", true);
        else
            write(record.details.value(), record);
        json.end_object();
    }
    json.end_array();
}

}  // namespace

void write_roadmap(JsonWriter& json, const RoadmapState& roadmap) {
    write_records(json, "initiatives", roadmap.initiative_records(), roadmap, [&](const InitiativeSet& i, const auto&) {
        json.field("key", i.theme_id).field("title", i.title).field("description", i.description);
        json.field("owner", i.owner);
        if (i.owner_is_person) json.field("owner_is_person", true);
        json.texts("partners", i.partners);
        json.field("horizon", i.horizon).field("status", name_of(i.status));
        if (!i.from_capture.empty()) json.field("from_capture", i.from_capture);
        write_item_extras(json, roadmap, i.id);
    });
    write_records(json, "actions", roadmap.action_records(), roadmap, [&](const ActionSet& a, const auto&) {
        json.field("initiative", a.initiative_id).field("what", a.what).field("who", a.who);
        json.field("due", a.due).field("review", a.review).field("status", name_of(a.status));
        write_item_extras(json, roadmap, a.id);
    });
    write_records(json, "cases", roadmap.case_records(), roadmap, [&](const InnovationCaseSet& c, const CaseRecord& r) {
        json.field("title", c.title).field("impact", c.impact).field("target_group", c.target_group);
        json.field("first_step", c.first_step).field("owner", c.owner);
        if (!c.from_session.empty()) json.field("from_session", c.from_session);
        json.field("shortlisted", r.shortlisted.value());
        write_item_extras(json, roadmap, c.id);
    });
    write_records(json, "actors", roadmap.actor_records(), roadmap, [&](const ActorSet& a, const ActorRecord& r) {
        json.field("name", a.name).field("category", name_of(a.category)).field("note", a.note);
        if (r.place.written()) json.field("x", r.place.value().first).field("y", r.place.value().second);
        write_item_extras(json, roadmap, a.id);
    });
    write_records(json, "links", roadmap.link_records(), roadmap, [&](const ActorLinkSet& l, const auto&) {
        json.field("from", l.from).field("to", l.to).field("kind", name_of(l.link_kind));
        json.texts("competences", l.competences);
        write_item_extras(json, roadmap, l.id);
    });
    if (roadmap.has_statements()) {
        json.key("statements").begin_object();
        for (std::size_t p = 0; p < statement_part_count; ++p) {
            const auto part = static_cast<StatementPart>(p);
            json.field(name_of(part), roadmap.statement(part));
        }
        json.end_object();
    }
}

}  // namespace oogst
