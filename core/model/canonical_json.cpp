#include "core/model/canonical_json.hpp"

#include <algorithm>

#include "core/model/json_writer.hpp"
#include "core/model/roadmap_json.hpp"

namespace oogst {
namespace {

void write_strokes(JsonWriter& json, const std::vector<Stroke>& strokes) {
    json.key("strokes").begin_array();
    for (const auto& stroke : strokes) {
        json.begin_object().field("colour", stroke.colour).field("width", stroke.width);
        json.key("points").begin_array();
        for (const auto& point : stroke.points) json.value(double(point.x)).value(double(point.y));
        json.end_array().end_object();
    }
    json.end_array();
}

void write_capture(JsonWriter& json, const std::string& id, const CaptureRecord& capture) {
    json.begin_object().field("id", id);
    if (capture.deleted()) {
        json.field("deleted", true).end_object();
        return;
    }
    const auto& origin = *capture.origin;
    const auto& place = capture.placement.value();
    json.field("session", origin.session_id)
        .field("kind", capture_kind_name(origin.capture_kind))
        .field("prompt", origin.prompt)
        .field("board", place.board)
        .field("x", place.x)
        .field("y", place.y)
        .field("colour", origin.colour)
        .field("author", origin.author_label)
        .field("text", capture.text.value());
    json.key("consent")
        .begin_object()
        .field("exhibit", capture.consent.exhibited())
        .field("publish", capture.consent.published())
        .field("name", capture.consent.named())
        .end_object();
    if (!origin.strokes.empty()) write_strokes(json, origin.strokes);
    if (!origin.photo_blob.empty()) json.field("photo", origin.photo_blob);
    if (!origin.preview_blob.empty()) json.field("preview", origin.preview_blob);
    if (!capture.fields.empty()) {
        // The template's order (as the capture was made), then any field set later.
        json.key("fields").begin_object();
        for (const CaptureField& field : origin.fields) json.field(field.id, capture.field(field.id));
        for (const auto& [field, value] : capture.fields)
            if (std::none_of(origin.fields.begin(), origin.fields.end(),
                             [&id = field](const CaptureField& made) { return made.id == id; }))
                json.field(field, value.value());
        json.end_object();
    }
    json.key("votes").begin_object();
    for (const auto& [voter, vote] : capture.votes)
        if (vote.value() > 0) json.field(voter, vote.value());
    json.end_object();
    if (capture.kept_apart.value()) json.field("kept_apart", true);
    json.end_object();
}

}  // namespace

std::string canonical_json(const WorkshopState& state) {
    JsonWriter json;
    json.begin_object().field("format", "oogst-state-1");

    json.key("workshop");
    if (state.has_workshop()) {
        const auto& w = state.workshop();
        json.begin_object().field("id", w.id).field("name", w.name).field("method", w.method);
        json.field("place", w.place);
        // Only when set, so the state of a version 1 workshop prints as it always did.
        if (!w.dates.empty()) json.texts("dates", w.dates);
        if (!w.languages.empty()) json.texts("languages", w.languages);
        json.end_object();
    } else {
        json.begin_object().end_object();
    }

    json.key("sessions").begin_array();
    for (const auto& [id, session] : state.session_records()) {
        if (!session.details.written()) continue;  // only deleted: nothing to show but a gap
        json.begin_object().field("id", id);
        if (session.deleted) {
            json.field("deleted", true).end_object();
            continue;
        }
        const auto& s = session.fields();
        json.field("method", s.method).field("table", s.table_name).field("ambassador", s.ambassador);
        json.field("place", s.place).field("participants", s.participants).field("starts_at_ms", s.starts_at_ms);
        // Both only when there is something to say, so earlier states print unchanged.
        if (!s.schools.empty()) {
            json.key("schools").begin_array();
            for (const SessionSchool& school : s.schools) {
                json.begin_object().field("name", school.name);
                if (!school.classes.empty()) json.texts("classes", school.classes);
                json.end_object();
            }
            json.end_array();
        }
        if (!s.theme_id.empty()) json.field("key", s.theme_id);
        if (state.session_is_merged(id)) json.field("merged_into", state.session_root(id));
        json.end_object();
    }
    json.end_array();

    json.key("captures").begin_array();
    std::vector<const std::pair<const std::string, CaptureRecord>*> captures;
    captures.reserve(state.capture_records().size());
    for (const auto& entry : state.capture_records())
        if (entry.second.origin || entry.second.deleted()) captures.push_back(&entry);
    std::sort(captures.begin(), captures.end(), [](auto* a, auto* b) { return a->first < b->first; });
    for (const auto* entry : captures) write_capture(json, entry->first, entry->second);
    json.end_array();

    json.key("keys").begin_array();
    for (const auto& [id, key] : state.theme_records()) {
        if (!key.details.written()) continue;
        json.begin_object().field("id", id);
        if (key.deleted()) {
            json.field("deleted", true).end_object();
            continue;
        }
        const auto& k = key.details.value();
        json.field("name", k.name).field("needs", k.needs).field("core_values", k.core_values);
        json.field("future_images", k.future_images);
        // Fields a first Oogst did not have, written only when set, so its dumps stay.
        if (!k.colour.empty()) json.field("colour", k.colour);
        if (!key.merged_into.value().empty()) json.field("merged_into", key.merged_into.value());
        json.key("captures").begin_array();
        for (const auto& capture_id : key.capture_ids()) json.value(capture_id);
        json.end_array();
        std::vector<std::string> rejected;
        for (const auto& [capture_id, no] : key.rejected)
            if (no.value()) rejected.push_back(capture_id);
        if (!rejected.empty()) {
            json.key("rejected").begin_array();
            for (const auto& capture_id : rejected) json.value(capture_id);
            json.end_array();
        }
        json.end_object();
    }
    json.end_array();

    write_roadmap(json, state.roadmap());

    json.end_object();
    std::string text = json.take();
    text.push_back('\n');
    return text;
}

}  // namespace oogst
