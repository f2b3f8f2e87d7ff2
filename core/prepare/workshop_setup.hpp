#pragma once
// Creating the workshop on the facilitator's machine, and changing it later: its name,
// place, days, languages and method. Creating it also makes the workshop's key pair
// (this machine is then the only one that can open what the devices hand in). The desk,
// the preparation screens and `oogst-cli workshop new` all come here.
#include <string>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst {

struct WorkshopPlan {
    std::string name, method = "droomsessie", place;
    std::vector<std::string> dates;      // "2026-12-04"
    std::vector<std::string> languages;  // "nl", "fr", "en"
};

WorkshopPlan plan_of(const WorkshopSet& workshop);

// The plan trimmed, its days sorted and each once, its languages in the app's order;
// PlanError (no_workshop_name, unknown_method, bad_date, unknown_language) when it
// cannot be a workshop.
WorkshopPlan checked_workshop_plan(WorkshopPlan plan, const TemplateLibrary& methods);

// Records the workshop and saves its keys, in one transaction. PlanError has_workshop
// or joined_device when the store is not free for a new workshop.
WorkshopSet create_workshop(Store& store, const WorkshopPlan& plan, const TemplateLibrary& methods);

// Records the workshop's changed fields (its id stays). PlanError no_workshop when there
// is none, joined_device on a device.
void edit_workshop(Store& store, const WorkshopPlan& plan, const TemplateLibrary& methods);

// The workshop of the store, for the preparation steps: PlanError no_workshop, or
// joined_device when the store is a device's.
const WorkshopSet& workshop_to_prepare(const Store& store);

}  // namespace oogst
