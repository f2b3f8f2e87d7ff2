#pragma once
// The payloads of the roadmap: what the facilitator makes of the keys (issue 16, "from
// keys to plans"; "plan" in this code is the preparation's, core/prepare). The city
// debate's initiatives and their actions, the Toekomstlab's innovation cases, the
// social value canvas, the stakeholder map (Speelveld: actors and the links between
// them) and the management team's statements (mission, vision, values, transitions,
// the desired future image). Each is a last-writer-wins register per thing, as keys
// are; what can change on its own (an actor's place on the map, one canvas block, a
// capture given as evidence) has its own operation, so two laptops editing different
// parts of one thing both win. Included by payloads.hpp; see there for the rest.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/operation.hpp"
#include "core/model/wire.hpp"

namespace oogst {

enum class InitiativeStatus : std::uint8_t { proposed = 0, planned = 1, running = 2, done = 3, dropped = 4 };
enum class ActionStatus : std::uint8_t { open = 0, running = 1, done = 2, dropped = 3 };
// The Speelveld's seven groups of actors, in the template's order.
enum class ActorCategory : std::uint8_t {
    politics = 0,
    administration = 1,
    citizens = 2,
    businesses = 3,
    associations = 4,
    experts = 5,
    partners = 6,
};
// "regie": like actors made to work together; "verbinden": a bridge between unlike ones.
enum class LinkKind : std::uint8_t { regie = 0, verbinden = 1 };
// The ten blocks of the social value canvas (maatschappelijke waarde canvas).
enum class CanvasBlock : std::uint8_t {
    policy_goals = 0,
    performance = 1,
    target_groups = 2,
    roles = 3,
    activities = 4,
    communication = 5,
    organisation = 6,
    budget = 7,
    participation = 8,
    partners = 9,
};
// What the management team says as one page (missie-visie-waarden) and the desired
// future image beside a SWOT+.
enum class StatementPart : std::uint8_t { mission = 0, vision = 1, values = 2, transitions = 3, future_image = 4 };

namespace wire {
// An enum sent as one byte, checked: an enum holding a value it does not name is
// undefined, and a hostile bundle may send one. what names it in the error.
template <class Archive, class Enum>
void small_enum(Archive& ar, Enum& value, Enum last, const char* what) {
    std::uint8_t byte = static_cast<std::uint8_t>(value);
    ar(byte);
    if (byte > static_cast<std::uint8_t>(last)) throw FormatError(what);
    value = static_cast<Enum>(byte);
}
}  // namespace wire

// An initiative: what the city will do about a key. owner is a department or partner;
// a private person only when owner_is_person says the facilitator typed one on purpose
// (publications then leave the name out). horizon is a year, 0 when not said.
// from_capture is the debate table's proposal it was promoted from, empty when typed.
struct InitiativeSet {
    static constexpr OperationKind kind = OperationKind::initiative_set;
    std::string id, theme_id, title, description, owner;
    bool owner_is_person = false;
    std::vector<std::string> partners;
    std::uint16_t horizon = 0;
    InitiativeStatus status = InitiativeStatus::proposed;
    std::string from_capture;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "initiative");
        wire::line(ar, id), wire::line(ar, theme_id), wire::line(ar, title), wire::lines(ar, description);
        wire::line(ar, owner);
        wire::yes_no(ar, owner_is_person, "an initiative's owner is neither a person nor not");
        wire::texts(ar, partners);
        ar(horizon);
        wire::small_enum(ar, status, InitiativeStatus::dropped, "an initiative has an unknown status");
        wire::line(ar, from_capture);
    }
};

// One step of an initiative: what, who does it, by when and when it is looked at
// again (dates "2027-03-01", or empty).
struct ActionSet {
    static constexpr OperationKind kind = OperationKind::action_set;
    std::string id, initiative_id, what, who, due, review;
    ActionStatus status = ActionStatus::open;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "action");
        wire::line(ar, id), wire::line(ar, initiative_id), wire::line(ar, what), wire::line(ar, who);
        wire::line(ar, due), wire::line(ar, review);
        wire::small_enum(ar, status, ActionStatus::dropped, "an action has an unknown status");
    }
};

// A Toekomstlab's innovation case. from_session is the lab table it was worked out at.
struct InnovationCaseSet {
    static constexpr OperationKind kind = OperationKind::case_set;
    std::string id, title, impact, target_group, first_step, owner, from_session;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "innovation case");
        wire::line(ar, id), wire::line(ar, title), wire::lines(ar, impact), wire::line(ar, target_group);
        wire::line(ar, first_step), wire::line(ar, owner), wire::line(ar, from_session);
    }
};

// A case put on (or taken off) the shortlist of 5-10; the long list stays.
struct CaseShortlisted {
    static constexpr OperationKind kind = OperationKind::case_shortlisted;
    std::string id;
    bool shortlisted = true;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "shortlist");
        wire::line(ar, id);
        wire::yes_no(ar, shortlisted, "a case is neither on the shortlist nor off it");
    }
};

struct ActorSet {
    static constexpr OperationKind kind = OperationKind::actor_set;
    std::string id, name;
    ActorCategory category = ActorCategory::politics;
    std::string note;  // what the actor wants or brings, in the facilitator's words

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "actor");
        wire::line(ar, id), wire::line(ar, name);
        wire::small_enum(ar, category, ActorCategory::partners, "an actor is in an unknown group");
        wire::lines(ar, note);
    }
};

// Where an actor was dragged on the map, in the map's own units (0..1 across).
struct ActorPlaced {
    static constexpr OperationKind kind = OperationKind::actor_placed;
    std::string id;
    float x = 0, y = 0;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "actor place");
        wire::line(ar, id);
        ar(x, y);
    }
};

struct ActorLinkSet {
    static constexpr OperationKind kind = OperationKind::actor_link_set;
    std::string id, from, to;
    LinkKind link_kind = LinkKind::regie;
    std::vector<std::string> competences;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "actor link");
        wire::line(ar, id), wire::line(ar, from), wire::line(ar, to);
        wire::small_enum(ar, link_kind, LinkKind::verbinden, "a link is of an unknown kind");
        wire::texts(ar, competences);
    }
};

// One block of the social value canvas of an initiative or a case.
struct CanvasBlockSet {
    static constexpr OperationKind kind = OperationKind::canvas_block_set;
    std::string item_id;
    CanvasBlock block = CanvasBlock::policy_goals;
    std::string text;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "canvas block");
        wire::line(ar, item_id);
        wire::small_enum(ar, block, CanvasBlock::partners, "a canvas block of an unknown kind");
        wire::lines(ar, text);
    }
};

// A capture given as evidence for an initiative, an action or a case (linked), or taken
// back (not linked): an add/remove set per item, as a key's members. For an actor or a
// link it is the Speelveld note it was made from (core/roadmap/speelveld_notes.hpp).
struct RoadmapEvidenceSet {
    static constexpr OperationKind kind = OperationKind::roadmap_evidence_set;
    std::string item_id, capture_id;
    bool linked = true;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "evidence");
        wire::line(ar, item_id), wire::line(ar, capture_id);
        wire::yes_no(ar, linked, "evidence is neither linked nor not");
    }
};

struct StatementSet {
    static constexpr OperationKind kind = OperationKind::statement_set;
    StatementPart part = StatementPart::mission;
    std::string text;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "statement");
        wire::small_enum(ar, part, StatementPart::future_image, "a statement of an unknown part");
        wire::lines(ar, text);
    }
};

}  // namespace oogst

CEREAL_CLASS_VERSION(oogst::InitiativeSet, 1)
CEREAL_CLASS_VERSION(oogst::ActionSet, 1)
CEREAL_CLASS_VERSION(oogst::InnovationCaseSet, 1)
CEREAL_CLASS_VERSION(oogst::CaseShortlisted, 1)
CEREAL_CLASS_VERSION(oogst::ActorSet, 1)
CEREAL_CLASS_VERSION(oogst::ActorPlaced, 1)
CEREAL_CLASS_VERSION(oogst::ActorLinkSet, 1)
CEREAL_CLASS_VERSION(oogst::CanvasBlockSet, 1)
CEREAL_CLASS_VERSION(oogst::RoadmapEvidenceSet, 1)
CEREAL_CLASS_VERSION(oogst::StatementSet, 1)
