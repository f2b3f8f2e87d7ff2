#include "core/model/operation_check.hpp"

#include "core/model/payloads.hpp"

namespace oogst {
namespace {

bool is_hex_hash(const std::string& hash) {
    if (hash.size() != 64) return false;
    for (char c : hash)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace

OperationFacts check_operation(const Operation& op) {
    OperationFacts facts;
    switch (op.kind) {
        case OperationKind::workshop_set: wire::decode<WorkshopSet>(op.payload); break;
        case OperationKind::session_set: facts.session_id = wire::decode<SessionSet>(op.payload).id; break;
        case OperationKind::session_table_set: facts.session_id = wire::decode<SessionTableSet>(op.payload).id; break;
        case OperationKind::session_deleted: facts.session_id = wire::decode<SessionDeleted>(op.payload).id; break;
        case OperationKind::capture_added: {
            auto added = wire::decode<CaptureAdded>(op.payload);
            facts.session_id = std::move(added.session_id);
            facts.capture_id = std::move(added.id);
            facts.adds_capture = true;
            for (auto* hash : {&added.photo_blob, &added.preview_blob}) {
                if (hash->empty()) continue;
                if (!is_hex_hash(*hash)) throw FormatError("a capture refers to a picture by a malformed name");
                facts.blobs.push_back(std::move(*hash));
            }
            break;
        }
        case OperationKind::capture_text_edited: facts.capture_id = wire::decode<CaptureTextEdited>(op.payload).id; break;
        case OperationKind::capture_moved: facts.capture_id = wire::decode<CaptureMoved>(op.payload).id; break;
        case OperationKind::capture_consent_set: facts.capture_id = wire::decode<CaptureConsentSet>(op.payload).id; break;
        case OperationKind::capture_deleted: facts.capture_id = wire::decode<CaptureDeleted>(op.payload).id; break;
        case OperationKind::capture_restored: facts.capture_id = wire::decode<CaptureRestored>(op.payload).id; break;
        case OperationKind::vote_cast: facts.capture_id = wire::decode<VoteCast>(op.payload).capture_id; break;
        case OperationKind::key_set: wire::decode<KeySet>(op.payload); break;
        case OperationKind::key_deleted: wire::decode<KeyDeleted>(op.payload); break;
        case OperationKind::key_membership_set: wire::decode<KeyMembershipSet>(op.payload); break;
        default:
            throw FormatError("it holds a kind of change this version of Oogst does not know (kind " +
                              std::to_string(static_cast<unsigned>(op.kind)) + "): update Oogst on this machine");
    }
    return facts;
}

}  // namespace oogst
