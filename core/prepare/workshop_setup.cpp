#include "core/prepare/workshop_setup.hpp"

#include <algorithm>

#include "core/assets/language.hpp"
#include "core/harvest/workshop_keys.hpp"
#include "core/model/ids.hpp"
#include "core/prepare/plan_problem.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/plan_time.hpp"

namespace oogst {
namespace {

using PlanKind = PlanProblem::Kind;

bool joined_as_device(const Store& store) {
    const auto keys = store.workshop_keys();
    return keys && !keys->is_facilitator();
}

WorkshopSet workshop_of(std::string id, const WorkshopPlan& plan) {
    return WorkshopSet{std::move(id), plan.name, plan.method, plan.place, plan.dates, plan.languages};
}

}  // namespace

WorkshopPlan plan_of(const WorkshopSet& workshop) {
    return WorkshopPlan{workshop.name, workshop.method, workshop.place, workshop.dates, workshop.languages};
}

WorkshopPlan checked_workshop_plan(WorkshopPlan plan, const TemplateLibrary& methods) {
    plan.name = trim(plan.name);
    plan.place = trim(plan.place);
    plan.method = trim(plan.method);
    if (plan.name.empty()) throw PlanError(PlanProblem{.kind = PlanKind::no_workshop_name});
    if (!methods.find(plan.method)) throw PlanError(PlanProblem{.kind = PlanKind::unknown_method, .value = plan.method});
    std::vector<std::string> days;
    for (const std::string& date : plan.dates) {
        const auto day = parse_day(date);
        if (!day) throw PlanError(PlanProblem{.kind = PlanKind::bad_date, .value = date});
        days.push_back(*day);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    plan.dates = std::move(days);
    std::vector<std::string> languages;
    for (const std::string& code : plan.languages)
        if (!parse_language(trim(code))) throw PlanError(PlanProblem{.kind = PlanKind::unknown_language, .value = code});
    for (Language language : all_languages) {
        const std::string code(language_code(language));
        if (std::any_of(plan.languages.begin(), plan.languages.end(), [&](const std::string& c) { return trim(c) == code; }))
            languages.push_back(code);
    }
    plan.languages = std::move(languages);
    return plan;
}

const WorkshopSet& workshop_to_prepare(const Store& store) {
    if (joined_as_device(store)) throw PlanError(PlanProblem{.kind = PlanKind::joined_device});
    if (!store.state().has_workshop()) throw PlanError(PlanProblem{.kind = PlanKind::no_workshop});
    return store.state().workshop();
}

WorkshopSet create_workshop(Store& store, const WorkshopPlan& plan, const TemplateLibrary& methods) {
    const WorkshopPlan checked = checked_workshop_plan(plan, methods);
    if (joined_as_device(store)) throw PlanError(PlanProblem{.kind = PlanKind::joined_device});
    if (store.state().has_workshop())
        throw PlanError(PlanProblem{.kind = PlanKind::has_workshop, .name = store.state().workshop().name});
    WorkshopSet workshop = workshop_of(new_id(), checked);
    // The workshop's key pair is made with it: this machine is the facilitator's, the
    // only one that can open the bundles devices hand in.
    auto keys = make_workshop_keys(workshop.id);
    keys.facilitator_key = store.device().public_key;
    store.batch([&] {
        store.record(workshop);
        store.save_workshop_keys(keys);
    });
    return workshop;
}

void edit_workshop(Store& store, const WorkshopPlan& plan, const TemplateLibrary& methods) {
    const WorkshopPlan checked = checked_workshop_plan(plan, methods);
    const WorkshopSet& workshop = workshop_to_prepare(store);
    WorkshopSet changed = workshop_of(workshop.id, checked);
    if (changed.name == workshop.name && changed.method == workshop.method && changed.place == workshop.place &&
        changed.dates == workshop.dates && changed.languages == workshop.languages)
        return;  // nothing changed: no operation to carry around
    store.record(changed);
}

}  // namespace oogst
