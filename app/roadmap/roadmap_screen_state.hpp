#pragma once
// What the roadmap's screens remember between frames (issue 16): the debate screen's
// open key and initiative, the open case, the canvas being filled, the stakeholder
// map's chosen actor or link and the finger on it, the forms being filled, and the
// facilitator's undo there. Everything else is drawn from the store's state
// (core/roadmap).
#include <array>
#include <cstdint>
#include <string>

#include <imgui.h>

#include "core/roadmap/roadmap_actions.hpp"
#include "core/store/undo_history.hpp"

namespace oogst::app {

// The initiative form's fields as typed (the horizon as text until it is saved).
struct InitiativeForm {
    std::string of;  // the initiative they were taken from; empty: a new one
    std::string title, owner, horizon, description;
    InitiativeStatus status = InitiativeStatus::proposed;
};

struct ActionForm {
    std::string what, who, due;
};

struct DebateState {
    std::string theme_id;         // the key whose initiatives are shown; empty: the first
    std::string open_initiative;  // the initiative in the side panel; empty: none
    bool adding = false;          // the new initiative's form is open
    InitiativeForm form;          // the open initiative's words (or the new one's)
    ActionForm action;            // the action being added to the open initiative
    bool linking = false;         // the key's dreams to link to the open initiative
    bool planning_table = false;  // a debate table for the key is being named
    std::string table_name;
};

struct CaseForm {
    std::string of;  // the case they were taken from; empty: a new one
    std::string title, impact, target_group, first_step, owner;
};

struct CasesState {
    std::string open_case;  // the case in the side panel; empty: none
    bool adding = false;    // the new case's form is open
    CaseForm form;
};

// The social value canvas of one initiative or case, its ten blocks as being typed.
struct CanvasState {
    std::string item_id;
    std::string blocks_of;  // the item the blocks were taken from
    std::array<std::string, 10> blocks;
    bool from_debate = false;  // where "back" goes: the debate, else the cases
};

// The statements being written on the synthesis page (StatementPart's order), and what
// the store held when they were taken, so a change from elsewhere updates only the
// parts nobody is typing in.
struct SynthesisState {
    bool mission_page = false;  // mission-vision-values; else SWOT+
    bool taken = false;
    std::uint64_t taken_at = 0;  // the store revision they were taken at
    std::array<std::string, 5> statements, saved;
};

// An actor's words as its form holds them.
struct ActorForm {
    std::string name, note;
    ActorCategory category = ActorCategory::politics;
};

// A link being made: the first actor chosen, the other still to be tapped.
struct LinkDraft {
    bool open = false;
    LinkKind kind = LinkKind::regie;
    std::string from;         // empty: the first actor is still to be chosen (a link note)
    std::string from_name;    // as it was when chosen: it may be deleted meanwhile
    std::string competences;  // typed as a comma list
    std::string note_id;      // the Speelveld note it is made from; empty: none
};

// The finger on the map: pressed on an actor (a tap chooses it) or dragging it.
struct MapGesture {
    std::string actor;  // pressed on; empty: on the map itself
    ImVec2 press_at{0, 0}, finger{0, 0};
    bool dragging = false;
};

struct MapState {
    std::string chosen_actor;  // in the side panel; empty: none
    std::string chosen_link;   // in the side panel instead; empty: none
    bool adding = false;       // the new actor's form is open
    ActorForm form;            // the chosen actor's words (or the new one's)
    LinkKind link_kind = LinkKind::regie;  // the chosen link's, as its form holds them
    std::string competences;
    LinkDraft linking;
    MapGesture gesture;
};

struct RoadmapScreens {
    DebateState debate;
    CasesState cases;
    CanvasState canvas;
    SynthesisState synthesis;
    MapState map;
    UndoHistory undo;  // the facilitator's own changes on these screens, newest last
};

}  // namespace oogst::app
