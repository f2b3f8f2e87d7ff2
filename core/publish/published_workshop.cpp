#include "core/publish/published_workshop.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/kiosk/kiosk_work.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/publish/publishable.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/wall_piles.hpp"

namespace oogst {
namespace {

// The groups a publication shows as one: the wall's piles with what may not be published
// taken out, and every other published capture on its own. A child's work is always on
// its own: two children who wrote the same poem each made a work, and an adult's note
// like it does not speak for either.
std::vector<std::vector<std::string>> published_groups(const WorkshopState& state) {
    std::vector<std::vector<std::string>> groups;
    std::set<std::string> piled;
    for (const std::vector<std::string>& pile : wall_piles(state)) {
        std::vector<std::string> members;
        for (const std::string& id : pile)
            if (publishable(state, id) && !childs_work(state, *state.capture(id))) members.push_back(id), piled.insert(id);
        if (!members.empty()) groups.push_back(std::move(members));
    }
    std::vector<std::string> alone;
    for (const auto& [id, capture] : state.capture_records())
        if (!piled.count(id) && publishable(state, capture)) alone.push_back(id);
    std::sort(alone.begin(), alone.end());  // the hashed captures have no order of their own
    for (std::string& id : alone) groups.push_back({std::move(id)});
    return groups;
}

PublishedWork work_of(const WorkshopState& state, const std::vector<std::string>& group) {
    // The pile's capture made first speaks for it: the same on every laptop.
    const std::string* first = &group.front();
    for (const std::string& id : group)
        if (state.capture(id)->origin_order < state.capture(*first)->origin_order) first = &id;
    const CaptureRecord& capture = *state.capture(*first);
    const CaptureAdded& origin = *capture.origin;
    PublishedWork work;
    work.id = *first;
    work.pile = group.size();
    work.text = capture.text.value();
    work.session_id = state.session_root(origin.session_id);
    if (const SessionSet* session = state.session(work.session_id)) {
        work.table = session->table_name;
        work.method = session->method;
    }
    work.board = capture.placement.value().board;
    work.kind = origin.capture_kind;
    work.child = childs_work(state, capture);
    work.name = published_name(state, capture);
    work.strokes = origin.strokes;
    // A photo's preview (a JPEG already sized for a page) when it has one, else the photo.
    work.photo_blob = origin.preview_blob.empty() ? origin.photo_blob : origin.preview_blob;
    int total = 0;
    std::set<std::string> tables;
    for (const std::string& id : group) {
        const CaptureRecord& member = *state.capture(id);
        total += member.score_total();
        work.votes += member.vote_count();
        tables.insert(state.session_root(member.origin->session_id));
    }
    work.score = work.votes ? static_cast<double>(total) / work.votes : 0;
    work.tables = tables.size();
    return work;
}

int year_of(const std::string& day) {
    return day.size() >= 4 ? std::atoi(day.substr(0, 4).c_str()) : 0;
}

}  // namespace

std::string day_of(std::int64_t starts_at_ms) {
    // As the planning shows it: the day on this machine's clock.
    return start_text(starts_at_ms).substr(0, 10);
}

void strongest_first(std::vector<PublishedWork>& works) {
    std::stable_sort(works.begin(), works.end(), [](const PublishedWork& a, const PublishedWork& b) {
        return std::tie(b.score, b.votes, b.pile, a.id) < std::tie(a.score, a.votes, a.pile, b.id);
    });
}

PublishedWorkshop published_workshop(const WorkshopState& state) {
    PublishedWorkshop published;
    if (state.has_workshop()) published.workshop = state.workshop();
    const ThemeFiling filing = theme_filing(state);

    // Every published work, with the keys any of its captures is filed under.
    struct Placed {
        PublishedWork work;
        std::set<std::string> keys;
        std::vector<std::string> members;
    };
    std::vector<Placed> placed;
    for (const std::vector<std::string>& group : published_groups(state)) {
        Placed one{work_of(state, group), {}, group};
        for (const std::string& id : group)
            for (const std::string& key : filing.themes(id)) one.keys.insert(key);
        placed.push_back(std::move(one));
    }

    // The keys, as the wall lists them.
    std::unordered_map<std::string, std::size_t> key_index;
    for (const ThemeRecord* record : state.themes()) {
        const ThemeSet& details = record->details.value();
        PublishedKey key;
        key.id = details.id;
        key.name = details.name;
        key.needs = details.needs;
        key.core_values = details.core_values;
        key.future_images = details.future_images;
        key.colour = details.colour;
        key_index[key.id] = published.keys.size();
        published.keys.push_back(std::move(key));
    }

    // The sessions, in the workshop's order.
    std::unordered_map<std::string, std::size_t> session_index;
    PublishedFigures& figures = published.figures;
    for (const SessionSet* session : state.sessions()) {
        PublishedSession one;
        one.id = session->id;
        one.table = session->table_name;
        one.method = session->method;
        one.place = session->place;
        one.day = day_of(session->starts_at_ms);
        one.kiosk = session->method == kiosk_method;
        if (const auto record = state.session_records().find(session->id); record != state.session_records().end())
            one.participants = record->second.fields().participants;
        ++figures.sessions;
        ++(one.kiosk ? figures.kiosks : figures.tables);
        figures.participants += one.participants;
        ++figures.sessions_by_method[one.method];
        session_index[one.id] = published.sessions.size();
        published.sessions.push_back(std::move(one));
    }

    for (Placed& one : placed) {
        const PublishedWork& work = one.work;
        figures.captures += static_cast<int>(one.members.size());
        if (work.child) figures.children_works += static_cast<int>(one.members.size());
        figures.votes += work.votes;
        std::set<std::string> key_names;
        for (const std::string& key_id : one.keys) {
            const auto index = key_index.find(key_id);
            if (index == key_index.end()) continue;
            PublishedKey& key = published.keys[index->second];
            (work.child ? key.children : key.dreams).push_back(work);
            key.captures += one.members.size();
            key.votes += work.votes;
            key_names.insert(key.name);
        }
        if (one.keys.empty() && !work.child) published.unfiled.push_back(work);
        for (const std::string& id : one.members) {
            const std::string& session_id = state.session_root(state.capture(id)->origin->session_id);
            const auto index = session_index.find(session_id);
            if (index == session_index.end()) continue;
            PublishedSession& session = published.sessions[index->second];
            if (!session.place.empty()) ++figures.captures_by_place[session.place];
            if (!session.day.empty()) ++figures.captures_by_day[session.day];
            for (const std::string& name : key_names) ++session.keys[name];
        }
        if (const auto index = session_index.find(work.session_id); index != session_index.end()) {
            published.sessions[index->second].works.push_back(work);
            published.sessions[index->second].votes += work.votes;
        }
    }

    for (PublishedKey& key : published.keys) {
        strongest_first(key.dreams);
        std::set<std::string> tables;
        for (const std::vector<PublishedWork>* works : {&key.dreams, &key.children})
            for (const PublishedWork& work : *works) tables.insert(work.session_id);
        key.tables = tables.size();
    }
    for (PublishedSession& session : published.sessions) {
        if (!session.kiosk) {
            strongest_first(session.works);
            continue;
        }
        // A kiosk's works as its loop shows them (kiosk_works): each child's work on its
        // own, in the order made. The groups above are in the order of their ids, and
        // the wall piles two children's same poem as one dream, but each child made one.
        session.works.clear();
        for (const auto& [id, capture] : state.captures_of(session.id))
            if (publishable(state, *capture)) session.works.push_back(work_of(state, {*id}));
    }
    strongest_first(published.unfiled);
    figures.keys = static_cast<int>(published.keys.size());

    // The initiatives under their key, with their actions and what they answer.
    const RoadmapState& roadmap = state.roadmap();
    for (const InitiativeSet* initiative : roadmap.initiatives()) {
        const auto index = key_index.find(state.theme_root(initiative->theme_id));
        if (index == key_index.end()) continue;
        PublishedInitiative one;
        one.id = initiative->id;
        one.title = initiative->title;
        one.description = initiative->description;
        if (!initiative->owner_is_person) one.owner = initiative->owner;
        one.partners = initiative->partners;
        one.horizon = initiative->horizon;
        one.status = initiative->status;
        for (const ActionSet* action : roadmap.actions_of(initiative->id))
            one.actions.push_back({action->what, action->who, action->due, action->status});
        std::vector<std::string> evidence;
        for (const std::string& id : roadmap.evidence(initiative->id))
            if (publishable(state, id)) evidence.push_back(id);
        one.evidence = count_evidence(state, evidence);
        figures.actions += static_cast<int>(one.actions.size());
        ++figures.initiatives;
        published.horizon_year = std::max(published.horizon_year, one.horizon);
        published.keys[index->second].initiatives.push_back(std::move(one));
    }

    // Without a horizon the newspaper looks ten years ahead of the workshop.
    if (published.horizon_year == 0) {
        int year = published.workshop.dates.empty() ? 0 : year_of(published.workshop.dates.front());
        for (const PublishedSession& session : published.sessions)
            if (!year && !session.day.empty()) year = year_of(session.day);
        if (year) published.horizon_year = year + 10;
    }
    return published;
}

}  // namespace oogst
