#pragma once
// Planning the workshop's sessions on the facilitator's machine: tables (name, place,
// ambassador, start, method, how many sit at it) and kiosks (the exhibition's title, its
// schools and classes), added, changed, copied and removed; and afterwards, renaming and
// merging what the devices brought (four tablets that each made "Tafel 1: Centrum").
// Every step checks first and records nothing when it meets a problem (PlanError).
#include <cstdint>
#include <string>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst {

struct SessionPlan {
    std::string table_name;  // a kiosk's: the exhibition's title
    std::string place, ambassador;
    std::string method;      // empty: the workshop's
    std::int64_t starts_at_ms = 0;  // 0: not said
    int participants = 0;           // 0: not said
    std::vector<SessionSchool> schools;  // a kiosk's
    std::string theme_id;  // a debate table's key (core/roadmap/debate_tables.hpp)
};

SessionPlan plan_of(const SessionSet& session);
bool is_kiosk_method(const std::string& method);

// The plan trimmed, with the workshop's method when it names none; PlanError when it
// cannot be a session: no name, a name another session has (except_id: the session
// being changed), an unknown method, participants outside 0..12, a kiosk without a
// school with classes.
SessionPlan checked_session_plan(SessionPlan plan, const WorkshopState& state, const TemplateLibrary& methods,
                                 const std::string& except_id = {});

// Each returns or acts on the session's id. PlanError unknown_session for an id that is
// not a live session of the workshop.
std::string add_session(Store& store, const SessionPlan& plan, const TemplateLibrary& methods);
void edit_session(Store& store, const std::string& id, const SessionPlan& plan, const TemplateLibrary& methods);
// Only a session without captures: one with captures is merged instead (its captures
// would otherwise be hidden with it).
void remove_session(Store& store, const std::string& id);
// The same plan under the next free name: "Tafel 3 (2)".
std::string copy_session(Store& store, const std::string& id);
void rename_session(Store& store, const std::string& id, const std::string& name, const TemplateLibrary& methods);
// from is no longer listed; its captures show under into (or what into is merged into).
void merge_sessions(Store& store, const std::string& from, const std::string& into);

// The live session called id, merged or not; PlanError unknown_session otherwise.
const SessionSet& session_to_plan(const WorkshopState& state, const std::string& id);

}  // namespace oogst
