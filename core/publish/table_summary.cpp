#include "core/publish/table_summary.hpp"

#include "core/publish/number_text.hpp"
#include "core/publish/publish_words.hpp"

namespace oogst {

Document table_summary(const PublishedWorkshop& workshop, const Assets& assets, Language language,
                       const std::string& only_table) {
    const PublishWords words{assets, language};
    Document summary = words.document(words.tr("table.title"),
                                      words.format("table.subtitle", {{"workshop", workshop.workshop.name}}), workshop);
    summary.contents_title.clear();  // a page per table: the table's name is the page's title
    bool any = false;
    for (const PublishedSession& session : workshop.sessions) {
        if (session.kiosk) continue;
        if (!only_table.empty() && session.id != only_table && session.table != only_table) continue;
        any = true;
        summary.heading(session.table + " — " + words.method_name(session.method));
        summary.heading(words.tr("table.said"), 2);
        if (session.works.empty()) summary.note(words.tr("note.nothing_said"));
        for (std::size_t i = 0; i < session.works.size() && i < table_summary_notes; ++i)
            summary.quote(session.works[i].text, words.source(session.works[i]));
        if (session.works.size() > table_summary_notes)
            summary.note(words.format("note.more_dreams",
                                      {{"count", words.count(static_cast<long long>(session.works.size() - table_summary_notes))}}));

        summary.heading(words.tr("table.scored"), 2);
        long long captures = 0, total = 0;
        for (const PublishedWork& work : session.works) {
            captures += static_cast<long long>(work.pile);
            total += static_cast<long long>(work.score * work.votes + 0.5);
        }
        std::vector<std::pair<std::string, std::string>> rows = {{words.tr("note.captures"), words.count(captures)},
                                                                 {words.tr("note.votes"), words.count(session.votes)}};
        if (session.participants) rows.insert(rows.begin(), {words.tr("note.participants"), words.count(session.participants)});
        if (session.votes) rows.push_back({words.tr("table.average"), decimal_text(language, static_cast<double>(total) / session.votes)});
        summary.figures(std::move(rows));

        summary.heading(words.tr("note.went_to"), 2);
        rows.clear();
        long long filed = 0;
        for (const auto& [name, count] : session.keys) rows.push_back({name, words.count(count)}), filed += count;
        if (captures > filed) rows.push_back({words.tr("table.unfiled"), words.count(captures - filed)});
        summary.figures(std::move(rows));
    }
    if (!any && only_table.empty()) summary.note(words.tr("table.no_tables"));
    return summary;
}

}  // namespace oogst
