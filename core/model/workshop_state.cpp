#include "core/model/workshop_state.hpp"

#include <algorithm>
#include <tuple>

namespace oogst {

bool CaptureRecord::deleted() const {
    return std::any_of(deletions.begin(), deletions.end(), [&](const OperationId& id) { return !cancelled.count(id); });
}

int CaptureRecord::score_total() const {
    int total = 0;
    for (const auto& [voter, vote] : votes) total += vote.value();
    return total;
}

int CaptureRecord::vote_count() const {
    return static_cast<int>(std::count_if(votes.begin(), votes.end(),
                                          [](const auto& entry) { return entry.second.value() > 0; }));
}

void SessionRecord::merge_fields() {
    merged = details.value();
    merged.table_name = table_name.value();
    merged.participants = participants.value();
}

std::vector<std::string> KeyRecord::capture_ids() const {
    std::vector<std::string> ids;
    for (const auto& [capture_id, member] : members)
        if (member.value()) ids.push_back(capture_id);
    return ids;
}

void WorkshopState::apply(const Operation& op) {
    switch (op.kind) {
        case OperationKind::workshop_set:
            workshop_.offer(wire::decode<WorkshopSet>(op.payload), op);
            break;
        case OperationKind::session_set: {
            auto fields = wire::decode<SessionSet>(op.payload);
            auto& session = sessions_[fields.id];
            session.table_name.offer(fields.table_name, op);
            session.participants.offer(fields.participants, op);
            session.details.offer(std::move(fields), op);
            session.merge_fields();
            break;
        }
        case OperationKind::session_table_set: {
            auto table = wire::decode<SessionTableSet>(op.payload);
            auto& session = sessions_[table.id];
            session.table_name.offer(std::move(table.table_name), op);
            session.participants.offer(table.participants, op);
            session.merge_fields();
            break;
        }
        case OperationKind::session_deleted:
            sessions_[wire::decode<SessionDeleted>(op.payload).id].deleted = true;
            break;
        case OperationKind::capture_added: {
            auto added = wire::decode<CaptureAdded>(op.payload);
            auto& capture = capture_slot(added.id);
            const auto order = WriteOrder::of(op);
            capture.text.offer(added.text, op);
            capture.placement.offer({added.board, added.x, added.y}, op);
            capture.consent.offer(added.consent, op);
            if (!capture.origin || order < capture.origin_order) {
                capture.origin = std::move(added);
                capture.origin_order = order;
            }
            break;
        }
        case OperationKind::capture_text_edited: {
            auto edit = wire::decode<CaptureTextEdited>(op.payload);
            capture_slot(edit.id).text.offer(std::move(edit.text), op);
            break;
        }
        case OperationKind::capture_moved: {
            auto move = wire::decode<CaptureMoved>(op.payload);
            capture_slot(move.id).placement.offer({move.board, move.x, move.y}, op);
            break;
        }
        case OperationKind::capture_consent_set: {
            auto set = wire::decode<CaptureConsentSet>(op.payload);
            capture_slot(set.id).consent.offer(set.consent, op);
            break;
        }
        case OperationKind::capture_deleted:
            capture_slot(wire::decode<CaptureDeleted>(op.payload).id).deletions.insert(op.id);
            break;
        case OperationKind::capture_restored: {
            auto restored = wire::decode<CaptureRestored>(op.payload);
            capture_slot(restored.id).cancelled.insert({std::move(restored.deletion_device), restored.deletion_sequence});
            break;
        }
        case OperationKind::vote_cast: {
            auto vote = wire::decode<VoteCast>(op.payload);
            capture_slot(vote.capture_id).votes[vote.voter_token].offer(vote.score, op);
            break;
        }
        case OperationKind::key_set: {
            auto fields = wire::decode<KeySet>(op.payload);
            auto& key = keys_[fields.id];
            key.details.offer(std::move(fields), op);
            break;
        }
        case OperationKind::key_deleted:
            keys_[wire::decode<KeyDeleted>(op.payload).id].deleted = true;
            break;
        case OperationKind::key_membership_set: {
            auto membership = wire::decode<KeyMembershipSet>(op.payload);
            keys_[membership.key_id].members[membership.capture_id].offer(membership.member, op);
            break;
        }
        default:
            throw FormatError("an operation has a kind this version of Oogst does not know (" +
                              std::to_string(static_cast<unsigned>(op.kind)) + ")");
    }
    ++applied_;
}

std::vector<const SessionSet*> WorkshopState::sessions() const {
    std::vector<const SessionSet*> live;
    for (const auto& [id, record] : sessions_)
        if (record.live()) live.push_back(&record.fields());
    std::sort(live.begin(), live.end(), [](const SessionSet* a, const SessionSet* b) {
        return std::tie(a->starts_at_ms, a->table_name, a->id) < std::tie(b->starts_at_ms, b->table_name, b->id);
    });
    return live;
}

const SessionSet* WorkshopState::session(const std::string& id) const {
    auto found = sessions_.find(id);
    return found != sessions_.end() && found->second.live() ? &found->second.fields() : nullptr;
}

std::vector<std::pair<const std::string*, const CaptureRecord*>> WorkshopState::captures_of(
    const std::string& session_id) const {
    std::vector<std::pair<const std::string*, const CaptureRecord*>> result;
    for (const auto& [id, record] : captures_)
        if (record.live() && record.origin->session_id == session_id) result.emplace_back(&id, &record);
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return std::tie(a.second->origin_order, *a.first) < std::tie(b.second->origin_order, *b.first);
    });
    return result;
}

std::map<std::string, std::size_t> WorkshopState::capture_counts() const {
    std::map<std::string, std::size_t> counts;
    for (const auto& [id, record] : captures_)
        if (record.live()) ++counts[record.origin->session_id];
    return counts;
}

const CaptureRecord* WorkshopState::capture(const std::string& id) const {
    auto found = captures_.find(id);
    return found != captures_.end() && found->second.live() ? &found->second : nullptr;
}

}  // namespace oogst
