#pragma once
// The payload of each operation kind. Every field group that can change on its own has
// its own operation, so two devices editing different things of one capture (its text
// here, its place on the board there) both win.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/drawing/drawing.hpp"
#include "core/model/operation.hpp"
#include "core/model/roadmap_payloads.hpp"
#include "core/model/wire.hpp"

namespace oogst {

enum class CaptureKind : std::uint8_t { text = 0, drawing = 1, photo = 2 };

// The kind's name in a dump and in open data: "text", "drawing", "photo".
inline std::string_view capture_kind_name(CaptureKind kind) {
    switch (kind) {
        case CaptureKind::text: return "text";
        case CaptureKind::drawing: return "drawing";
        case CaptureKind::photo: return "photo";
    }
    return "unknown";
}

// Consent flags a capture is made with (CaptureAdded::consent), and the whole set an
// older Oogst wrote with CaptureConsentSet. Each consent is now its own register,
// changed with CaptureConsentGiven; the fold reads these flags as what they meant
// (consent_from_flags in workshop_state.hpp).
namespace consent {
inline constexpr std::uint32_t publish = 1;       // may appear in reports and the newspaper
inline constexpr std::uint32_t exhibit = 2;       // may appear in the exhibition loop
inline constexpr std::uint32_t teacher_ok = 4;    // a teacher approved a child's work
inline constexpr std::uint32_t withheld = 8;      // the teacher or facilitator hid it: shown nowhere
}

// The three consents of DESIGN.md, each given or refused on its own.
enum class ConsentAspect : std::uint8_t {
    exhibit = 0,  // shown in the kiosk's loop and the exhibition
    publish = 1,  // in publications and open data
    name = 2,     // the child's first name beside the work
};

// A capture that copies another (a debate table's copy of a strongest dream) names its
// originals in this field, separated by spaces (a pile of near-duplicates is copied as
// one). A copy is working material: not on the wall, not counted as
// evidence and never published; its original is.
inline constexpr const char* copied_from_field = "bron";

// A value a method template's field asked for with the capture ("klas": "5B").
struct CaptureField {
    std::string id, value;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "capture field");
        wire::line(ar, id), wire::line(ar, value);
    }
};  // namespace consent

struct WorkshopSet {
    static constexpr OperationKind kind = OperationKind::workshop_set;
    std::string id, name, method, place;
    std::vector<std::string> dates;      // the days it runs, "2026-12-04", in order
    std::vector<std::string> languages;  // what its people speak: "nl", "fr", "en"

    // Version 2 added dates and languages; a version 1 workshop (the first stores) has none.
    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version_range(version, 1, 2, "workshop");
        wire::line(ar, id), wire::line(ar, name), wire::line(ar, method), wire::line(ar, place);
        if (version >= 2) wire::texts(ar, dates), wire::texts(ar, languages);
    }
};

// A school whose classes bring work to a planned kiosk, and those classes.
struct SessionSchool {
    std::string name;
    std::vector<std::string> classes;

    auto operator<=>(const SessionSchool&) const = default;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "session school");
        wire::line(ar, name);
        wire::texts(ar, classes);
    }
};

struct SessionSet {
    static constexpr OperationKind kind = OperationKind::session_set;
    std::string id, method, table_name, ambassador, place;
    std::int64_t starts_at_ms = 0;
    std::uint16_t participants = 0;  // how many sit at the table (voter tokens); 0: not said
    // A kiosk's (method kinderkiosk) schools and classes, as the facilitator planned them;
    // its table_name is the exhibition's title. Empty for a table.
    std::vector<SessionSchool> schools;
    // A city debate's table (method stadsdebat): the key it debates. Empty otherwise.
    std::string theme_id;

    // Version 2 added participants, version 3 schools, version 4 the debated key; older
    // sessions have none.
    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version_range(version, 1, 4, "session");
        wire::line(ar, id), wire::line(ar, method), wire::line(ar, table_name);
        wire::line(ar, ambassador), wire::line(ar, place);
        ar(starts_at_ms);
        if (version >= 2) ar(participants);
        if (version >= 3) wire::list(ar, schools, 8);
        if (version >= 4) wire::line(ar, theme_id);
    }
};

// The facilitator makes two sessions one: `from` is no longer listed, and its captures
// count and show under `into` (and under whatever `into` is merged into in turn). The
// latest merge of a session wins (an empty `into` undoes it); a merge that would close a
// circle of merges is left out (WorkshopState::session_root says which).
struct SessionMerged {
    static constexpr OperationKind kind = OperationKind::session_merged;
    std::string from, into;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "session merge");
        wire::line(ar, from), wire::line(ar, into);
    }
};

// What the table itself changes about its session, from the tablet: its name and how
// many sit at it. Only these two fields, so a tablet that has not seen the facilitator's
// latest edit of the session (its place, ambassador, method) cannot undo it.
struct SessionTableSet {
    static constexpr OperationKind kind = OperationKind::session_table_set;
    std::string id, table_name;
    std::uint16_t participants = 0;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "session table");
        wire::line(ar, id), wire::line(ar, table_name);
        ar(participants);
    }
};

// Deleting anything is a tombstone naming its id; the same shape serves every entity.
template <OperationKind Kind>
struct Deleted {
    static constexpr OperationKind kind = Kind;
    std::string id;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "deletion");
        wire::line(ar, id);
    }
};
using SessionDeleted = Deleted<OperationKind::session_deleted>;
using CaptureDeleted = Deleted<OperationKind::capture_deleted>;
using ThemeDeleted = Deleted<OperationKind::theme_deleted>;
// Any roadmap item: an initiative, action, case, actor or link (their ids never meet).
using RoadmapItemDeleted = Deleted<OperationKind::roadmap_item_deleted>;

// Brings a deleted capture, theme or roadmap item back (undo) by cancelling one deletion, the one
// named. It is deleted while any of its deletions is not cancelled, so a table's undo
// of its own deletion never revives a note another device deleted too.
template <OperationKind Kind>
struct Restored {
    static constexpr OperationKind kind = Kind;
    std::string id;
    std::string deletion_device;  // the deletion operation this cancels
    std::uint64_t deletion_sequence = 0;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "restoration");
        wire::line(ar, id), wire::line(ar, deletion_device);
        ar(deletion_sequence);
    }
};
using CaptureRestored = Restored<OperationKind::capture_restored>;
using ThemeRestored = Restored<OperationKind::theme_restored>;
using RoadmapItemRestored = Restored<OperationKind::roadmap_item_restored>;

// The facilitator takes a capture out of the pile of near-duplicates it was put in
// (apart), or lets it be piled again. Piles themselves are computed (core/sense), so
// this register is all a pile remembers.
struct CaptureKeptApart {
    static constexpr OperationKind kind = OperationKind::capture_kept_apart;
    std::string id;
    bool apart = true;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "pile");
        wire::line(ar, id);
        wire::yes_no(ar, apart, "a capture is neither kept apart nor piled");
    }
};

struct CaptureMoved {
    static constexpr OperationKind kind = OperationKind::capture_moved;
    std::string id, board;
    float x = 0, y = 0;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "capture position");
        wire::line(ar, id), wire::line(ar, board);
        ar(x, y);
    }
};

struct CaptureAdded {
    static constexpr OperationKind kind = OperationKind::capture_added;
    std::string id, session_id;
    CaptureKind capture_kind = CaptureKind::text;
    std::string text;
    std::vector<Stroke> strokes;
    std::string photo_blob;    // content hash of the original photo, empty if none
    std::string preview_blob;  // content hash of a rendered PNG (drawings), empty if none
    std::string prompt, board;
    float x = 0, y = 0;
    std::uint32_t colour = 0;
    std::string author_label;  // "Tafel 3", "Lotte, 5B": never a full name
    std::uint32_t consent = 0;
    std::vector<CaptureField> fields;  // the template's fields (the kiosk's first name, class, school)

    // Version 2 added fields; a version 1 capture has none.
    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version_range(version, 1, 2, "capture");
        wire::line(ar, id), wire::line(ar, session_id);
        ar(capture_kind);
        if (capture_kind > CaptureKind::photo) throw FormatError("a capture has an unknown kind");
        wire::lines(ar, text);
        wire::list(ar, strokes, 12);
        wire::line(ar, photo_blob), wire::line(ar, preview_blob);
        wire::lines(ar, prompt), wire::line(ar, board);
        ar(x, y, colour);
        wire::line(ar, author_label);
        ar(consent);
        if (version >= 2) wire::list(ar, fields, 8);
    }
};

struct CaptureTextEdited {
    static constexpr OperationKind kind = OperationKind::capture_text_edited;
    std::string id, text;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "capture text");
        wire::line(ar, id), wire::lines(ar, text);
    }
};

struct CaptureConsentSet {
    static constexpr OperationKind kind = OperationKind::capture_consent_set;
    std::string id;
    std::uint32_t consent = 0;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "capture consent");
        wire::line(ar, id);
        ar(consent);
    }
};

// One consent given (true) or refused (false) for one capture: each of the three is a
// register of its own, so a teacher's "may be published" never undoes "show it".
struct CaptureConsentGiven {
    static constexpr OperationKind kind = OperationKind::capture_consent_given;
    std::string id;
    ConsentAspect aspect = ConsentAspect::exhibit;
    bool given = false;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "capture consent");
        wire::line(ar, id);
        // A byte, checked: an enum holding another value is undefined.
        std::uint8_t which = static_cast<std::uint8_t>(aspect);
        ar(which);
        if (which > static_cast<std::uint8_t>(ConsentAspect::name)) throw FormatError("a consent of an unknown kind");
        aspect = static_cast<ConsentAspect>(which);
        wire::yes_no(ar, given, "a consent is neither given nor refused");
    }
};

// One of a capture's template fields set again (a teacher corrects a child's first
// name): a register per field, the capture's own value until then.
struct CaptureFieldSet {
    static constexpr OperationKind kind = OperationKind::capture_field_set;
    std::string id, field, value;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "capture field");
        wire::line(ar, id), wire::line(ar, field), wire::line(ar, value);
    }
};

// One voter's score for one capture; a later vote by the same token replaces it and a
// score of 0 withdraws it.
struct VoteCast {
    static constexpr OperationKind kind = OperationKind::vote_cast;
    std::string capture_id, voter_token;
    std::uint8_t score = 0;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "vote");
        wire::line(ar, capture_id), wire::line(ar, voter_token);
        ar(score);
    }
};

// A theme (a key, in the workshop's words) and its description. colour is "#rrggbb"
// or empty (the wall then picks one from the theme's id).
struct ThemeSet {
    static constexpr OperationKind kind = OperationKind::theme_set;
    std::string id, name, needs, core_values, future_images, colour;

    // Version 2 added the colour; a version 1 theme has none.
    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version_range(version, 1, 2, "key");
        wire::line(ar, id), wire::line(ar, name), wire::lines(ar, needs);
        wire::lines(ar, core_values), wire::lines(ar, future_images);
        if (version >= 2) wire::line(ar, colour);
    }
};

// Merges theme from into theme into: from's captures count under into, from leaves
// the lists. A last-writer-wins register on from; into empty undoes the merge.
struct ThemeMerged {
    static constexpr OperationKind kind = OperationKind::theme_merged;
    std::string from, into;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "key merge");
        wire::line(ar, from), wire::line(ar, into);
    }
};

// The facilitator said no to filing a capture under a theme the suggestions proposed:
// that theme is not proposed for it again (rejected false takes the no back).
struct ThemeSuggestionRejected {
    static constexpr OperationKind kind = OperationKind::theme_suggestion_rejected;
    std::string theme_id, capture_id;
    bool rejected = true;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "rejected suggestion");
        wire::line(ar, theme_id), wire::line(ar, capture_id);
        wire::yes_no(ar, rejected, "a suggestion is neither rejected nor open");
    }
};

struct ThemeMembershipSet {
    static constexpr OperationKind kind = OperationKind::theme_membership_set;
    std::string theme_id, capture_id;
    bool member = true;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "key membership");
        wire::line(ar, theme_id), wire::line(ar, capture_id);
        wire::yes_no(ar, member, "a key membership is neither yes nor no");
    }
};

// Each payload type names its kind, and it is the kind the list gives it.
#define OOGST_KIND_MATCHES(name, number, Payload, subject) \
    static_assert(Payload::kind == OperationKind::name, #Payload " is not the payload of " #name);
OOGST_OPERATION_KINDS(OOGST_KIND_MATCHES)
#undef OOGST_KIND_MATCHES

// Decodes the payload of op as the type its kind names and calls visitor with it. The
// visitor has one overload per payload type and no catch-all, so a kind added to the
// list and forgotten in a visitor (the fold, the import's check) does not compile.
// Throws FormatError when the payload does not decode or the kind is not known.
template <class Visitor>
decltype(auto) visit_payload(const Operation& op, Visitor&& visitor) {
    switch (op.kind) {
#define OOGST_KIND_CASE(name, number, Payload, subject) \
    case OperationKind::name: return visitor(wire::decode<Payload>(op.payload));
        OOGST_OPERATION_KINDS(OOGST_KIND_CASE)
#undef OOGST_KIND_CASE
    }
    throw FormatError("it holds a kind of change this version of Oogst does not know (kind " +
                      std::to_string(static_cast<unsigned>(op.kind)) + "): update Oogst on this machine");
}

}  // namespace oogst

CEREAL_CLASS_VERSION(oogst::WorkshopSet, 2)
CEREAL_CLASS_VERSION(oogst::SessionSchool, 1)
CEREAL_CLASS_VERSION(oogst::SessionSet, 4)
CEREAL_CLASS_VERSION(oogst::SessionMerged, 1)
CEREAL_CLASS_VERSION(oogst::SessionTableSet, 1)
CEREAL_CLASS_VERSION(oogst::SessionDeleted, 1)
CEREAL_CLASS_VERSION(oogst::CaptureDeleted, 1)
CEREAL_CLASS_VERSION(oogst::CaptureRestored, 1)
CEREAL_CLASS_VERSION(oogst::ThemeRestored, 1)
CEREAL_CLASS_VERSION(oogst::RoadmapItemRestored, 1)
CEREAL_CLASS_VERSION(oogst::RoadmapItemDeleted, 1)
CEREAL_CLASS_VERSION(oogst::CaptureKeptApart, 1)
CEREAL_CLASS_VERSION(oogst::ThemeMerged, 1)
CEREAL_CLASS_VERSION(oogst::ThemeSuggestionRejected, 1)
CEREAL_CLASS_VERSION(oogst::ThemeDeleted, 1)
CEREAL_CLASS_VERSION(oogst::CaptureMoved, 1)
CEREAL_CLASS_VERSION(oogst::CaptureAdded, 2)
CEREAL_CLASS_VERSION(oogst::CaptureField, 1)
CEREAL_CLASS_VERSION(oogst::CaptureTextEdited, 1)
CEREAL_CLASS_VERSION(oogst::CaptureConsentSet, 1)
CEREAL_CLASS_VERSION(oogst::CaptureConsentGiven, 1)
CEREAL_CLASS_VERSION(oogst::CaptureFieldSet, 1)
CEREAL_CLASS_VERSION(oogst::VoteCast, 1)
CEREAL_CLASS_VERSION(oogst::ThemeSet, 2)
CEREAL_CLASS_VERSION(oogst::ThemeMembershipSet, 1)
