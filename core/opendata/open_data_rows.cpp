#include "core/opendata/open_data_rows.hpp"

#include <ctime>
#include <unordered_map>

#include "core/model/ids.hpp"
#include "core/opendata/survey/survey_fields.hpp"
#include "core/publish/publishable.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/wall_piles.hpp"

namespace oogst {
namespace {

// Each piled capture's pile, named by the pile's first capture that may be published, so
// no id of a capture that may not leaves with it. As published_workshop: a child's work
// is never piled with others.
std::unordered_map<std::string, std::string> pile_names(const WorkshopState& state) {
    std::unordered_map<std::string, std::string> names;
    for (const std::vector<std::string>& pile : wall_piles(state)) {
        std::string first;
        for (const std::string& id : pile) {  // sorted: the first that may be published names it
            if (!publishable(state, id) || childs_work(state, *state.capture(id))) continue;
            if (first.empty()) first = id;
            names[id] = first;
        }
    }
    return names;
}

CaptureRow row_of(const WorkshopState& state, const std::string& id, const CaptureRecord& capture) {
    const CaptureAdded& origin = *capture.origin;
    CaptureRow row;
    row.id = id;
    row.session_id = state.session_root(origin.session_id);
    if (const SessionSet* session = state.session(row.session_id)) {
        row.session = session->table_name;
        row.method = session->method;
    }
    row.prompt = origin.prompt;
    row.board = capture.placement.value().board;
    row.kind = capture_kind_name(origin.capture_kind);
    row.text = capture.text.value();
    row.title = capture.field(survey_field::title);
    row.votes = capture.vote_count();
    row.score_total = capture.score_total();
    row.score_average = row.votes ? static_cast<double>(row.score_total) / row.votes : 0;
    row.child = childs_work(state, capture);
    row.name = published_name(state, capture);
    row.named = !row.name.empty();
    row.exhibited = capture.consent.exhibited();
    row.group = capture.field(survey_field::group);
    row.source = capture.field(survey_field::source);
    row.platform_id = capture.field(survey_field::platform_id);
    row.device = short_device(capture.origin_order.device);
    row.created = iso_time(capture.origin_order.stamp.wall_ms);
    return row;
}

}  // namespace

std::string short_device(const std::string& device_id) {
    if (device_id.empty()) return "";
    return content_hash(device_id).substr(0, 8);
}

std::string iso_time(std::int64_t wall_ms) {
    if (wall_ms <= 0) return "";
    const std::time_t seconds = static_cast<std::time_t>(wall_ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::vector<CaptureRow> open_data_rows(const WorkshopState& state) {
    const ThemeFiling filing = theme_filing(state);
    const std::unordered_map<std::string, std::string> piles = pile_names(state);
    std::vector<CaptureRow> rows;
    for (const SessionSet* session : state.sessions()) {
        for (const auto& [id, capture] : state.captures_of(session->id)) {
            if (!publishable(state, *capture)) continue;
            CaptureRow row = row_of(state, *id, *capture);
            if (const std::vector<std::string>& keys = filing.themes(*id); !keys.empty()) {
                row.key_id = keys.front();
                if (const ThemeRecord* key = state.theme(row.key_id)) row.key = key->details.value().name;
            }
            const auto pile = piles.find(*id);
            row.pile = pile == piles.end() ? *id : pile->second;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

}  // namespace oogst
