#pragma once
// What the facilitator's preparation screens remember between frames: which part is
// open, the forms being filled in (nothing is recorded before "Save"), a merge being
// chosen, and the table lists found on the sticks.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "app/harvest/stick_places.hpp"
#include "core/prepare/device_list.hpp"
#include "core/prepare/plan_problem.hpp"

namespace oogst::app {

enum class Screen;  // app_state.hpp

enum class PrepareTab { workshop, sessions, devices };

// The workshop being created or changed.
struct WorkshopForm {
    bool loaded = false;  // filled from the store (or with defaults) once
    std::string name, place, dates;  // dates as typed: "2026-12-04, 2026-12-11"
    std::vector<std::string> languages;
    std::string method;  // chosen, and so previewed
};

// A session being added or changed.
struct SessionForm {
    bool open = false;
    std::string id;  // the session changed; empty: a new one
    bool kiosk = false;
    std::string name, place, ambassador, start, method;
    int participants = 0;
    std::vector<std::string> schools;  // "De Regenboog: 5A, 5B", one field each
};

// A table list found on a stick, and the stick's name.
struct TableListFile {
    std::filesystem::path file;
    std::string place;
};

struct PrepareState {
    PrepareTab tab = PrepareTab::workshop;
    Screen back_to{};  // where the header's back button returns to: the start screen or the desk
    WorkshopForm workshop;
    SessionForm session;
    std::string merging;   // the session whose "merge into…" is being chosen
    std::string removing;  // the session whose removal waits for a second tap
    std::string notice;    // what the last step did ("12 tables added")

    // The device list, worked out again when the store changed or a few seconds passed
    // (a hand-in of nothing new changes only the time of the last one).
    DeviceList devices;
    std::uint64_t devices_revision = 0;
    double devices_at = -1;
    std::string device_open;  // the device whose actions (revoke, take back) are shown

    // Table lists (*.csv) on the sticks, looked for again every few seconds.
    StickPlaces sticks;
    double listed_at = -1;
    std::vector<TableListFile> table_lists;
    std::vector<PlanProblem> table_list_problems;  // of the last list that could not be imported
    std::string table_list_file;                   // its name
};

}  // namespace oogst::app
