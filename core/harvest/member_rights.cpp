#include "core/harvest/member_rights.hpp"

namespace oogst {

const char* refusal_sentence(Refusal refusal) {
    switch (refusal) {
        case Refusal::revoked: return "the facilitator revoked this device";
        case Refusal::facilitators_only:
            return "only the facilitator may change the workshop, its keys and plans, merge sessions or undo a pile";
        case Refusal::not_its_session: return "it changes a session that another device keeps";
        case Refusal::not_its_capture: return "it changes or votes on work another device made";
        case Refusal::taken_id: return "it makes a capture under the id of another device's capture";
        case Refusal::before_workshop: return "it is dated before the workshop was created";
        case Refusal::damaged_on_device: return "it was damaged on the device's disk and could not be read there";
    }
    return "it is not allowed";
}

std::optional<Refusal> refusal_of(int number) {
    if (number < static_cast<int>(Refusal::revoked) || number > static_cast<int>(Refusal::damaged_on_device) ||
        number == 5 || number == 6)
        return std::nullopt;
    return static_cast<Refusal>(number);
}

MemberRights::MemberRights(const WorkshopState& state, std::set<std::string> facilitators, std::int64_t workshop_began_ms)
    : state_(state), facilitators_(std::move(facilitators)), workshop_began_ms_(workshop_began_ms) {}

// The device whose details of the session count (the last writer): the facilitator for
// a planned session, the kiosk for the session it opened itself.
std::optional<MemberRights::Maker> MemberRights::session_keeper(const std::string& id) const {
    if (auto found = new_sessions_.find(id); found != new_sessions_.end()) return found->second;
    const auto& sessions = state_.session_records();
    const auto found = sessions.find(id);
    if (found == sessions.end() || !found->second.details.written()) return std::nullopt;
    return Maker{found->second.details.order().device, {}};
}

std::optional<MemberRights::Maker> MemberRights::capture_maker(const std::string& id) const {
    if (auto found = new_captures_.find(id); found != new_captures_.end()) return found->second;
    const auto& captures = state_.capture_records();
    const auto found = captures.find(id);
    if (found == captures.end() || !found->second.origin) return std::nullopt;
    return Maker{found->second.origin_order.device, found->second.origin->session_id};
}

// A session not held yet counts as the device's own (see member_rights.hpp).
bool MemberRights::works_in(const std::string& session, const std::string& device) const {
    const auto keeper = session_keeper(session);
    return !keeper || keeper->device == device || facilitators_.count(keeper->device);
}

std::optional<Refusal> MemberRights::judge_capture(const std::string& capture, const std::string& device) const {
    const auto maker = capture_maker(capture);
    if (!maker) return std::nullopt;  // its own, from a bundle still on its way
    if (maker->device == device) return std::nullopt;
    // The facilitator's capture on this device's board: a debate table's copies.
    if (facilitators_.count(maker->device) && works_in(maker->session, device)) return std::nullopt;
    return Refusal::not_its_capture;
}

std::optional<Refusal> MemberRights::judge(const Operation& op, const OperationFacts& facts, DeviceRole role) {
    const std::string& device = op.id.device;
    if (role == DeviceRole::revoked) return Refusal::revoked;
    if (workshop_began_ms_ > 0 && op.stamp.wall_ms < workshop_began_ms_) return Refusal::before_workshop;
    if (role == DeviceRole::facilitator || facilitators_.count(device)) return std::nullopt;

    switch (op.kind) {
        case OperationKind::session_set: {
            const auto keeper = session_keeper(facts.session_id);
            if (keeper && keeper->device != device) return Refusal::not_its_session;
            new_sessions_.emplace(facts.session_id, Maker{device, {}});
            return std::nullopt;
        }
        case OperationKind::session_table_set:
            return works_in(facts.session_id, device) ? std::nullopt : std::optional(Refusal::not_its_session);
        case OperationKind::session_deleted: {
            const auto keeper = session_keeper(facts.session_id);
            return !keeper || keeper->device == device ? std::nullopt : std::optional(Refusal::not_its_session);
        }
        case OperationKind::capture_added: {
            if (!works_in(facts.session_id, device)) return Refusal::not_its_session;
            // The first creation in write order counts: another device's capture id,
            // dated earlier, would take its place.
            if (const auto maker = capture_maker(facts.capture_id); maker && maker->device != device)
                return Refusal::taken_id;
            new_captures_.emplace(facts.capture_id, Maker{device, facts.session_id});
            return std::nullopt;
        }
        case OperationKind::capture_text_edited:
        case OperationKind::capture_moved:
        case OperationKind::capture_consent_set:
        case OperationKind::capture_consent_given:
        case OperationKind::capture_field_set:
        case OperationKind::capture_deleted:
        case OperationKind::capture_restored:
        case OperationKind::vote_cast:
            return judge_capture(facts.capture_id, device);
        default:
            // The workshop, themes, plans, merging sessions, piles: the facilitator's.
            return Refusal::facilitators_only;
    }
}

}  // namespace oogst
