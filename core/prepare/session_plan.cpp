#include "core/prepare/session_plan.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/kiosk/kiosk_work.hpp"
#include "core/model/ids.hpp"
#include "core/prepare/plan_problem.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/workshop_setup.hpp"
#include "core/table/table_session.hpp"

namespace oogst {
namespace {

using PlanKind = PlanProblem::Kind;

PlanError problem(PlanKind kind, std::string name = {}, std::string value = {}, std::size_t count = 0) {
    return PlanError(PlanProblem{.kind = kind, .name = std::move(name), .value = std::move(value), .count = count});
}

SessionSet session_of(std::string id, const SessionPlan& plan) {
    SessionSet session{std::move(id), plan.method, plan.table_name, plan.ambassador, plan.place, plan.starts_at_ms,
                       static_cast<std::uint16_t>(plan.participants)};
    session.schools = plan.schools;
    session.theme_id = plan.theme_id;
    return session;
}

std::vector<SessionSchool> checked_schools(std::vector<SessionSchool> schools) {
    std::vector<SessionSchool> kept;
    std::set<std::string> seen;
    for (SessionSchool& school : schools) {
        school.name = trim(school.name);
        std::vector<std::string> classes;
        for (const std::string& name_of_class : school.classes)
            if (auto trimmed = trim(name_of_class); !trimmed.empty() &&
                std::find(classes.begin(), classes.end(), trimmed) == classes.end())
                classes.push_back(std::move(trimmed));
        school.classes = std::move(classes);
        if (school.name.empty() && school.classes.empty()) continue;  // an empty line of the form
        if (school.name.empty()) throw problem(PlanKind::kiosk_unnamed_school);
        if (!seen.insert(name_key(school.name)).second) throw problem(PlanKind::kiosk_school_twice, school.name);
        if (school.classes.empty()) throw problem(PlanKind::kiosk_school_without_classes, school.name);
        kept.push_back(std::move(school));
    }
    if (kept.empty()) throw problem(PlanKind::kiosk_without_school);
    return kept;
}

}  // namespace

SessionPlan plan_of(const SessionSet& session) {
    return SessionPlan{session.table_name, session.place,        session.ambassador,
                       session.method,     session.starts_at_ms, session.participants,
                       session.schools,    session.theme_id};
}

bool is_kiosk_method(const std::string& method) { return method == kiosk_method; }

const SessionSet& session_to_plan(const WorkshopState& state, const std::string& id) {
    const SessionSet* session = state.session(id);
    if (!session) throw problem(PlanKind::unknown_session, {}, id);
    return *session;
}

SessionPlan checked_session_plan(SessionPlan plan, const WorkshopState& state, const TemplateLibrary& methods,
                                 const std::string& except_id) {
    if (!state.has_workshop()) throw problem(PlanKind::no_workshop);
    plan.table_name = trim(plan.table_name);
    plan.place = trim(plan.place);
    plan.ambassador = trim(plan.ambassador);
    plan.method = trim(plan.method);
    if (plan.method.empty()) plan.method = state.workshop().method;
    if (plan.table_name.empty()) throw problem(PlanKind::no_table_name);
    const std::string key = name_key(plan.table_name);
    for (const SessionSet* other : state.sessions())
        if (other->id != except_id && name_key(other->table_name) == key) throw problem(PlanKind::name_taken, other->table_name);
    if (!methods.find(plan.method)) throw problem(PlanKind::unknown_method, {}, plan.method);
    if (plan.participants < 0 || plan.participants > max_participants)
        throw problem(PlanKind::participants_out_of_range, {}, std::to_string(plan.participants));
    if (is_kiosk_method(plan.method)) plan.schools = checked_schools(std::move(plan.schools));
    else plan.schools.clear();  // a table has no schools: a kiosk changed into a table leaves them
    return plan;
}

std::string add_session(Store& store, const SessionPlan& plan, const TemplateLibrary& methods) {
    workshop_to_prepare(store);
    const SessionSet session = session_of(new_id(), checked_session_plan(plan, store.state(), methods));
    store.record(session);
    return session.id;
}

void edit_session(Store& store, const std::string& id, const SessionPlan& plan, const TemplateLibrary& methods) {
    workshop_to_prepare(store);
    const SessionSet& before = session_to_plan(store.state(), id);
    const SessionSet session = session_of(id, checked_session_plan(plan, store.state(), methods, id));
    // Recorded whole: the facilitator's plan of the session is one register (SessionSet),
    // and a save that changes nothing would only add an operation to carry around.
    if (session.schools == before.schools && session.method == before.method &&
        session.table_name == before.table_name && session.ambassador == before.ambassador &&
        session.place == before.place && session.starts_at_ms == before.starts_at_ms &&
        session.participants == before.participants)
        return;
    store.record(session);
}

void remove_session(Store& store, const std::string& id) {
    workshop_to_prepare(store);
    const SessionSet& session = session_to_plan(store.state(), id);
    const std::size_t captures = store.state().captures_of(id).size();
    if (captures > 0 && !store.state().session_is_merged(id))
        throw problem(PlanKind::session_holds_captures, session.table_name, {}, captures);
    store.record(SessionDeleted{id});
}

std::string copy_session(Store& store, const std::string& id) {
    workshop_to_prepare(store);
    SessionPlan plan = plan_of(session_to_plan(store.state(), id));
    std::set<std::string> taken;
    for (const SessionSet* other : store.state().sessions()) taken.insert(name_key(other->table_name));
    // "Tafel 3 (2)", or the first number after it that is free; a copy of a copy counts on.
    std::string base = plan.table_name;
    int number = 2;
    if (const auto open = base.rfind(" ("); open != std::string::npos && base.back() == ')') {
        const std::string inside = base.substr(open + 2, base.size() - open - 3);
        if (!inside.empty() && inside.size() < 6 && std::all_of(inside.begin(), inside.end(), ::isdigit)) {
            number = std::stoi(inside) + 1;
            base = base.substr(0, open);
        }
    }
    while (taken.count(name_key(base + " (" + std::to_string(number) + ")"))) ++number;
    plan.table_name = base + " (" + std::to_string(number) + ")";
    // The templates were checked when the original was planned; only the name is new.
    const SessionSet copy = session_of(new_id(), plan);
    store.record(copy);
    return copy.id;
}

void rename_session(Store& store, const std::string& id, const std::string& name, const TemplateLibrary& methods) {
    SessionPlan plan = plan_of(session_to_plan(store.state(), id));
    plan.table_name = name;
    edit_session(store, id, plan, methods);
}

void merge_sessions(Store& store, const std::string& from, const std::string& into) {
    workshop_to_prepare(store);
    const WorkshopState& state = store.state();
    const SessionSet& merged = session_to_plan(state, from);
    session_to_plan(state, into);
    // Into the session into stands for now: a merge never makes a chain or a circle here
    // (only merges made on two machines at once can, and the fold settles those).
    const std::string root = state.session_root(into);
    if (root == from || from == into) throw problem(PlanKind::merge_into_itself, merged.table_name);
    store.record(SessionMerged{from, root});
}

}  // namespace oogst
