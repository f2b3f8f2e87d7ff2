#pragma once
// What the facilitator does with the roadmap (issue 16: initiatives and actions per key,
// innovation cases, the social value canvas, the stakeholder map, the management team's
// statements), as store operations, each remembered in the undo history with the
// operations that revert it. The screens and `oogst-cli initiative|action|case|actor|
// link` call these; tests call them without a window. Every change is checked first:
// a RoadmapError (or what Store::record throws) leaves the store as it was.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "core/store/undo_history.hpp"

namespace oogst {

// An initiative as the facilitator gives it (InitiativeSet without id and origin).
struct InitiativeWords {
    std::string theme_id, title, description, owner;
    bool owner_is_person = false;
    std::vector<std::string> partners;
    std::uint16_t horizon = 0;  // a year; 0: not said
    InitiativeStatus status = InitiativeStatus::proposed;
};

struct ActionWords {
    std::string initiative_id, what, who, due, review;  // dates "2027-03-01" or ""
    ActionStatus status = ActionStatus::open;
};

struct CaseWords {
    std::string title, impact, target_group, first_step, owner;
};

struct ActorWords {
    std::string name;
    ActorCategory category = ActorCategory::politics;
    std::string note;
};

struct LinkWords {
    std::string from, to;
    LinkKind kind = LinkKind::regie;
    std::vector<std::string> competences;
};

class RoadmapActions {
public:
    RoadmapActions(Store& store, UndoHistory& history) : store_(store), history_(history) {}

    // Each create returns the new item's id. evidence: captures it answers, linked at once.
    std::string create_initiative(const InitiativeWords& words, const std::vector<std::string>& evidence = {},
                                  const std::string& from_capture = {});
    void edit_initiative(const std::string& id, const InitiativeWords& words);
    std::string create_action(const ActionWords& words);
    void edit_action(const std::string& id, const ActionWords& words);
    std::string create_case(const CaseWords& words, const std::vector<std::string>& evidence = {},
                            const std::string& from_session = {});
    void edit_case(const std::string& id, const CaseWords& words);
    void shortlist(const std::string& case_id, bool on);
    // evidence: the Speelveld notes the actor or link was made from (speelveld_notes.hpp).
    std::string create_actor(const ActorWords& words, const std::vector<std::string>& evidence = {});
    void edit_actor(const std::string& id, const ActorWords& words);
    // Where the actor was dragged on the map (0..1 across and down).
    void place_actor(const std::string& id, float x, float y);
    std::string create_link(const LinkWords& words, const std::vector<std::string>& evidence = {});
    void edit_link(const std::string& id, const LinkWords& words);
    // One block of an initiative's or a case's canvas; the same text records nothing.
    void set_canvas_block(const std::string& item_id, CanvasBlock block, const std::string& text);
    // Every block as given (in CanvasBlock's order): the changed ones recorded together,
    // one undo step, each still its own operation so two laptops' blocks both stay.
    void set_canvas(const std::string& item_id, const std::array<std::string, canvas_block_count>& blocks);
    void set_statement(StatementPart part, const std::string& text);
    // Links captures to any roadmap item as its evidence (or takes them back): what an
    // initiative, action or case answers, the Speelveld notes an actor or link came
    // from. Captures already so record nothing.
    void link_evidence(const std::string& item_id, const std::vector<std::string>& capture_ids, bool linked = true);
    // Deletes any roadmap item; an initiative's actions and an actor's links go with it
    // (they cannot be shown without it) and come back with it on undo.
    void remove(const std::string& item_id);

private:
    // Throws RoadmapError gone unless id names a live item of any kind.
    void require_item(const std::string& id) const;
    InitiativeSet initiative_set(std::string id, const InitiativeWords& words, std::string from_capture) const;
    ActionSet action_set(std::string id, const ActionWords& words) const;
    ActorLinkSet link_set(std::string id, const LinkWords& words) const;
    // A new item with the captures it answers: one batch, one undo step. Returns its id.
    template <class Set>
    std::string record_new(const Set& set, const std::vector<std::string>& evidence, const char* undo_what);
    // An item's new words over before, unless they are the same; undo puts before back.
    template <class Set>
    void record_edit(const Set& before, const Set& after, const char* undo_what);
    // The evidence operations for these captures and their reverts.
    void evidence_operations(const std::string& item_id, const std::vector<std::string>& capture_ids, bool linked,
                             std::vector<RoadmapEvidenceSet>& changes, std::vector<Revert>& reverts) const;

    Store& store_;
    UndoHistory& history_;
};

}  // namespace oogst
