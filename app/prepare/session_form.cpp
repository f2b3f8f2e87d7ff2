#include "app/prepare/session_form.hpp"

#include <algorithm>
#include <cfloat>
#include <exception>

#include "app/harvest/harvest_widgets.hpp"
#include "app/prepare/prepare_widgets.hpp"
#include "app/prepare/prepare_words.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/opendata/survey/survey_fields.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/prepare/session_plan.hpp"
#include "core/table/table_session.hpp"

namespace oogst::app {
namespace {

std::string first_day(const Store& store) {
    const auto& dates = store.state().workshop().dates;
    return dates.empty() ? "" : dates.front();
}

std::string school_text(const SessionSchool& school) {
    std::string text = school.name + ":";
    for (std::size_t i = 0; i < school.classes.size(); ++i) text += (i ? ", " : " ") + school.classes[i];
    return text;
}

// The form as a plan; PlanError or UserError when a field cannot be read.
SessionPlan plan_from(const Store& store, const SessionForm& form) {
    SessionPlan plan;
    plan.table_name = form.name;
    plan.place = form.place;
    plan.ambassador = form.ambassador;
    plan.method = form.kiosk ? std::string(kiosk_method) : form.method;
    plan.participants = form.kiosk ? 0 : form.participants;
    plan.starts_at_ms = parse_start(form.start, store.state().workshop().dates);
    for (const std::string& line : form.schools) {
        if (trim(line).empty()) continue;
        // "De Regenboog: 5A, 5B", as the kiosk's own settings and the command line take it.
        const KioskSchool school = trim(line).find(':') == std::string::npos ? KioskSchool{trim(line), {}}
                                                                            : parse_kiosk_school(line);
        plan.schools.push_back({school.name, school.classes});
    }
    return plan;
}

void participants_stepper(Ui& ui, int& participants) {
    const float key = ui.px(64);
    ImGui::BeginDisabled(participants <= 0);
    if (touch_button(ui, "prepare.session.participants.less", "\xE2\x80\x93", ImVec2(key, key), ButtonLook::secondary))
        --participants;
    ImGui::EndDisabled();
    ImGui::SameLine(0, ui.px(8));
    const std::string shown = participants == 0 ? std::string(ui.tr("prepare.session.participants.unsaid"))
                                                : std::to_string(participants);
    value_box(ui, shown, ImVec2(ui.px(150), key));
    ImGui::SameLine(0, ui.px(8));
    ImGui::BeginDisabled(participants >= max_participants);
    if (touch_button(ui, "prepare.session.participants.more", "+", ImVec2(key, key), ButtonLook::secondary))
        ++participants;
    ImGui::EndDisabled();
}

void session_method_choice(Ui& ui, SessionForm& form, float width) {
    const float gap = ui.px(8);
    float used = 0;
    for (const MethodTemplate& method : ui.assets.templates.templates()) {
        if (is_kiosk_method(method.id)) continue;  // a kiosk is added as a kiosk
        if (method.id == survey_method) continue;  // an online survey is read in on the Open data screen
        const std::string& label = ui.in_language(method.name);
        const float button = std::min(width, button_width(ui, label.c_str()));
        flow_next(used, button, width, gap);
        const std::string name = "prepare.session.method." + method.id;
        const ButtonLook look = method.id == form.method ? ButtonLook::primary : ButtonLook::secondary;
        if (touch_button(ui, name.c_str(), label.c_str(), ImVec2(button, 0), look)) form.method = method.id;
    }
}

void session_fields(Ui& ui, SessionForm& form, float width) {
    const float gap = ui.px(16);
    const float half = (width - gap) * 0.5f;
    if (form.kiosk)
        labelled_field(ui, "prepare.session.name", ui.tr("prepare.session.title"), ui.tr("prepare.session.title.hint"),
                       form.name, half);
    else
        labelled_field(ui, "prepare.session.name", ui.tr("prepare.session.name"), ui.tr("prepare.session.name.hint"),
                       form.name, half);
    ImGui::SameLine(0, gap);
    labelled_field(ui, "prepare.session.place", ui.tr("prepare.session.place"), ui.tr("prepare.session.place.hint"),
                   form.place, half);
    if (!form.kiosk) {
        labelled_field(ui, "prepare.session.ambassador", ui.tr("prepare.session.ambassador"),
                       ui.tr("prepare.session.ambassador.hint"), form.ambassador, half);
        ImGui::SameLine(0, gap);
    }
    labelled_field(ui, "prepare.session.start", ui.tr("prepare.session.start"), ui.tr("prepare.session.start.hint"),
                   form.start, half);
    if (form.kiosk) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        form_label(ui, ui.tr("prepare.session.schools"));
        paragraph(ui.tr("prepare.session.schools.explain"), width, colour::muted);
        // One field a school, and always an empty one at the end for the next.
        if (form.schools.empty() || !trim(form.schools.back()).empty()) form.schools.emplace_back();
        for (std::size_t i = 0; i < form.schools.size(); ++i) {
            const std::string name = "prepare.session.school." + std::to_string(i);
            touch_text_field(ui, name.c_str(), ui.tr("prepare.session.school.hint"), form.schools[i], width);
        }
        return;
    }
    form_label(ui, ui.tr("prepare.session.participants"));
    participants_stepper(ui, form.participants);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    form_label(ui, ui.tr("prepare.session.method"));
    session_method_choice(ui, form, width);
}

void save_session(Store& store, AppState& state, Ui& ui) {
    PrepareState& prepare = state.prepare;
    SessionForm& form = prepare.session;
    try {
        const SessionPlan plan = plan_from(store, form);
        if (form.id.empty()) add_session(store, plan, ui.assets.templates);
        else edit_session(store, form.id, plan, ui.assets.templates);
    } catch (const std::exception& error) {
        state.error = ui.tr("prepare.session.not_saved", {{"reason", prepare_error_text(ui, error)}});
        return;
    }
    state.error.clear();
    prepare.notice = ui.tr("prepare.session.saved", {{"name", trim(form.name)}});
    form = SessionForm{};
}

}  // namespace

void open_new_session_form(const Store& store, PrepareState& prepare, bool kiosk) {
    SessionForm& form = prepare.session;
    form = SessionForm{};
    form.open = true;
    form.kiosk = kiosk;
    form.method = kiosk ? std::string(kiosk_method) : store.state().workshop().method;
    if (is_kiosk_method(form.method) && !kiosk) form.method.clear();
    prepare.merging.clear();
    prepare.removing.clear();
    prepare.notice.clear();
}

void open_session_form(const Store& store, PrepareState& prepare, const std::string& id) {
    const SessionSet* session = store.state().session(id);
    if (!session) return;
    open_new_session_form(store, prepare, is_kiosk_method(session->method));
    SessionForm& form = prepare.session;
    form.id = id;
    form.name = session->table_name;
    form.place = session->place;
    form.ambassador = session->ambassador;
    form.start = start_text_on(session->starts_at_ms, first_day(store));
    form.method = session->method;
    form.participants = session->participants;
    for (const SessionSchool& school : session->schools) form.schools.push_back(school_text(school));
}

void draw_session_form(Store& store, AppState& state, Ui& ui) {
    SessionForm& form = state.prepare.session;
    const bool adding = form.id.empty();
    const char* heading = form.kiosk ? (adding ? ui.tr("prepare.session.new_kiosk") : ui.tr("prepare.session.change_kiosk"))
                                     : (adding ? ui.tr("prepare.session.new_table") : ui.tr("prepare.session.change_table"));
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.px(1000));
    // The heading with Cancel and Save beside it, above the form: below it they would
    // go under the touch keyboard while a field is being typed in.
    const float button = ui.px(220), gap = ui.px(16);
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(heading);
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetCursorStartPos().x + width - 2 * button - gap);
    if (touch_button(ui, "prepare.session.cancel", ui.tr("prepare.session.cancel"), ImVec2(button, ui.px(56)),
                     ButtonLook::secondary)) {
        form = SessionForm{};
        state.error.clear();
        return;
    }
    ImGui::SameLine(0, gap);
    if (touch_button(ui, "prepare.session.save", ui.tr("prepare.session.save"), ImVec2(button, ui.px(56)))) {
        save_session(store, state, ui);
        if (!form.open) return;
    }
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    scrolling_column(ui, "prepare.session.form", ImVec2(width, 0), [&] { session_fields(ui, form, width - ui.px(8)); });
}

}  // namespace oogst::app
