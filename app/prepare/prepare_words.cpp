#include "app/prepare/prepare_words.hpp"

#include "app/shell/error_text.hpp"
#include "app/table/template_labels.hpp"
#include "core/prepare/plan_time.hpp"

namespace oogst::app {
namespace {

const char* problem_key(PlanProblem::Kind kind) {
    using Kind = PlanProblem::Kind;
    switch (kind) {
        case Kind::no_workshop: return "prepare.problem.no_workshop";
        case Kind::has_workshop: return "prepare.problem.has_workshop";
        case Kind::joined_device: return "prepare.problem.joined_device";
        case Kind::no_workshop_name: return "prepare.problem.no_workshop_name";
        case Kind::unknown_method: return "prepare.problem.unknown_method";
        case Kind::bad_date: return "prepare.problem.bad_date";
        case Kind::unknown_language: return "prepare.problem.unknown_language";
        case Kind::unknown_session: return "prepare.problem.unknown_session";
        case Kind::no_table_name: return "prepare.problem.no_table_name";
        case Kind::name_taken: return "prepare.problem.name_taken";
        case Kind::bad_start: return "prepare.problem.bad_start";
        case Kind::no_workshop_date: return "prepare.problem.no_workshop_date";
        case Kind::participants_out_of_range: return "prepare.problem.participants";
        case Kind::kiosk_without_school: return "prepare.problem.kiosk_without_school";
        case Kind::kiosk_unnamed_school: return "prepare.problem.kiosk_unnamed_school";
        case Kind::kiosk_school_twice: return "prepare.problem.kiosk_school_twice";
        case Kind::kiosk_school_without_classes: return "prepare.problem.kiosk_school_without_classes";
        case Kind::session_holds_captures: return "prepare.problem.session_holds_captures";
        case Kind::merge_into_itself: return "prepare.problem.merge_into_itself";
        case Kind::csv_not_text: return "prepare.problem.csv_not_text";
        case Kind::csv_too_large: return "prepare.problem.csv_too_large";
        case Kind::csv_malformed: return "prepare.problem.csv_malformed";
        case Kind::csv_empty: return "prepare.problem.csv_empty";
        case Kind::csv_too_many_columns: return "prepare.problem.csv_too_many_columns";
        case Kind::csv_name_twice: return "prepare.problem.csv_name_twice";
    }
    return "prepare.problem.no_workshop";
}

}  // namespace

std::string plan_problem_text(const Ui& ui, const PlanProblem& problem) {
    // Every kind has its key in assets/i18n/prepare.yaml (tests/app/prepare: each is checked).
    std::string text = ui.tr(problem_key(problem.kind), {{"name", problem.name},
                                                         {"value", problem.value},
                                                         {"count", std::to_string(problem.count)}});
    if (problem.row == 0) return text;
    return ui.tr("prepare.problem.row", {{"row", std::to_string(problem.row)}, {"reason", text}});
}

std::string prepare_error_text(const Ui& ui, const std::exception& error) {
    if (const auto* plan = dynamic_cast<const PlanError*>(&error)) return plan_problem_text(ui, plan->problem());
    return error_text(ui, error);
}

std::string session_summary(const Ui& ui, const SessionSet& session, const std::string& first_day) {
    std::string summary;
    const auto add = [&summary](const std::string& part) {
        if (part.empty()) return;
        summary += (summary.empty() ? "" : " · ") + part;
    };
    add(session.place);
    add(session.ambassador);
    add(start_text_on(session.starts_at_ms, first_day));
    add(method_label(ui, session.method));
    if (session.participants) add(ui.tr("prepare.session.people", {{"count", std::to_string(session.participants)}}));
    for (const SessionSchool& school : session.schools)
        add(ui.tr("prepare.session.school", {{"school", school.name}, {"count", std::to_string(school.classes.size())}}));
    return summary;
}

}  // namespace oogst::app
