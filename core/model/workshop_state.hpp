#pragma once
// The state of a workshop: a pure fold over a set of operations. Applying the same set
// in any order, any number of times, gives the same state (see last_writer_wins.hpp);
// canonical_json.hpp turns it into bytes that prove it.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/last_writer_wins.hpp"
#include "core/model/merge_roots.hpp"
#include "core/model/operation.hpp"
#include "core/model/payloads.hpp"
#include "core/model/roadmap_state.hpp"

namespace oogst {

struct Placement {
    std::string board;
    float x = 0, y = 0;
};

struct SessionRecord {
    LastWriterWins<SessionSet> details;  // as the facilitator (or whoever made it) set it
    // The table's own two fields, set by the whole session or by the table alone.
    LastWriterWins<std::string> table_name;
    LastWriterWins<std::uint16_t> participants;
    SessionSet merged;  // details with the table's fields: what fields() gives
    // The session the facilitator merged this one into (SessionMerged); empty: none.
    LastWriterWins<std::string> merged_into;
    bool deleted = false;

    bool live() const { return details.written() && !deleted; }
    const SessionSet& fields() const { return merged; }
    void merge_fields();
};

// The three consents of a capture (DESIGN.md), each a last-writer-wins register that
// stays unwritten until someone decides: a child's work waits for its teacher.
struct CaptureConsent {
    LastWriterWins<bool> exhibit, publish, name;

    bool exhibited() const { return exhibit.written() && exhibit.value(); }
    bool published() const { return publish.written() && publish.value(); }
    bool named() const { return name.written() && name.value(); }
    void offer(ConsentAspect aspect, bool given, const Operation& op);
};

// What consent flags meant before each consent was its own register, offered with the
// operation that carried them: hidden (withheld) refuses all three; a teacher's "show"
// (teacher_ok with exhibit) gives exhibit and name; exhibit and publish give themselves;
// no flag decides nothing.
void consent_from_flags(CaptureConsent& consent, std::uint32_t flags, const Operation& op);

struct CaptureRecord {
    // The operation that created the capture holds the fields that never change (its
    // session, kind, strokes, photo). Should two creations share an id, the first in
    // write order counts, so every device picks the same one.
    std::optional<CaptureAdded> origin;
    WriteOrder origin_order;
    LastWriterWins<std::string> text;
    LastWriterWins<Placement> placement;
    CaptureConsent consent;
    // The template's fields (the kiosk's first name, class, school): the creation's
    // values, each replaced by a later CaptureFieldSet.
    std::map<std::string, LastWriterWins<std::string>> fields;
    // Deletions are a set, and restorations cancel named ones: deleted while any
    // deletion stands. Both only grow, so any order of arrival gives the same answer.
    std::set<OperationId> deletions, cancelled;
    // Taken out of its pile of near-duplicates by the facilitator (CaptureKeptApart).
    LastWriterWins<bool> kept_apart;
    std::map<std::string, LastWriterWins<std::uint8_t>> votes;  // by voter token

    bool deleted() const;
    // A field's value now; "" when the capture has none.
    std::string field(const std::string& id) const;
    bool live() const { return origin.has_value() && !deleted(); }
    // Sum and count of the scores that are not withdrawn.
    int score_total() const;
    int vote_count() const;
};

// A theme: what the workshop calls a key (operation_kinds.hpp).
struct ThemeRecord {
    LastWriterWins<ThemeSet> details;
    std::set<OperationId> deletions, cancelled;  // as a capture's
    LastWriterWins<std::string> merged_into;     // the theme it was merged into; empty: none
    std::map<std::string, LastWriterWins<bool>> members;   // by capture id
    std::map<std::string, LastWriterWins<bool>> rejected;  // suggestions refused, by capture id

    bool deleted() const;
    bool live() const { return details.written() && !deleted(); }
    // The captures filed under this theme itself (not those of themes merged into it).
    std::vector<std::string> capture_ids() const;
    bool rejects(const std::string& capture_id) const;
};

class WorkshopState {
public:
    // Folds one operation in. Throws FormatError when its payload does not decode; the
    // state is then unchanged.
    void apply(const Operation& op);

    bool has_workshop() const { return workshop_.written(); }
    const WorkshopSet& workshop() const { return workshop_.value(); }

    const std::map<std::string, SessionRecord>& session_records() const { return sessions_; }
    // Captures are many (100,000 in a large harvest) and looked up by id on every
    // operation, so they are hashed; whoever needs an order sorts (canonical_json does).
    const std::unordered_map<std::string, CaptureRecord>& capture_records() const { return captures_; }
    const std::map<std::string, ThemeRecord>& theme_records() const { return themes_; }

    // Live sessions that are not merged into another, oldest first (then by id, so the
    // order is the same everywhere).
    std::vector<const SessionSet*> sessions() const;
    // A live session, merged or not.
    const SessionSet* session(const std::string& id) const;
    // The session id's captures count and show under: the end of its chain of merges, or
    // id itself. Merges that would close a circle are left out, decided in write order:
    // the merges are taken from the earliest written on, and one whose target already
    // leads back to its session is skipped (so in a circle, the merge written last does
    // not count). Every device folding the same operations picks the same one.
    const std::string& session_root(const std::string& id) const;
    bool session_is_merged(const std::string& id) const { return session_roots_.count(id) > 0; }
    // Live captures of a session with those of every session merged into it, in the
    // order they were made.
    std::vector<std::pair<const std::string*, const CaptureRecord*>> captures_of(const std::string& session_id) const;
    const CaptureRecord* capture(const std::string& id) const;
    // Live captures per session id (merged sessions' under their root), in one pass: for
    // lists that show every session's count.
    std::map<std::string, std::size_t> capture_counts() const;

    // Live themes that are not merged into another, by name (then id).
    std::vector<const ThemeRecord*> themes() const;
    // A live theme, merged or not.
    const ThemeRecord* theme(const std::string& id) const;
    // The theme id's captures count under: the end of its chain of merges (as sessions').
    const std::string& theme_root(const std::string& id) const;
    bool theme_is_merged(const std::string& id) const { return theme_roots_.count(id) > 0; }

    // The roadmap: initiatives, actions, cases, actors and links, canvases, statements.
    const RoadmapState& roadmap() const { return roadmap_; }

    std::size_t operations_applied() const { return applied_; }
    // Makes room for the captures of about count operations about to be folded (opening
    // a large store), so the hashed captures are not rehashed again and again as they grow.
    void expect_operations(std::size_t count) { captures_.reserve(count); }

private:
    // One overload per payload type (operation_kinds.hpp): apply() dispatches to them.
    void fold(WorkshopSet&& workshop, const Operation& op);
    void fold(SessionSet&& fields, const Operation& op);
    void fold(SessionTableSet&& table, const Operation& op);
    void fold(SessionDeleted&& deleted, const Operation& op);
    void fold(SessionMerged&& merge, const Operation& op);
    void fold(CaptureAdded&& added, const Operation& op);
    void fold(CaptureTextEdited&& edit, const Operation& op);
    void fold(CaptureMoved&& move, const Operation& op);
    void fold(CaptureConsentSet&& set, const Operation& op);
    void fold(CaptureConsentGiven&& given, const Operation& op);
    void fold(CaptureFieldSet&& set, const Operation& op);
    void fold(CaptureDeleted&& deleted, const Operation& op);
    void fold(CaptureRestored&& restored, const Operation& op);
    void fold(VoteCast&& vote, const Operation& op);
    void fold(ThemeSet&& fields, const Operation& op);
    void fold(ThemeDeleted&& deleted, const Operation& op);
    void fold(ThemeMembershipSet&& membership, const Operation& op);
    void fold(ThemeRestored&& restored, const Operation& op);
    void fold(ThemeMerged&& merge, const Operation& op);
    void fold(ThemeSuggestionRejected&& rejection, const Operation& op);
    void fold(CaptureKeptApart&& apart, const Operation& op);
    // The roadmap operations are RoadmapState's: a kind it has no fold for does not compile.
    template <class RoadmapPayload>
        requires requires(RoadmapState& roadmap, RoadmapPayload&& payload, const Operation& op) {
            roadmap.fold(std::move(payload), op);
        }
    void fold(RoadmapPayload&& payload, const Operation& op) {
        roadmap_.fold(std::move(payload), op);
    }

    CaptureRecord& capture_slot(const std::string& id) { return captures_[id]; }
    // Work out session_roots_ and theme_roots_ again from every merged_into.
    void resolve_session_merges();
    void resolve_theme_merges();

    LastWriterWins<WorkshopSet> workshop_;
    std::map<std::string, SessionRecord> sessions_;
    std::unordered_map<std::string, std::string> session_roots_;  // merged session -> its root
    std::unordered_map<std::string, CaptureRecord> captures_;
    std::map<std::string, ThemeRecord> themes_;
    std::unordered_map<std::string, std::string> theme_roots_;  // merged theme -> its root
    RoadmapState roadmap_;
    std::size_t applied_ = 0;
};

}  // namespace oogst
