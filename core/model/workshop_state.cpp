#include "core/model/workshop_state.hpp"

#include <algorithm>
#include <tuple>

namespace oogst {

namespace {

bool any_deletion_stands(const std::set<OperationId>& deletions, const std::set<OperationId>& cancelled) {
    return std::any_of(deletions.begin(), deletions.end(), [&](const OperationId& id) { return !cancelled.count(id); });
}

}  // namespace

bool CaptureRecord::deleted() const { return any_deletion_stands(deletions, cancelled); }

bool ThemeRecord::deleted() const { return any_deletion_stands(deletions, cancelled); }

bool ThemeRecord::rejects(const std::string& capture_id) const {
    const auto found = rejected.find(capture_id);
    return found != rejected.end() && found->second.value();
}

std::string CaptureRecord::field(const std::string& id) const {
    const auto found = fields.find(id);
    return found == fields.end() ? std::string() : found->second.value();
}

void CaptureConsent::offer(ConsentAspect aspect, bool given, const Operation& op) {
    switch (aspect) {
        case ConsentAspect::exhibit: exhibit.offer(given, op); break;
        case ConsentAspect::publish: publish.offer(given, op); break;
        case ConsentAspect::name: name.offer(given, op); break;
    }
}

void consent_from_flags(CaptureConsent& consent, std::uint32_t flags, const Operation& op) {
    if (flags & consent::withheld) {
        for (const ConsentAspect aspect : {ConsentAspect::exhibit, ConsentAspect::publish, ConsentAspect::name})
            consent.offer(aspect, false, op);
        return;
    }
    if (flags & consent::exhibit) consent.offer(ConsentAspect::exhibit, true, op);
    if ((flags & consent::exhibit) && (flags & consent::teacher_ok)) consent.offer(ConsentAspect::name, true, op);
    if (flags & consent::publish) consent.offer(ConsentAspect::publish, true, op);
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

std::vector<std::string> ThemeRecord::capture_ids() const {
    std::vector<std::string> ids;
    for (const auto& [capture_id, member] : members)
        if (member.value()) ids.push_back(capture_id);
    return ids;
}

void WorkshopState::apply(const Operation& op) {
    visit_payload(op, [&](auto&& payload) { fold(std::move(payload), op); });
    ++applied_;
}

void WorkshopState::fold(WorkshopSet&& workshop, const Operation& op) { workshop_.offer(std::move(workshop), op); }

void WorkshopState::fold(SessionSet&& fields, const Operation& op) {
    auto& session = sessions_[fields.id];
    session.table_name.offer(fields.table_name, op);
    session.participants.offer(fields.participants, op);
    session.details.offer(std::move(fields), op);
    session.merge_fields();
}

void WorkshopState::fold(SessionTableSet&& table, const Operation& op) {
    auto& session = sessions_[table.id];
    session.table_name.offer(std::move(table.table_name), op);
    session.participants.offer(table.participants, op);
    session.merge_fields();
}

void WorkshopState::fold(SessionDeleted&& deleted, const Operation&) { sessions_[deleted.id].deleted = true; }

void WorkshopState::fold(SessionMerged&& merge, const Operation& op) {
    if (sessions_[merge.from].merged_into.offer(std::move(merge.into), op)) resolve_session_merges();
}

void WorkshopState::resolve_session_merges() {
    std::vector<MergeLink> links;
    for (const auto& [id, session] : sessions_) links.push_back({&id, &session.merged_into});
    session_roots_ = merge_roots(std::move(links));
}

const std::string& WorkshopState::session_root(const std::string& id) const {
    auto found = session_roots_.find(id);
    return found == session_roots_.end() ? id : found->second;
}

void WorkshopState::fold(CaptureAdded&& added, const Operation& op) {
    auto& capture = capture_slot(added.id);
    const auto order = WriteOrder::of(op);
    capture.text.offer(added.text, op);
    capture.placement.offer({added.board, added.x, added.y}, op);
    consent_from_flags(capture.consent, added.consent, op);
    for (const CaptureField& field : added.fields) capture.fields[field.id].offer(field.value, op);
    if (!capture.origin || order < capture.origin_order) {
        capture.origin = std::move(added);
        capture.origin_order = order;
    }
}

void WorkshopState::fold(CaptureTextEdited&& edit, const Operation& op) {
    capture_slot(edit.id).text.offer(std::move(edit.text), op);
}

void WorkshopState::fold(CaptureMoved&& move, const Operation& op) {
    capture_slot(move.id).placement.offer({move.board, move.x, move.y}, op);
}

void WorkshopState::fold(CaptureConsentSet&& set, const Operation& op) {
    consent_from_flags(capture_slot(set.id).consent, set.consent, op);
}

void WorkshopState::fold(CaptureConsentGiven&& given, const Operation& op) {
    capture_slot(given.id).consent.offer(given.aspect, given.given, op);
}

void WorkshopState::fold(CaptureFieldSet&& set, const Operation& op) {
    capture_slot(set.id).fields[set.field].offer(std::move(set.value), op);
}

void WorkshopState::fold(CaptureDeleted&& deleted, const Operation& op) { capture_slot(deleted.id).deletions.insert(op.id); }

void WorkshopState::fold(CaptureRestored&& restored, const Operation&) {
    capture_slot(restored.id).cancelled.insert({std::move(restored.deletion_device), restored.deletion_sequence});
}

void WorkshopState::fold(VoteCast&& vote, const Operation& op) {
    capture_slot(vote.capture_id).votes[vote.voter_token].offer(vote.score, op);
}

void WorkshopState::fold(ThemeSet&& fields, const Operation& op) {
    auto& key = themes_[fields.id];
    key.details.offer(std::move(fields), op);
}

void WorkshopState::fold(ThemeDeleted&& deleted, const Operation& op) { themes_[deleted.id].deletions.insert(op.id); }

void WorkshopState::fold(ThemeRestored&& restored, const Operation&) {
    themes_[restored.id].cancelled.insert({std::move(restored.deletion_device), restored.deletion_sequence});
}

void WorkshopState::fold(ThemeMembershipSet&& membership, const Operation& op) {
    themes_[membership.theme_id].members[membership.capture_id].offer(membership.member, op);
}

void WorkshopState::fold(ThemeMerged&& merge, const Operation& op) {
    if (themes_[merge.from].merged_into.offer(std::move(merge.into), op)) resolve_theme_merges();
}

void WorkshopState::resolve_theme_merges() {
    std::vector<MergeLink> links;
    for (const auto& [id, theme] : themes_) links.push_back({&id, &theme.merged_into});
    theme_roots_ = merge_roots(std::move(links));
}

void WorkshopState::fold(ThemeSuggestionRejected&& rejection, const Operation& op) {
    themes_[rejection.theme_id].rejected[rejection.capture_id].offer(rejection.rejected, op);
}

void WorkshopState::fold(CaptureKeptApart&& apart, const Operation& op) {
    capture_slot(apart.id).kept_apart.offer(apart.apart, op);
}

std::vector<const ThemeRecord*> WorkshopState::themes() const {
    std::vector<std::pair<const std::string*, const ThemeRecord*>> live;
    for (const auto& [id, theme] : themes_)
        if (theme.live() && !theme_is_merged(id)) live.emplace_back(&id, &theme);
    std::sort(live.begin(), live.end(), [](const auto& a, const auto& b) {
        return std::tie(a.second->details.value().name, *a.first) < std::tie(b.second->details.value().name, *b.first);
    });
    std::vector<const ThemeRecord*> themes;
    for (const auto& [id, theme] : live) themes.push_back(theme);
    return themes;
}

const ThemeRecord* WorkshopState::theme(const std::string& id) const {
    const auto found = themes_.find(id);
    return found != themes_.end() && found->second.live() ? &found->second : nullptr;
}

const std::string& WorkshopState::theme_root(const std::string& id) const {
    const auto found = theme_roots_.find(id);
    return found == theme_roots_.end() ? id : found->second;
}

std::vector<const SessionSet*> WorkshopState::sessions() const {
    std::vector<const SessionSet*> live;
    for (const auto& [id, record] : sessions_)
        if (record.live() && !session_is_merged(id)) live.push_back(&record.fields());
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
    const std::string& root = session_root(session_id);
    for (const auto& [id, record] : captures_)
        if (record.live() && session_root(record.origin->session_id) == root) result.emplace_back(&id, &record);
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return std::tie(a.second->origin_order, *a.first) < std::tie(b.second->origin_order, *b.first);
    });
    return result;
}

std::map<std::string, std::size_t> WorkshopState::capture_counts() const {
    std::map<std::string, std::size_t> counts;
    for (const auto& [id, record] : captures_)
        if (record.live()) ++counts[session_root(record.origin->session_id)];
    return counts;
}

const CaptureRecord* WorkshopState::capture(const std::string& id) const {
    auto found = captures_.find(id);
    return found != captures_.end() && found->second.live() ? &found->second : nullptr;
}

}  // namespace oogst
