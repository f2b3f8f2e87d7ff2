#include "core/roadmap/roadmap_actions.hpp"

#include <algorithm>
#include <tuple>

#include "core/errors.hpp"
#include "core/model/ids.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/roadmap/stakeholder_map.hpp"

namespace oogst {
namespace {

// Titles, names and lists are kept as typed but without surrounding spaces, so "  "
// is no title and " Stadsdienst" and "Stadsdienst" are one owner.
std::string required(const std::string& text) {
    std::string kept = trim(text);
    if (kept.empty()) throw RoadmapError(RoadmapProblem::no_title);
    return kept;
}

std::string day_or_empty(const std::string& text) {
    if (trim(text).empty()) return {};
    const auto day = parse_day(text);
    if (!day) throw RoadmapError(RoadmapProblem::bad_date);
    return *day;
}

std::vector<std::string> kept_texts(const std::vector<std::string>& texts) {
    std::vector<std::string> kept;
    for (const std::string& text : texts)
        if (std::string t = trim(text); !t.empty() && std::find(kept.begin(), kept.end(), t) == kept.end())
            kept.push_back(std::move(t));
    return kept;
}

bool same(const InitiativeSet& a, const InitiativeSet& b) {
    return std::tie(a.theme_id, a.title, a.description, a.owner, a.owner_is_person, a.partners, a.horizon, a.status,
                    a.from_capture) == std::tie(b.theme_id, b.title, b.description, b.owner, b.owner_is_person,
                                                b.partners, b.horizon, b.status, b.from_capture);
}
bool same(const ActionSet& a, const ActionSet& b) {
    return std::tie(a.initiative_id, a.what, a.who, a.due, a.review, a.status) ==
           std::tie(b.initiative_id, b.what, b.who, b.due, b.review, b.status);
}
bool same(const InnovationCaseSet& a, const InnovationCaseSet& b) {
    return std::tie(a.title, a.impact, a.target_group, a.first_step, a.owner, a.from_session) ==
           std::tie(b.title, b.impact, b.target_group, b.first_step, b.owner, b.from_session);
}
bool same(const ActorSet& a, const ActorSet& b) {
    return std::tie(a.name, a.category, a.note) == std::tie(b.name, b.category, b.note);
}
bool same(const ActorLinkSet& a, const ActorLinkSet& b) {
    return std::tie(a.from, a.to, a.link_kind, a.competences) == std::tie(b.from, b.to, b.link_kind, b.competences);
}

}  // namespace

void RoadmapActions::require_item(const std::string& id) const {
    const RoadmapState& roadmap = store_.state().roadmap();
    if (!roadmap.initiative(id) && !roadmap.action(id) && !roadmap.innovation_case(id) && !roadmap.actor(id) &&
        !roadmap.link(id))
        throw RoadmapError(RoadmapProblem::gone);
}

InitiativeSet RoadmapActions::initiative_set(std::string id, const InitiativeWords& words,
                                             std::string from_capture) const {
    const WorkshopState& state = store_.state();
    // A key merged into another on a second laptop meanwhile: the initiative goes to
    // the key it is now part of.
    const ThemeRecord* theme = state.theme(state.theme_root(words.theme_id));
    if (!theme) throw RoadmapError(RoadmapProblem::no_key);
    if (words.horizon != 0 && (words.horizon < 2000 || words.horizon > 2200))
        throw RoadmapError(RoadmapProblem::bad_year);
    InitiativeSet set;
    set.id = std::move(id);
    set.theme_id = theme->details.value().id;
    set.title = required(words.title);
    set.description = words.description;
    set.owner = trim(words.owner);
    set.owner_is_person = words.owner_is_person && !set.owner.empty();
    set.partners = kept_texts(words.partners);
    set.horizon = words.horizon;
    set.status = words.status;
    set.from_capture = std::move(from_capture);
    return set;
}

ActionSet RoadmapActions::action_set(std::string id, const ActionWords& words) const {
    if (!store_.state().roadmap().initiative(words.initiative_id)) throw RoadmapError(RoadmapProblem::no_initiative);
    return {std::move(id), words.initiative_id, required(words.what), trim(words.who), day_or_empty(words.due),
            day_or_empty(words.review), words.status};
}

ActorLinkSet RoadmapActions::link_set(std::string id, const LinkWords& words) const {
    const RoadmapState& roadmap = store_.state().roadmap();
    if (!roadmap.actor(words.from) || !roadmap.actor(words.to)) throw RoadmapError(RoadmapProblem::no_actor);
    if (words.from == words.to) throw RoadmapError(RoadmapProblem::same_actor);
    return {std::move(id), words.from, words.to, words.kind, kept_texts(words.competences)};
}

void RoadmapActions::evidence_operations(const std::string& item_id, const std::vector<std::string>& capture_ids,
                                         bool linked, std::vector<RoadmapEvidenceSet>& changes,
                                         std::vector<Revert>& reverts) const {
    const WorkshopState& state = store_.state();
    const std::vector<std::string> now = state.roadmap().evidence(item_id);
    for (const std::string& capture_id : capture_ids) {
        if (linked && !state.capture(capture_id)) throw RoadmapError(RoadmapProblem::no_capture);
        const bool there = std::find(now.begin(), now.end(), capture_id) != now.end();
        const bool asked = std::any_of(changes.begin(), changes.end(),
                                       [&](const RoadmapEvidenceSet& c) { return c.capture_id == capture_id; });
        if (there == linked || asked) continue;
        changes.push_back({item_id, capture_id, linked});
        reverts.emplace_back(RoadmapEvidenceSet{item_id, capture_id, !linked});
    }
}

template <class Set>
std::string RoadmapActions::record_new(const Set& set, const std::vector<std::string>& evidence,
                                       const char* undo_what) {
    std::vector<RoadmapEvidenceSet> changes;
    std::vector<Revert> reverts{RoadmapItemDeleted{set.id}};
    evidence_operations(set.id, evidence, true, changes, reverts);
    store_.batch([&] {
        store_.record(set);
        for (const auto& change : changes) store_.record(change);
    });
    history_.remember({undo_what, std::move(reverts)});
    return set.id;
}

template <class Set>
void RoadmapActions::record_edit(const Set& before, const Set& after, const char* undo_what) {
    if (same(before, after)) return;
    const Set revert = before;  // before lives in the state the record below changes
    store_.record(after);
    history_.remember({undo_what, {revert}});
}

std::string RoadmapActions::create_initiative(const InitiativeWords& words, const std::vector<std::string>& evidence,
                                              const std::string& from_capture) {
    const InitiativeSet set = initiative_set(new_id(), words, from_capture);
    return record_new(set, evidence, "undo.initiative_created");
}

void RoadmapActions::edit_initiative(const std::string& id, const InitiativeWords& words) {
    const InitiativeSet* before = store_.state().roadmap().initiative(id);
    if (!before) throw RoadmapError(RoadmapProblem::gone);
    const InitiativeSet after = initiative_set(id, words, before->from_capture);
    record_edit(*before, after, "undo.initiative_edited");
}

std::string RoadmapActions::create_action(const ActionWords& words) {
    return record_new(action_set(new_id(), words), {}, "undo.action_created");
}

void RoadmapActions::edit_action(const std::string& id, const ActionWords& words) {
    const ActionSet* before = store_.state().roadmap().action(id);
    if (!before) throw RoadmapError(RoadmapProblem::gone);
    const ActionSet after = action_set(id, words);
    record_edit(*before, after, "undo.action_edited");
}

std::string RoadmapActions::create_case(const CaseWords& words, const std::vector<std::string>& evidence,
                                        const std::string& from_session) {
    const InnovationCaseSet set{new_id(),         required(words.title), words.impact, words.target_group,
                                words.first_step, trim(words.owner),     from_session};
    return record_new(set, evidence, "undo.case_created");
}

void RoadmapActions::edit_case(const std::string& id, const CaseWords& words) {
    const InnovationCaseSet* before = store_.state().roadmap().innovation_case(id);
    if (!before) throw RoadmapError(RoadmapProblem::gone);
    const InnovationCaseSet after{id,         required(words.title), words.impact, words.target_group,
                                  words.first_step, trim(words.owner),     before->from_session};
    record_edit(*before, after, "undo.case_edited");
}

void RoadmapActions::shortlist(const std::string& case_id, bool on) {
    const RoadmapState& roadmap = store_.state().roadmap();
    if (!roadmap.innovation_case(case_id)) throw RoadmapError(RoadmapProblem::gone);
    if (roadmap.shortlisted(case_id) == on) return;
    store_.record(CaseShortlisted{case_id, on});
    history_.remember({on ? "undo.case_shortlisted" : "undo.case_unlisted", {CaseShortlisted{case_id, !on}}});
}

std::string RoadmapActions::create_actor(const ActorWords& words, const std::vector<std::string>& evidence) {
    const ActorSet set{new_id(), required(words.name), words.category, words.note};
    return record_new(set, evidence, "undo.actor_created");
}

void RoadmapActions::edit_actor(const std::string& id, const ActorWords& words) {
    const ActorSet* before = store_.state().roadmap().actor(id);
    if (!before) throw RoadmapError(RoadmapProblem::gone);
    const ActorSet after{id, required(words.name), words.category, words.note};
    record_edit(*before, after, "undo.actor_edited");
}

void RoadmapActions::place_actor(const std::string& id, float x, float y) {
    const RoadmapState& roadmap = store_.state().roadmap();
    if (!roadmap.actor(id)) throw RoadmapError(RoadmapProblem::gone);
    x = std::clamp(x, 0.0f, 1.0f), y = std::clamp(y, 0.0f, 1.0f);
    // Where it stands now: where it was dropped last, or the map's own place for it.
    // Undo puts it back there; for an actor never dragged that writes the map's place
    // down, which draws the same.
    const MapPoint was = actor_places(roadmap).at(id);
    if (was.placed && was.x == x && was.y == y) return;
    store_.record(ActorPlaced{id, x, y});
    history_.remember({"undo.actor_moved", {ActorPlaced{id, was.x, was.y}}});
}

std::string RoadmapActions::create_link(const LinkWords& words, const std::vector<std::string>& evidence) {
    const ActorLinkSet set = link_set(new_id(), words);
    return record_new(set, evidence, "undo.link_created");
}

void RoadmapActions::edit_link(const std::string& id, const LinkWords& words) {
    const ActorLinkSet* before = store_.state().roadmap().link(id);
    if (!before) throw RoadmapError(RoadmapProblem::gone);
    const ActorLinkSet after = link_set(id, words);
    record_edit(*before, after, "undo.link_edited");
}

void RoadmapActions::set_canvas_block(const std::string& item_id, CanvasBlock block, const std::string& text) {
    const RoadmapState& roadmap = store_.state().roadmap();
    if (!roadmap.initiative(item_id) && !roadmap.innovation_case(item_id)) throw RoadmapError(RoadmapProblem::gone);
    const std::string before = roadmap.canvas_block(item_id, block);
    if (before == text) return;
    store_.record(CanvasBlockSet{item_id, block, text});
    history_.remember({"undo.canvas_edited", {CanvasBlockSet{item_id, block, before}}});
}

void RoadmapActions::set_canvas(const std::string& item_id,
                                const std::array<std::string, canvas_block_count>& blocks) {
    const RoadmapState& roadmap = store_.state().roadmap();
    if (!roadmap.initiative(item_id) && !roadmap.innovation_case(item_id)) throw RoadmapError(RoadmapProblem::gone);
    std::vector<CanvasBlockSet> changes;
    std::vector<Revert> reverts;
    for (std::size_t b = 0; b < canvas_block_count; ++b) {
        const auto block = static_cast<CanvasBlock>(b);
        const std::string& before = roadmap.canvas_block(item_id, block);
        if (before == blocks[b]) continue;
        changes.push_back({item_id, block, blocks[b]});
        reverts.emplace_back(CanvasBlockSet{item_id, block, before});
    }
    if (changes.empty()) return;
    store_.batch([&] {
        for (const CanvasBlockSet& change : changes) store_.record(change);
    });
    history_.remember({"undo.canvas_edited", std::move(reverts)});
}

void RoadmapActions::set_statement(StatementPart part, const std::string& text) {
    const std::string before = store_.state().roadmap().statement(part);
    if (before == text) return;
    store_.record(StatementSet{part, text});
    history_.remember({"undo.statement_edited", {StatementSet{part, before}}});
}

void RoadmapActions::link_evidence(const std::string& item_id, const std::vector<std::string>& capture_ids,
                                   bool linked) {
    require_item(item_id);
    std::vector<RoadmapEvidenceSet> changes;
    std::vector<Revert> reverts;
    evidence_operations(item_id, capture_ids, linked, changes, reverts);
    if (changes.empty()) return;
    store_.batch([&] {
        for (const auto& change : changes) store_.record(change);
    });
    history_.remember({linked ? "undo.evidence_linked" : "undo.evidence_unlinked", std::move(reverts)});
}

void RoadmapActions::remove(const std::string& item_id) {
    require_item(item_id);
    const OperationId deletion = store_.record(RoadmapItemDeleted{item_id});
    history_.remember({"undo.roadmap_removed", {RoadmapItemRestored{item_id, deletion.device, deletion.sequence}}});
}

}  // namespace oogst
