#include "core/opendata/decidim_results.hpp"

#include <algorithm>

#include "core/assets/language.hpp"
#include "core/model/plain_text.hpp"
#include "core/model/roadmap_names.hpp"
#include "core/opendata/csv_table.hpp"
#include "core/publish/publishable.hpp"

namespace oogst {
namespace {

// What a result says in each locale: the initiative's own words, then its owner and
// partners in the locale's language.
struct ResultWords {
    std::string title;
    std::vector<std::string> descriptions;  // one per locale
};

Language language_of(const std::string& locale) { return parse_language(locale).value_or(Language::en); }

std::vector<std::string> initiative_descriptions(const PublishedInitiative& initiative, const DecidimMapping& mapping,
                                                 const Translations& words) {
    std::vector<std::string> descriptions;
    for (const std::string& locale : mapping.locales) {
        const Language language = language_of(locale);
        // published_workshop left the owner blank when it is a private person.
        const std::string owner = initiative.owner.empty() ? "" : words.format(language, "export.owner", {{"owner", initiative.owner}});
        const std::string partners = initiative.partners.empty()
                                         ? ""
                                         : words.format(language, "export.partners", {{"partners", joined(initiative.partners, ", ")}});
        descriptions.push_back(joined({initiative.description, joined({owner, partners}, "\n")}, "\n\n"));
    }
    return descriptions;
}

// The share of its actions done, 0-100; a done initiative is done whatever its actions say.
int initiative_progress(const PublishedInitiative& initiative) {
    if (initiative.status == InitiativeStatus::done) return 100;
    int counted = 0, done = 0;
    for (const PublishedAction& action : initiative.actions) {
        if (action.status == ActionStatus::dropped) continue;
        ++counted;
        if (action.status == ActionStatus::done) ++done;
    }
    return counted ? done * 100 / counted : 0;
}

// The latest of its actions' due dates; else the end of its horizon year.
std::string initiative_end(const PublishedInitiative& initiative) {
    std::string end;
    for (const PublishedAction& action : initiative.actions) end = std::max(end, action.due);
    if (end.empty() && initiative.horizon > 0) end = std::to_string(initiative.horizon) + "-12-31";
    return end;
}

std::string backing_captures(const WorkshopState& state, const std::string& initiative_id) {
    std::vector<std::string> ids;
    for (const std::string& id : state.roadmap().evidence(initiative_id))
        if (publishable(state, id)) ids.push_back(id);
    return joined(ids, ";");
}

OpenTable results_table(const DecidimMapping& mapping) {
    OpenTable table{"results", {{"id", FieldType::integer}, {"parent/id", FieldType::integer}}, {}};
    for (const std::string& locale : mapping.locales) table.fields.push_back({"title/" + locale});
    for (const std::string& locale : mapping.locales) table.fields.push_back({"description/" + locale});
    for (const char* name : {"start_date", "end_date"}) table.fields.push_back({name});
    table.fields.push_back({"status/id", FieldType::integer});
    table.fields.push_back({"progress", FieldType::integer});
    table.fields.push_back({"proposal_urls"});
    table.fields.push_back({mapping.taxonomy_column(), FieldType::integer});
    table.fields.push_back({"scope/id", FieldType::integer});
    table.fields.push_back({"weight", FieldType::number});
    table.fields.push_back({"external_id"});
    table.fields.push_back({"oogst/status"});
    table.fields.push_back({"oogst/proposals"});
    return table;
}

struct ResultRow {
    int id = 0, parent = 0;
    std::string title;
    std::vector<std::string> descriptions;
    std::string start, end;
    int progress = 0;
    std::string taxonomy, external_id, status, proposals;
};

std::vector<std::string> cells(const ResultRow& row, const DecidimMapping& mapping) {
    std::vector<std::string> values{std::to_string(row.id), row.parent ? std::to_string(row.parent) : ""};
    values.insert(values.end(), mapping.locales.size(), row.title);
    values.insert(values.end(), row.descriptions.begin(), row.descriptions.end());
    values.insert(values.end(), {row.start, row.end, "", std::to_string(row.progress), "", row.taxonomy, mapping.scope,
                                 "", row.external_id, row.status, row.proposals});
    return values;
}

}  // namespace

std::string decidim_results_csv(const WorkshopState& state, const PublishedWorkshop& workshop,
                                const DecidimMapping& mapping, const Translations& words) {
    OpenTable table = results_table(mapping);
    const std::string start = workshop.workshop.dates.empty() ? "" : workshop.workshop.dates.front();
    int next_id = 1;
    for (const PublishedKey& key : workshop.keys) {
        const std::string taxonomy = mapping.taxonomy(key.id);
        for (const PublishedInitiative& initiative : key.initiatives) {
            const int parent = next_id++;
            table.rows.push_back(cells({parent, 0, initiative.title, initiative_descriptions(initiative, mapping, words),
                                        start, initiative_end(initiative), initiative_progress(initiative), taxonomy,
                                        initiative.id, std::string(name_of(initiative.status)),
                                        backing_captures(state, initiative.id)},
                                       mapping));
            // The same actions, in the same order, as published_workshop took them.
            const std::vector<const ActionSet*> actions = state.roadmap().actions_of(initiative.id);
            for (std::size_t i = 0; i < initiative.actions.size() && i < actions.size(); ++i) {
                const PublishedAction& action = initiative.actions[i];
                std::vector<std::string> descriptions;
                for (const std::string& locale : mapping.locales)
                    descriptions.push_back(action.who.empty() ? "" : words.format(language_of(locale), "export.action_who", {{"who", action.who}}));
                table.rows.push_back(cells({next_id++, parent, action.what, descriptions, "", action.due,
                                            action.status == ActionStatus::done ? 100 : 0, taxonomy, actions[i]->id,
                                            std::string(name_of(action.status)), ""},
                                           mapping));
            }
        }
    }
    return csv_text(table, {';', false});
}

}  // namespace oogst
