#include "core/kiosk/kiosk_moderation.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/model/payloads.hpp"

namespace oogst {

std::uint32_t consent_for(WorkStatus status) {
    switch (status) {
        case WorkStatus::waiting: return 0;
        case WorkStatus::shown: return consent::teacher_ok | consent::exhibit | consent::publish;
        case WorkStatus::hidden: return consent::withheld;
    }
    return 0;
}

WorkStatus work_status(std::uint32_t flags) {
    // Withheld wins over everything: a "hide" is never undone by an older "show".
    if (flags & consent::withheld) return WorkStatus::hidden;
    if ((flags & consent::teacher_ok) && (flags & consent::exhibit)) return WorkStatus::shown;
    return WorkStatus::waiting;
}

std::vector<KioskEntry> kiosk_works(const WorkshopState& state, const std::string& session_id, WorkStatus status) {
    std::vector<KioskEntry> works;
    for (const auto& [id, capture] : state.captures_of(session_id))
        if (work_status(capture->consent.value()) == status) works.push_back({*id, capture});
    // captures_of gives the order they were made; moderation wants the newest first.
    if (status != WorkStatus::shown) std::reverse(works.begin(), works.end());
    return works;
}

void set_work_status(Store& store, const std::string& capture_id, WorkStatus status) {
    const CaptureRecord* capture = store.state().capture(capture_id);
    if (!capture || !capture->live()) throw CaptureGone();
    store.record(CaptureConsentSet{capture_id, consent_for(status)});
}

std::string field_value(const CaptureRecord& capture, const std::string& field_id) {
    if (!capture.origin) return "";
    for (const CaptureField& field : capture.origin->fields)
        if (field.id == field_id) return field.value;
    return "";
}

}  // namespace oogst
