#include "core/model/roadmap_state.hpp"

#include <algorithm>
#include <tuple>

namespace oogst {
namespace {

// Live details of a record kept by id, or nullptr.
template <class Records>
auto live_details(const Records& records, const std::string& id, const RoadmapState& roadmap)
    -> decltype(&records.begin()->second.details.value()) {
    const auto found = records.find(id);
    if (found == records.end() || !found->second.details.written() || roadmap.deleted(id)) return nullptr;
    return &found->second.details.value();
}

template <class Records, class Live>
auto all_live(const Records& records, Live live) {
    std::vector<decltype(live(records.begin()->first))> items;
    for (const auto& [id, record] : records)
        if (auto* item = live(id)) items.push_back(item);
    return items;
}

}  // namespace

void RoadmapState::fold(InitiativeSet&& set, const Operation& op) {
    auto& record = initiatives_[set.id];
    record.details.offer(std::move(set), op);
}

void RoadmapState::fold(ActionSet&& set, const Operation& op) {
    auto& record = actions_[set.id];
    record.details.offer(std::move(set), op);
}

void RoadmapState::fold(InnovationCaseSet&& set, const Operation& op) {
    auto& record = cases_[set.id];
    record.details.offer(std::move(set), op);
}

void RoadmapState::fold(CaseShortlisted&& shortlisted, const Operation& op) {
    cases_[shortlisted.id].shortlisted.offer(shortlisted.shortlisted, op);
}

void RoadmapState::fold(ActorSet&& set, const Operation& op) {
    auto& record = actors_[set.id];
    record.details.offer(std::move(set), op);
}

void RoadmapState::fold(ActorPlaced&& placed, const Operation& op) {
    actors_[placed.id].place.offer({placed.x, placed.y}, op);
}

void RoadmapState::fold(ActorLinkSet&& set, const Operation& op) {
    auto& record = links_[set.id];
    record.details.offer(std::move(set), op);
}

void RoadmapState::fold(CanvasBlockSet&& set, const Operation& op) {
    canvases_[set.item_id][static_cast<std::size_t>(set.block)].offer(std::move(set.text), op);
}

void RoadmapState::fold(RoadmapEvidenceSet&& evidence, const Operation& op) {
    evidence_[evidence.item_id][evidence.capture_id].offer(evidence.linked, op);
}

void RoadmapState::fold(RoadmapItemDeleted&& deleted, const Operation& op) { removals_[deleted.id].deletions.insert(op.id); }

void RoadmapState::fold(RoadmapItemRestored&& restored, const Operation&) {
    removals_[restored.id].cancelled.insert({std::move(restored.deletion_device), restored.deletion_sequence});
}

void RoadmapState::fold(StatementSet&& set, const Operation& op) {
    statements_[static_cast<std::size_t>(set.part)].offer(std::move(set.text), op);
}

bool RoadmapState::deleted(const std::string& item_id) const {
    const auto found = removals_.find(item_id);
    if (found == removals_.end()) return false;
    const Removal& removal = found->second;
    return std::any_of(removal.deletions.begin(), removal.deletions.end(),
                       [&](const OperationId& id) { return !removal.cancelled.count(id); });
}

const InitiativeSet* RoadmapState::initiative(const std::string& id) const { return live_details(initiatives_, id, *this); }

const ActionSet* RoadmapState::action(const std::string& id) const {
    const ActionSet* action = live_details(actions_, id, *this);
    return action && initiative(action->initiative_id) ? action : nullptr;
}

const InnovationCaseSet* RoadmapState::innovation_case(const std::string& id) const {
    return live_details(cases_, id, *this);
}

const ActorSet* RoadmapState::actor(const std::string& id) const { return live_details(actors_, id, *this); }

const ActorLinkSet* RoadmapState::link(const std::string& id) const {
    const ActorLinkSet* link = live_details(links_, id, *this);
    return link && actor(link->from) && actor(link->to) ? link : nullptr;
}

std::vector<const InitiativeSet*> RoadmapState::initiatives() const {
    auto items = all_live(initiatives_, [&](const std::string& id) { return initiative(id); });
    std::sort(items.begin(), items.end(),
              [](const auto* a, const auto* b) { return std::tie(a->title, a->id) < std::tie(b->title, b->id); });
    return items;
}

std::vector<const ActionSet*> RoadmapState::actions_of(const std::string& initiative_id) const {
    std::vector<const ActionSet*> items;
    for (const auto& [id, record] : actions_)
        if (const ActionSet* item = action(id); item && item->initiative_id == initiative_id) items.push_back(item);
    std::sort(items.begin(), items.end(), [](const auto* a, const auto* b) {
        return std::tuple(a->due.empty(), a->due, a->what, a->id) < std::tuple(b->due.empty(), b->due, b->what, b->id);
    });
    return items;
}

std::vector<const InnovationCaseSet*> RoadmapState::cases() const {
    auto items = all_live(cases_, [&](const std::string& id) { return innovation_case(id); });
    std::sort(items.begin(), items.end(),
              [](const auto* a, const auto* b) { return std::tie(a->title, a->id) < std::tie(b->title, b->id); });
    return items;
}

bool RoadmapState::shortlisted(const std::string& case_id) const {
    const auto found = cases_.find(case_id);
    return found != cases_.end() && found->second.shortlisted.value();
}

std::vector<const ActorSet*> RoadmapState::actors() const {
    auto items = all_live(actors_, [&](const std::string& id) { return actor(id); });
    std::sort(items.begin(), items.end(), [](const auto* a, const auto* b) {
        return std::tie(a->category, a->name, a->id) < std::tie(b->category, b->name, b->id);
    });
    return items;
}

bool RoadmapState::actor_place(const std::string& actor_id, float& x, float& y) const {
    const auto found = actors_.find(actor_id);
    if (found == actors_.end() || !found->second.place.written()) return false;
    std::tie(x, y) = found->second.place.value();
    return true;
}

std::vector<const ActorLinkSet*> RoadmapState::links() const {
    return all_live(links_, [&](const std::string& id) { return link(id); });
}

std::vector<std::string> RoadmapState::evidence(const std::string& item_id) const {
    std::vector<std::string> ids;
    const auto found = evidence_.find(item_id);
    if (found == evidence_.end()) return ids;
    for (const auto& [capture_id, linked] : found->second)
        if (linked.value()) ids.push_back(capture_id);
    return ids;
}

const std::string& RoadmapState::canvas_block(const std::string& item_id, CanvasBlock block) const {
    static const std::string none;
    const auto found = canvases_.find(item_id);
    return found == canvases_.end() ? none : found->second[static_cast<std::size_t>(block)].value();
}

const std::string& RoadmapState::statement(StatementPart part) const {
    return statements_[static_cast<std::size_t>(part)].value();
}

bool RoadmapState::has_statements() const {
    return std::any_of(statements_.begin(), statements_.end(), [](const auto& part) { return part.written(); });
}

}  // namespace oogst
