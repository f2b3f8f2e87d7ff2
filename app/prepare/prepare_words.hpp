#pragma once
// The preparation's words that depend on values: a plan's problem in the facilitator's
// language (with the spreadsheet row it is on), and a session's one-line summary.
#include <cstddef>
#include <exception>
#include <string>

#include "app/shell/ui.hpp"
#include "core/model/payloads.hpp"
#include "core/prepare/plan_problem.hpp"

namespace oogst::app {

std::string plan_problem_text(const Ui& ui, const PlanProblem& problem);
// A PlanError's first problem in the person's words, anything else as error_text says it.
std::string prepare_error_text(const Ui& ui, const std::exception& error);

// "Bib Beveren · An · 19:30 · Droomsessie · 8 deelnemers": what a planned session is.
std::string session_summary(const Ui& ui, const SessionSet& session, const std::string& first_day);

}  // namespace oogst::app
