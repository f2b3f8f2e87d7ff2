#include "core/publish/orientation_note.hpp"

#include "core/model/plain_text.hpp"
#include "core/model/roadmap_names.hpp"
#include "core/publish/publish_words.hpp"

namespace oogst {
namespace {

std::string days_of(const PublishedWorkshop& workshop) {
    const std::vector<std::string>& dates = workshop.workshop.dates;
    if (dates.empty()) return "";
    return dates.size() == 1 ? dates.front() : dates.front() + " – " + dates.back();
}

void figures_chapter(Document& note, const PublishWords& words, const PublishedWorkshop& workshop) {
    const PublishedFigures& f = workshop.figures;
    note.heading(words.tr("note.process"));
    note.paragraph(words.tr("note.intro"));
    note.figures({{words.tr("note.sessions"), words.count(f.sessions)},
                  {words.tr("note.tables"), words.count(f.tables)},
                  {words.tr("note.kiosks"), words.count(f.kiosks)},
                  {words.tr("note.participants"), words.count(f.participants)},
                  {words.tr("note.captures"), words.count(f.captures)},
                  {words.tr("note.children_works"), words.count(f.children_works)},
                  {words.tr("note.votes"), words.count(f.votes)},
                  {words.tr("note.keys"), words.count(f.keys)},
                  {words.tr("note.initiatives"), words.count(f.initiatives)},
                  {words.tr("note.actions"), words.count(f.actions)}});
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& [method, sessions] : f.sessions_by_method) rows.push_back({words.method_name(method), words.count(sessions)});
    if (!rows.empty()) note.heading(words.tr("note.by_method"), 2).figures(std::move(rows));
    rows.clear();
    for (const auto& [place, captures] : f.captures_by_place) rows.push_back({place, words.count(captures)});
    if (!rows.empty()) note.heading(words.tr("note.by_place"), 2).figures(std::move(rows));
    rows.clear();
    for (const auto& [day, captures] : f.captures_by_day) rows.push_back({day, words.count(captures)});
    if (!rows.empty()) note.heading(words.tr("note.by_day"), 2).figures(std::move(rows));
}

void initiative_part(Document& note, const PublishWords& words, const PublishedInitiative& initiative) {
    note.heading(initiative.title, 3);
    note.paragraph(initiative.description);
    std::vector<std::pair<std::string, std::string>> rows;
    if (!initiative.owner.empty()) rows.push_back({words.tr("note.owner"), initiative.owner});
    if (!initiative.partners.empty()) rows.push_back({words.tr("note.partners"), joined(initiative.partners, ", ")});
    if (initiative.horizon) rows.push_back({words.tr("note.horizon"), std::to_string(initiative.horizon)});
    rows.push_back({words.tr("note.status"), words.tr("initiative.status." + std::string(name_of(initiative.status)))});
    const EvidenceCount& evidence = initiative.evidence;
    if (evidence.dreams || evidence.children_works || evidence.proposals)
        rows.push_back({words.tr("note.answers"),
                        words.format("note.answers_text", {{"dreams", words.count(evidence.dreams + evidence.proposals)},
                                                           {"tables", words.count(evidence.tables)},
                                                           {"children", words.count(evidence.children_works)}})});
    note.figures(std::move(rows));
    std::vector<std::string> actions;
    for (const PublishedAction& action : initiative.actions) {
        const std::string status = words.tr("action.status." + std::string(name_of(action.status)));
        actions.push_back(action.due.empty()
                              ? words.format("note.action_line_open", {{"what", action.what}, {"who", action.who}, {"status", status}})
                              : words.format("note.action_line", {{"what", action.what}, {"who", action.who},
                                                                  {"due", action.due}, {"status", status}}));
    }
    note.list(std::move(actions));
}

void key_chapter(Document& note, const Store& store, const PublishWords& words, const PublishedKey& key) {
    note.heading(key.name);
    note.paragraph(words.format("note.key_summary", {{"captures", words.count(static_cast<long long>(key.captures))},
                                                     {"tables", words.count(static_cast<long long>(key.tables))},
                                                     {"votes", words.count(key.votes)}}));
    const std::pair<const char*, const std::string*> parts[] = {
        {"note.needs", &key.needs}, {"note.core_values", &key.core_values}, {"note.future_images", &key.future_images}};
    for (const auto& [title, text] : parts) {
        note.heading(words.tr(title), 2);
        if (text->empty()) note.note(words.tr("note.not_described"));
        else note.paragraph(*text);
    }

    note.heading(words.tr("note.strongest"), 2);
    if (key.dreams.empty()) note.note(words.tr("note.no_dreams"));
    for (std::size_t i = 0; i < key.dreams.size() && i < note_dreams_per_key; ++i)
        note.quote(key.dreams[i].text, words.source(key.dreams[i]));
    if (key.dreams.size() > note_dreams_per_key)
        note.note(words.format("note.more_dreams", {{"count", words.count(static_cast<long long>(key.dreams.size() - note_dreams_per_key))}}));

    if (!key.children.empty()) {
        note.heading(words.tr("note.children"), 2);
        std::vector<DocPicture> pictures;
        for (std::size_t i = 0; i < key.children.size() && i < note_children_per_key; ++i) {
            const PublishedWork& work = key.children[i];
            if (work.kind == CaptureKind::text) note.quote(work.text, work.name);
            else pictures.push_back(picture_of(store, work));
        }
        note.pictures(std::move(pictures));
        if (key.children.size() > note_children_per_key)
            note.note(words.format("note.more_children",
                                   {{"count", words.count(static_cast<long long>(key.children.size() - note_children_per_key))}}));
    }

    note.heading(words.tr("note.initiatives"), 2);
    if (key.initiatives.empty()) note.note(words.tr("note.no_initiatives"));
    for (const PublishedInitiative& initiative : key.initiatives) initiative_part(note, words, initiative);
}

void sessions_annex(Document& note, const PublishWords& words, const PublishedWorkshop& workshop) {
    note.heading(words.tr("note.annex_sessions"));
    if (workshop.sessions.empty()) note.note(words.tr("note.no_sessions"));
    for (const PublishedSession& session : workshop.sessions) {
        note.heading(joined({session.table, words.method_name(session.method)}, " — "), 2);
        std::vector<std::pair<std::string, std::string>> rows;
        if (!session.place.empty()) rows.push_back({words.tr("note.place"), session.place});
        if (!session.day.empty()) rows.push_back({words.tr("note.day"), session.day});
        if (session.participants) rows.push_back({words.tr("note.participants"), words.count(session.participants)});
        std::size_t captures = 0;
        for (const PublishedWork& work : session.works) captures += work.pile;
        rows.push_back({words.tr(session.kiosk ? "note.children_works" : "note.captures"), words.count(static_cast<long long>(captures))});
        if (!session.kiosk) rows.push_back({words.tr("note.votes"), words.count(session.votes)});
        note.figures(std::move(rows));
        if (session.works.empty()) note.note(words.tr("note.nothing_said"));
        if (!session.kiosk)
            for (std::size_t i = 0; i < session.works.size() && i < 3; ++i)
                note.quote(session.works[i].text, words.source(session.works[i]));
        std::vector<std::string> keys;
        for (const auto& [name, count] : session.keys) keys.push_back(name + " (" + words.count(count) + ")");
        if (!keys.empty()) note.paragraph(words.tr("note.went_to") + ": " + joined(keys, ", "));
    }
}

}  // namespace

Document orientation_note(const Store& store, const PublishedWorkshop& workshop, const Assets& assets, Language language) {
    const PublishWords words{assets, language};
    Document note = words.document(
        words.tr("note.title") + ": " + workshop.workshop.name,
        joined({workshop.workshop.place, days_of(workshop),
                words.format("note.key_summary", {{"captures", words.count(workshop.figures.captures)},
                                                      {"tables", words.count(workshop.figures.tables)},
                                                      {"votes", words.count(workshop.figures.votes)}})},
               " · "),
        workshop);

    figures_chapter(note, words, workshop);
    if (workshop.keys.empty()) note.heading(words.tr("note.keys_chapter")).note(words.tr("note.no_keys"));
    for (const PublishedKey& key : workshop.keys) key_chapter(note, store, words, key);
    if (!workshop.unfiled.empty()) {
        note.heading(words.tr("note.unfiled"));
        long long unfiled = 0;
        for (const PublishedWork& work : workshop.unfiled) unfiled += static_cast<long long>(work.pile);
        note.paragraph(words.format("note.unfiled_text", {{"count", words.count(unfiled)}}));
        for (std::size_t i = 0; i < workshop.unfiled.size() && i < 10; ++i)
            note.quote(workshop.unfiled[i].text, words.source(workshop.unfiled[i]));
    }
    sessions_annex(note, words, workshop);
    note.heading(words.tr("note.method_chapter"));
    note.paragraph(words.tr("note.method_gathered"));
    note.paragraph(words.tr("note.method_clustered"));
    note.paragraph(words.tr("note.method_consent"));
    return note;
}

}  // namespace oogst
