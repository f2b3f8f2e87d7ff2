#pragma once
// Consent for children's works. A submitted work waits; the teacher or facilitator,
// behind the PIN, decides each of its three consents (DESIGN.md): shown in the loop and
// the exhibition, with or without the child's first name, and, on its own, may be
// published (orientation note, newspaper, gallery, open data). Each is a register that
// travels to the facilitator with the bundles; a later decision replaces an earlier one.
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/store/store.hpp"

namespace oogst {

// Where a work stands in the exhibition: waiting for a decision, shown, or hidden.
enum class WorkStatus { waiting, shown, hidden };
WorkStatus work_status(const CaptureRecord& capture);

struct KioskEntry {
    std::string id;
    const CaptureRecord* capture = nullptr;  // points into the store's state: use at once
};

// The session's live works with this status. Waiting and hidden: newest first (the
// moderation screen shows what just came in on top); shown: oldest first (the loop's
// order, so a new work joins at the end).
std::vector<KioskEntry> kiosk_works(const WorkshopState& state, const std::string& session_id, WorkStatus status);

// The teacher's decision about showing works, all in one transaction: shown (with the
// first name, or without it), or hidden (which also refuses publishing: a hidden work is
// shown nowhere). Publishing is decided on its own (set_publish_consent). CaptureGone
// when a work is gone; nothing is recorded then.
void set_work_status(Store& store, const std::vector<std::string>& capture_ids, WorkStatus status,
                     bool with_name = true);
void set_work_status(Store& store, const std::string& capture_id, WorkStatus status, bool with_name = true);
// One consent given or refused on its own (the first name beside the work, publishing);
// nothing is recorded when it already says so. CaptureGone when the work is gone.
void give_consent(Store& store, const std::string& capture_id, ConsentAspect aspect, bool given);

// Corrects the first name a child typed (trimmed; at most max_first_name_bytes; may be
// empty). UserError when too long; CaptureGone when the work is gone.
void correct_first_name(Store& store, const std::string& capture_id, const std::string& first_name);

// A template field's value on a capture now ("" when absent): field_value(c, kiosk_field::school).
std::string field_value(const CaptureRecord& capture, const std::string& field_id);

// "Lotte · 5B · De Regenboog" from the work's fields as they are now. Wherever the work
// is shown, the first name only when its consent was given ("5B · De Regenboog");
// the teacher deciding about it sees it always.
enum class FirstName { if_consented, always };
std::string kiosk_work_label(const CaptureRecord& capture, FirstName first_name = FirstName::if_consented);

}  // namespace oogst
