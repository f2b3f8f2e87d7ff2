#pragma once
// From the Speelveld's notes to the stakeholder map (issue 16). A Speelveld table
// (method speelveld) writes one note per actor on the board of its group (politiek …
// partners) and one note per link on the regie or verbinden board ("who with whom, and
// which competences"). Back on the desk the facilitator turns each note into an actor
// or a link in a tap.
//
// What a note became is kept as evidence (RoadmapEvidenceSet): the actor or link holds
// the note it came from, as an initiative holds the dreams it answers. So the map stays
// traceable to the table's words, the note itself is left untouched (it is the table's,
// not the facilitator's), the merge is the evidence's own add/remove set, and a note
// whose actor or link is deleted (or undone) is offered again.
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/roadmap/roadmap_actions.hpp"

namespace oogst {

inline constexpr const char* speelveld_method = "speelveld";

// A Speelveld note not yet turned into an actor or a link, with what it proposes.
struct SpeelveldNote {
    std::string capture_id, session_id, table, board, text;
    bool is_link = false;  // on the regie or verbinden board
    // An actor note: its group (from its board), the name (its first line) and the
    // actor's note (the rest). An actor of that name already on the map is named in
    // same_actor: turning the note then adds it to that actor instead of a copy.
    ActorCategory category = ActorCategory::politics;
    std::string name, note, same_actor;
    // A link note: its kind (from its board) and the competences it names, as a comma
    // list on the lines after the first ("Scholen met Dienst Jeugd\nluisteren, bemiddelen").
    LinkKind kind = LinkKind::regie;
    std::vector<std::string> competences;
};

// The Speelveld notes with words that no live actor or link holds yet, by table, then
// board in the template's order, then where they were made.
std::vector<SpeelveldNote> speelveld_notes(const WorkshopState& state);

// The note capture_id as the Speelveld proposes it, whether or not it was turned.
// RoadmapError no_capture when it is no Speelveld note with words.
SpeelveldNote speelveld_note(const WorkshopState& state, const std::string& capture_id);

// Turns an actor note into an actor of its board's group with the note as evidence, and
// returns its id; when an actor of that name is on the map, the note becomes that
// actor's evidence instead. One undo step either way. RoadmapError no_capture when it
// is no actor note of a Speelveld table.
std::string actor_from_note(RoadmapActions& roadmap, const WorkshopState& state, const std::string& capture_id);

// Turns a link note into a link between the two actors the facilitator chose, of its
// board's kind, with the competences given (the note's own when empty) and the note as
// evidence. Returns the link's id. RoadmapError no_capture when it is no link note,
// no_actor or same_actor as any link.
std::string link_from_note(RoadmapActions& roadmap, const WorkshopState& state, const std::string& capture_id,
                           const std::string& from, const std::string& to,
                           const std::vector<std::string>& competences = {});

// "luisteren, bemiddelen , " as {"luisteren", "bemiddelen"}: how competences are typed.
std::vector<std::string> comma_list(const std::string& text);

}  // namespace oogst
