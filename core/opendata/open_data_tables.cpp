#include "core/opendata/open_data_tables.hpp"

#include <map>

#include "core/publish/published_workshop.hpp"

namespace oogst {
namespace {

using Type = FieldType;

std::string count_cell(std::size_t count) { return std::to_string(count); }

}  // namespace

OpenTable captures_table(const std::vector<CaptureRow>& rows) {
    OpenTable table{"captures",
                    {{"id", Type::string, "the capture's id in Oogst"},
                     {"session_id", Type::string, "the session it was made in (sessions.id)"},
                     {"session", Type::string, "the session's table name"},
                     {"method", Type::string, "the session's method (droomsessie, kinderkiosk, online-bevraging, ...)"},
                     {"prompt", Type::string, "the question it answers"},
                     {"board", Type::string, "the board it sits on"},
                     {"kind", Type::string, "text, drawing or photo"},
                     {"text", Type::string, "what was written"},
                     {"title", Type::string, "an imported idea's own title"},
                     {"key", Type::string, "the key it is filed under"},
                     {"key_id", Type::string, "the key's id (keys.id); empty when not filed"},
                     {"pile", Type::string, "its pile of near-duplicates: the pile's first capture id"},
                     {"votes", Type::integer, "how many scored it"},
                     {"score_average", Type::number, "the average score, 1 to 5 (0: no votes)"},
                     {"score_total", Type::integer, "the scores added up"},
                     {"published", Type::boolean, "may be published (every row here may)"},
                     {"named", Type::boolean, "a child's work whose name may be shown"},
                     {"exhibited", Type::boolean, "may be shown in the exhibition"},
                     {"child", Type::boolean, "a child's work from a kiosk"},
                     {"name", Type::string, "a child's first name and class, only with the consent to name"},
                     {"group", Type::string, "an imported respondent's group (an age band), never a name"},
                     {"source", Type::string, "an imported idea's provenance (file and row)"},
                     {"device", Type::string, "a short hash of the device it was made on, not its id"},
                     {"created", Type::datetime, "when it was made (UTC)"},
                     {"platform_id", Type::string, "an imported idea's id on its platform"}},
                    {}};
    for (const CaptureRow& row : rows)
        table.rows.push_back({row.id, row.session_id, row.session, row.method, row.prompt, row.board, row.kind,
                              row.text, row.title, row.key, row.key_id, row.pile, std::to_string(row.votes),
                              number_text(row.score_average), std::to_string(row.score_total),
                              yes_no_text(row.published), yes_no_text(row.named), yes_no_text(row.exhibited),
                              yes_no_text(row.child), row.name, row.group, row.source, row.device, row.created,
                              row.platform_id});
    return table;
}

OpenTable keys_table(const WorkshopState& state, const std::vector<CaptureRow>& rows) {
    std::map<std::string, std::size_t> filed;
    for (const CaptureRow& row : rows)
        if (!row.key_id.empty()) ++filed[row.key_id];
    OpenTable table{"keys",
                    {{"id", Type::string, "the key's id in Oogst"},
                     {"name", Type::string, "the key's name"},
                     {"needs", Type::string, "the needs it stands for"},
                     {"core_values", Type::string, "its core values"},
                     {"future_images", Type::string, "its images of the future"},
                     {"captures", Type::integer, "published captures filed under it"}},
                    {}};
    for (const ThemeRecord* record : state.themes()) {
        const ThemeSet& key = record->details.value();
        table.rows.push_back({key.id, key.name, key.needs, key.core_values, key.future_images, count_cell(filed[key.id])});
    }
    return table;
}

OpenTable sessions_table(const WorkshopState& state, const std::vector<CaptureRow>& rows) {
    std::map<std::string, std::size_t> made;
    for (const CaptureRow& row : rows) ++made[row.session_id];
    OpenTable table{"sessions",
                    {{"id", Type::string, "the session's id in Oogst"},
                     {"name", Type::string, "its table name"},
                     {"method", Type::string, "its method"},
                     {"place", Type::string, "where it was held"},
                     {"day", Type::string, "the day it was held (YYYY-MM-DD); empty when not planned"},
                     {"participants", Type::integer, "how many sat at the table (0: not said)"},
                     {"captures", Type::integer, "its published captures"}},
                    {}};
    // No ambassador: a person's name, which publications never print.
    for (const SessionSet* session : state.sessions()) {
        const auto record = state.session_records().find(session->id);
        const int participants = record == state.session_records().end() ? 0 : record->second.fields().participants;
        table.rows.push_back({session->id, session->table_name, session->method, session->place,
                              day_of(session->starts_at_ms), std::to_string(participants), count_cell(made[session->id])});
    }
    return table;
}

}  // namespace oogst
