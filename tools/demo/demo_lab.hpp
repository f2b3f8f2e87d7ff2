#pragma once
// A Toekomstlab on the demo workshop, for `oogst-cli demo-lab`, the screenshots and the
// tests: lab tables of civil servants, each working out one innovation case on the
// method's five boards and scoring its notes with stars; a case made from each table
// (core/roadmap/lab_cases), the five strongest on the shortlist, and the social value
// canvas of the buurtbudget filled in part; and the management team's SWOT+ and
// mission-vision-values tables with their phrases and dots.
#include <cstdint>

#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst {

struct LabSummary {
    int tables = 0, notes = 0, cases = 0, shortlisted = 0;
};

LabSummary fill_demo_lab(Store& store, const TemplateLibrary& methods, int tables = 8, std::uint64_t seed = 1);

}  // namespace oogst
