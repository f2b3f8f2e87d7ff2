#include "core/roadmap/speelveld_notes.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "core/errors.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/table/same_text.hpp"

namespace oogst {
namespace {

// The Speelveld template's boards (assets/templates/speelveld.yaml), in its order: one
// per group of actors, in ActorCategory's order, then the two kinds of link.
constexpr std::array actor_boards = {"politiek",     "administratie", "burgers",  "ondernemers",
                                     "verenigingen", "experten",      "partners"};
constexpr std::array link_boards = {"regie", "verbinden"};

// Where board stands among the template's boards; -1 when it is none of them.
int board_order(const std::string& board) {
    for (std::size_t b = 0; b < actor_boards.size(); ++b)
        if (board == actor_boards[b]) return static_cast<int>(b);
    for (std::size_t b = 0; b < link_boards.size(); ++b)
        if (board == link_boards[b]) return static_cast<int>(actor_boards.size() + b);
    return -1;
}

// The captures some live actor or link was made from.
std::set<std::string> turned_notes(const RoadmapState& roadmap) {
    std::set<std::string> turned;
    for (const ActorSet* actor : roadmap.actors())
        for (std::string& id : roadmap.evidence(actor->id)) turned.insert(std::move(id));
    for (const ActorLinkSet* link : roadmap.links())
        for (std::string& id : roadmap.evidence(link->id)) turned.insert(std::move(id));
    return turned;
}

// The note as its board proposes it; false when it is no Speelveld note with words.
bool proposal_of(const WorkshopState& state, const SessionSet& table, const std::string& capture_id,
                 const CaptureRecord& capture, SpeelveldNote& note) {
    const std::string& board = capture.placement.value().board;
    const int order = board_order(board);
    const std::string text = trim(capture.text.value());
    if (order < 0 || text.empty()) return false;
    note.capture_id = capture_id;
    note.session_id = table.id;
    note.table = table.table_name;
    note.board = board;
    note.text = text;
    const auto end = text.find('\n');
    const std::string first = trim(text.substr(0, end));
    const std::string rest = end == std::string::npos ? std::string() : trim(text.substr(end + 1));
    note.is_link = order >= static_cast<int>(actor_boards.size());
    if (note.is_link) {
        note.kind = board == "regie" ? LinkKind::regie : LinkKind::verbinden;
        note.competences = comma_list(rest);
        return true;
    }
    note.category = static_cast<ActorCategory>(order);
    note.name = first;
    note.note = rest;
    // Two tables often name the same alderman: one actor on the map, with both notes.
    const std::string folded = folded_text(first);
    for (const ActorSet* actor : state.roadmap().actors())
        if (folded_text(actor->name) == folded) note.same_actor = actor->id;
    return true;
}

}  // namespace

std::vector<std::string> comma_list(const std::string& text) {
    std::vector<std::string> items;
    std::string item;
    const auto keep = [&] {
        if (std::string kept = trim(item); !kept.empty() && std::find(items.begin(), items.end(), kept) == items.end())
            items.push_back(std::move(kept));
        item.clear();
    };
    for (const char c : text) {
        if (c == ',' || c == '\n' || c == ';')
            keep();
        else
            item += c;
    }
    keep();
    return items;
}

std::vector<SpeelveldNote> speelveld_notes(const WorkshopState& state) {
    const std::set<std::string> turned = turned_notes(state.roadmap());
    std::vector<SpeelveldNote> notes;
    for (const SessionSet* table : state.sessions()) {
        if (table->method != speelveld_method) continue;
        for (const auto& [id, capture] : state.captures_of(table->id)) {
            SpeelveldNote note;
            if (!turned.count(*id) && proposal_of(state, *table, *id, *capture, note)) notes.push_back(std::move(note));
        }
    }
    // captures_of gives each table's notes in the order they were made; that order stays.
    std::stable_sort(notes.begin(), notes.end(), [](const SpeelveldNote& a, const SpeelveldNote& b) {
        return std::make_tuple(a.table, a.session_id, board_order(a.board)) <
               std::make_tuple(b.table, b.session_id, board_order(b.board));
    });
    return notes;
}

SpeelveldNote speelveld_note(const WorkshopState& state, const std::string& capture_id) {
    const CaptureRecord* capture = state.capture(capture_id);
    const SessionSet* table = capture ? state.session(state.session_root(capture->origin->session_id)) : nullptr;
    SpeelveldNote note;
    if (!table || table->method != speelveld_method || !proposal_of(state, *table, capture_id, *capture, note))
        throw RoadmapError(RoadmapProblem::no_capture);
    return note;
}

std::string actor_from_note(RoadmapActions& roadmap, const WorkshopState& state, const std::string& capture_id) {
    const SpeelveldNote note = speelveld_note(state, capture_id);
    if (note.is_link) throw RoadmapError(RoadmapProblem::no_capture);
    if (!note.same_actor.empty()) {
        roadmap.link_evidence(note.same_actor, {capture_id});
        return note.same_actor;
    }
    return roadmap.create_actor({note.name, note.category, note.note}, {capture_id});
}

std::string link_from_note(RoadmapActions& roadmap, const WorkshopState& state, const std::string& capture_id,
                           const std::string& from, const std::string& to,
                           const std::vector<std::string>& competences) {
    const SpeelveldNote note = speelveld_note(state, capture_id);
    if (!note.is_link) throw RoadmapError(RoadmapProblem::no_capture);
    return roadmap.create_link({from, to, note.kind, competences.empty() ? note.competences : competences},
                               {capture_id});
}

}  // namespace oogst
