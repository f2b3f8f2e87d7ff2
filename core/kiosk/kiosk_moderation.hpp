#pragma once
// Consent for children's works. A submitted work waits; the teacher or facilitator,
// behind the PIN, shows it (it joins the loop and, later, the publications) or hides it.
// The decision is the capture's consent flags, so it travels to the facilitator with
// the bundles and a later decision replaces an earlier one (last writer wins).
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/store/store.hpp"

namespace oogst {

enum class WorkStatus { waiting, shown, hidden };

// The consent flags for each decision: shown = teacher_ok | exhibit | publish;
// hidden = withheld; waiting = none.
std::uint32_t consent_for(WorkStatus status);
WorkStatus work_status(std::uint32_t consent);

struct KioskEntry {
    std::string id;
    const CaptureRecord* capture = nullptr;  // points into the store's state: use at once
};

// The session's live works with this status. Waiting and hidden: newest first (the
// moderation screen shows what just came in on top); shown: oldest first (the loop's
// order, so a new work joins at the end).
std::vector<KioskEntry> kiosk_works(const WorkshopState& state, const std::string& session_id, WorkStatus status);

// Records the decision for one work (a CaptureConsentSet); UserError when the work is gone.
void set_work_status(Store& store, const std::string& capture_id, WorkStatus status);

// A template field's value on a capture ("" when absent): field_value(c, kiosk_field::school).
std::string field_value(const CaptureRecord& capture, const std::string& field_id);

}  // namespace oogst
