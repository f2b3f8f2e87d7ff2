#include "core/publish/publishable.hpp"

#include "core/kiosk/kiosk_work.hpp"

namespace oogst {

bool childs_work(const WorkshopState& state, const CaptureRecord& capture) {
    if (!capture.origin) return false;
    const SessionSet* session = state.session(state.session_root(capture.origin->session_id));
    return session && session->method == kiosk_method;
}

bool publishable(const WorkshopState& state, const CaptureRecord& capture) {
    if (!capture.live() || !capture.field(copied_from_field).empty()) return false;
    const SessionSet* session = state.session(state.session_root(capture.origin->session_id));
    if (!session) return false;
    if (session->method == kiosk_method) return capture.consent.published();
    // A table's consent stands unless someone took it back for this capture (a capture
    // withheld has its publication refused: consent_from_flags).
    return !(capture.consent.publish.written() && !capture.consent.publish.value());
}

bool publishable(const WorkshopState& state, const std::string& capture_id) {
    const CaptureRecord* capture = state.capture(capture_id);
    return capture && publishable(state, *capture);
}

std::string published_name(const WorkshopState& state, const CaptureRecord& capture) {
    if (!childs_work(state, capture) || !publishable(state, capture) || !capture.consent.named()) return "";
    const std::string first_name = capture.field(kiosk_field::first_name);
    const std::string class_name = capture.field(kiosk_field::class_name);
    if (first_name.empty()) return class_name;
    return class_name.empty() ? first_name : first_name + ", " + class_name;
}

}  // namespace oogst
