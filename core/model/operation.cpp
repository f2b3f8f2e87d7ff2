#include "core/model/operation.hpp"

namespace oogst {

bool is_known_kind(std::uint16_t kind) {
    switch (static_cast<OperationKind>(kind)) {
        case OperationKind::workshop_set:
        case OperationKind::session_set:
        case OperationKind::session_deleted:
        case OperationKind::session_table_set:
        case OperationKind::capture_added:
        case OperationKind::capture_text_edited:
        case OperationKind::capture_moved:
        case OperationKind::capture_consent_set:
        case OperationKind::capture_deleted:
        case OperationKind::capture_restored:
        case OperationKind::vote_cast:
        case OperationKind::key_set:
        case OperationKind::key_deleted:
        case OperationKind::key_membership_set:
            return true;
    }
    return false;
}

std::string_view kind_name(OperationKind kind) {
    switch (kind) {
        case OperationKind::workshop_set: return "workshop_set";
        case OperationKind::session_set: return "session_set";
        case OperationKind::session_deleted: return "session_deleted";
        case OperationKind::session_table_set: return "session_table_set";
        case OperationKind::capture_added: return "capture_added";
        case OperationKind::capture_text_edited: return "capture_text_edited";
        case OperationKind::capture_moved: return "capture_moved";
        case OperationKind::capture_consent_set: return "capture_consent_set";
        case OperationKind::capture_deleted: return "capture_deleted";
        case OperationKind::capture_restored: return "capture_restored";
        case OperationKind::vote_cast: return "vote_cast";
        case OperationKind::key_set: return "key_set";
        case OperationKind::key_deleted: return "key_deleted";
        case OperationKind::key_membership_set: return "key_membership_set";
    }
    return "unknown";
}

}  // namespace oogst
