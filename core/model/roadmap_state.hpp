#pragma once
// The roadmap part of a workshop's state (roadmap_payloads.hpp): a pure fold, like the rest
// of WorkshopState, whose fold hands the roadmap operations here. Deletion, evidence and
// canvas blocks are kept by item id, whatever the item is, because an operation that
// names an item may arrive before the one that made it.
#include <array>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/model/last_writer_wins.hpp"
#include "core/model/operation.hpp"
#include "core/model/payloads.hpp"

namespace oogst {

struct InitiativeRecord {
    LastWriterWins<InitiativeSet> details;
};

struct ActionRecord {
    LastWriterWins<ActionSet> details;
};

struct CaseRecord {
    LastWriterWins<InnovationCaseSet> details;
    LastWriterWins<bool> shortlisted;
};

struct ActorRecord {
    LastWriterWins<ActorSet> details;
    LastWriterWins<std::pair<float, float>> place;  // unwritten: the map places it
};

struct LinkRecord {
    LastWriterWins<ActorLinkSet> details;
};

inline constexpr std::size_t canvas_block_count = static_cast<std::size_t>(CanvasBlock::partners) + 1;
inline constexpr std::size_t statement_part_count = static_cast<std::size_t>(StatementPart::future_image) + 1;

class RoadmapState {
public:
    void fold(InitiativeSet&& set, const Operation& op);
    void fold(ActionSet&& set, const Operation& op);
    void fold(InnovationCaseSet&& set, const Operation& op);
    void fold(CaseShortlisted&& shortlisted, const Operation& op);
    void fold(ActorSet&& set, const Operation& op);
    void fold(ActorPlaced&& placed, const Operation& op);
    void fold(ActorLinkSet&& set, const Operation& op);
    void fold(CanvasBlockSet&& set, const Operation& op);
    void fold(RoadmapEvidenceSet&& evidence, const Operation& op);
    void fold(RoadmapItemDeleted&& deleted, const Operation& op);
    void fold(RoadmapItemRestored&& restored, const Operation& op);
    void fold(StatementSet&& set, const Operation& op);

    // Everything ever written, deleted or not (canonical_json prints tombstones too).
    const std::map<std::string, InitiativeRecord>& initiative_records() const { return initiatives_; }
    const std::map<std::string, ActionRecord>& action_records() const { return actions_; }
    const std::map<std::string, CaseRecord>& case_records() const { return cases_; }
    const std::map<std::string, ActorRecord>& actor_records() const { return actors_; }
    const std::map<std::string, LinkRecord>& link_records() const { return links_; }

    // Deleted while any of its deletions is not cancelled (as captures).
    bool deleted(const std::string& item_id) const;

    // Live items. An action lives while its initiative does; a link while both its
    // actors do: what they hang on cannot be shown without them.
    const InitiativeSet* initiative(const std::string& id) const;
    const ActionSet* action(const std::string& id) const;
    const InnovationCaseSet* innovation_case(const std::string& id) const;
    const ActorSet* actor(const std::string& id) const;
    const ActorLinkSet* link(const std::string& id) const;

    // Live items in a stable order: initiatives and cases by title, actions by due date
    // (undated last) then what, actors by group then name, links by id; ties by id.
    std::vector<const InitiativeSet*> initiatives() const;
    std::vector<const ActionSet*> actions_of(const std::string& initiative_id) const;
    std::vector<const InnovationCaseSet*> cases() const;
    bool shortlisted(const std::string& case_id) const;
    std::vector<const ActorSet*> actors() const;
    // Where the actor was put on the map; false when never placed.
    bool actor_place(const std::string& actor_id, float& x, float& y) const;
    std::vector<const ActorLinkSet*> links() const;

    // The captures linked to an item now, by id (whether they still live is the
    // caller's to check against the captures).
    std::vector<std::string> evidence(const std::string& item_id) const;
    const std::map<std::string, std::map<std::string, LastWriterWins<bool>>>& evidence_records() const {
        return evidence_;
    }
    // A canvas block's text ("" when never written).
    const std::string& canvas_block(const std::string& item_id, CanvasBlock block) const;
    bool has_canvas(const std::string& item_id) const { return canvases_.count(item_id) > 0; }
    const std::string& statement(StatementPart part) const;
    bool has_statements() const;

private:
    struct Removal {
        std::set<OperationId> deletions, cancelled;
    };
    using Canvas = std::array<LastWriterWins<std::string>, canvas_block_count>;

    std::map<std::string, InitiativeRecord> initiatives_;
    std::map<std::string, ActionRecord> actions_;
    std::map<std::string, CaseRecord> cases_;
    std::map<std::string, ActorRecord> actors_;
    std::map<std::string, LinkRecord> links_;
    std::map<std::string, Removal> removals_;
    std::map<std::string, std::map<std::string, LastWriterWins<bool>>> evidence_;  // item -> capture -> linked
    std::map<std::string, Canvas> canvases_;
    std::array<LastWriterWins<std::string>, statement_part_count> statements_;
};

}  // namespace oogst
