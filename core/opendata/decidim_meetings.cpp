#include "core/opendata/decidim_meetings.hpp"

#include <algorithm>
#include <map>

#include "core/assets/language.hpp"
#include "core/opendata/csv_table.hpp"

namespace oogst {
namespace {

constexpr std::size_t main_keys = 3;

// "Ademen (12), Schitteren (4)": the keys most of its published captures are filed under.
std::string keys_text(const PublishedSession& session) {
    std::vector<std::pair<std::string, int>> keys(session.keys.begin(), session.keys.end());
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string text;
    for (std::size_t i = 0; i < keys.size() && i < main_keys; ++i)
        text += (i ? ", " : "") + keys[i].first + " (" + std::to_string(keys[i].second) + ")";
    return text;
}

std::string closing_report(const PublishedSession& session, std::size_t captures, Language language,
                           const Translations& words) {
    std::string report = words.format(language, "export.closing_report",
                                      {{"method", session.method},
                                       {"participants", std::to_string(session.participants)},
                                       {"captures", std::to_string(captures)},
                                       {"votes", std::to_string(session.votes)}});
    if (const std::string keys = keys_text(session); !keys.empty())
        report.append(" ").append(words.format(language, "export.closing_keys", {{"keys", keys}}));
    return report;
}

}  // namespace

std::string decidim_meetings_csv(const WorkshopState& state, const PublishedWorkshop& workshop,
                                 const std::vector<CaptureRow>& rows, const DecidimMapping& mapping,
                                 const Translations& words) {
    std::map<std::string, std::size_t> published;
    for (const CaptureRow& row : rows) ++published[row.session_id];
    OpenTable table{"meetings", {}, {}};
    for (const std::string& locale : mapping.locales) table.fields.push_back({"title/" + locale});
    table.fields.push_back({"start_time"});
    for (const std::string& locale : mapping.locales) table.fields.push_back({"closing_report/" + locale});
    table.fields.push_back({"attendees_count", FieldType::integer});
    table.fields.push_back({"contributions_count", FieldType::integer});
    table.fields.push_back({"attending_organizations"});
    table.fields.push_back({"oogst/session"});
    for (const PublishedSession& session : workshop.sessions) {
        const SessionSet* planned = state.session(session.id);
        std::vector<std::string> row(mapping.locales.size(), session.table);
        row.push_back(iso_time(planned ? planned->starts_at_ms : 0));
        for (const std::string& locale : mapping.locales)
            row.push_back(closing_report(session, published[session.id], parse_language(locale).value_or(Language::en), words));
        row.insert(row.end(), {std::to_string(session.participants), std::to_string(published[session.id]), "", session.id});
        table.rows.push_back(std::move(row));
    }
    return csv_text(table, {';', false});
}

}  // namespace oogst
