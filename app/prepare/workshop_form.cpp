#include "app/prepare/workshop_form.hpp"

#include <algorithm>
#include <exception>
#include <string>

#include "app/harvest/harvest_widgets.hpp"
#include "app/prepare/method_preview.hpp"
#include "app/prepare/prepare_widgets.hpp"
#include "app/prepare/prepare_words.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/model/plain_text.hpp"
#include "core/opendata/survey/survey_fields.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/prepare/workshop_setup.hpp"

namespace oogst::app {
namespace {

void load(const Store& store, const AppState& state, WorkshopForm& form) {
    form = WorkshopForm{};
    form.loaded = true;
    if (store.state().has_workshop()) {
        const WorkshopSet& workshop = store.state().workshop();
        form.name = workshop.name;
        form.place = workshop.place;
        form.dates = joined(workshop.dates);
        form.languages = workshop.languages;
        form.method = workshop.method;
    } else {
        // A new workshop speaks the language the app was opened in, and is a dream
        // session unless the facilitator picks another method.
        form.languages = {std::string(language_code(state.language))};
        form.method = "droomsessie";
    }
}

// One button a language, by its code: the row fits beside nothing else in a column.
void language_toggles(Ui& ui, WorkshopForm& form) {
    const float gap = ui.px(8);
    for (Language language : all_languages) {
        const std::string code(language_code(language));
        if (language != all_languages.front()) ImGui::SameLine(0, gap);
        auto chosen = std::find(form.languages.begin(), form.languages.end(), code);
        const std::string name = "prepare.workshop.language." + code;
        std::string label = code;
        for (char& c : label) c = static_cast<char>(c - 'a' + 'A');
        const ButtonLook look = chosen != form.languages.end() ? ButtonLook::primary : ButtonLook::secondary;
        if (touch_button(ui, name.c_str(), label.c_str(), ImVec2(ui.px(80), ui.px(56)), look)) {
            if (chosen != form.languages.end()) form.languages.erase(chosen);
            else form.languages.push_back(code);
        }
    }
}

// Every template as a button; the chosen one is green and shown beside the list.
void workshop_method_choice(Ui& ui, WorkshopForm& form, float width) {
    form_label(ui, ui.tr("prepare.workshop.method"));
    for (const MethodTemplate& method : ui.assets.templates.templates()) {
        if (method.id == survey_method) continue;  // an online survey is read in, never run (app/opendata)
        const std::string name = "prepare.workshop.method." + method.id;
        if (choice_button(ui, name.c_str(), ui.in_language(method.name), width, method.id == form.method))
            form.method = method.id;
    }
}

void workshop_fields(Ui& ui, WorkshopForm& form, float width) {
    labelled_field(ui, "prepare.workshop.name", ui.tr("prepare.workshop.name"), ui.tr("prepare.workshop.name.hint"),
                   form.name, width);
    labelled_field(ui, "prepare.workshop.place", ui.tr("prepare.workshop.place"), ui.tr("prepare.workshop.place.hint"),
                   form.place, width);
    labelled_field(ui, "prepare.workshop.dates", ui.tr("prepare.workshop.dates"), ui.tr("prepare.workshop.dates.hint"),
                   form.dates, width);
    form_label(ui, ui.tr("prepare.workshop.languages"));
    language_toggles(ui, form);
}

void preview(Ui& ui, const WorkshopForm& form, float width) {
    paragraph(ui.tr("prepare.workshop.method.explain"), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (const MethodTemplate* method = ui.assets.templates.find(form.method)) draw_method_preview(ui, *method, width);
}

void save_workshop(Store& store, AppState& state, Ui& ui) {
    WorkshopForm& form = state.prepare.workshop;
    const bool creating = !store.state().has_workshop();
    try {
        WorkshopPlan plan{form.name, form.method, form.place, {}, form.languages};
        checked_workshop_plan(plan, ui.assets.templates);  // the name first, as the form shows it
        plan.dates = parse_days(form.dates);
        if (creating) create_workshop(store, plan, ui.assets.templates);
        else edit_workshop(store, plan, ui.assets.templates);
    } catch (const std::exception& error) {
        state.error = ui.tr("prepare.workshop.not_saved", {{"reason", prepare_error_text(ui, error)}});
        return;
    }
    state.error.clear();
    form.loaded = false;  // shows what was stored, trimmed and sorted
    state.prepare.notice = creating ? ui.tr("prepare.workshop.created", {{"name", store.state().workshop().name}})
                                    : ui.tr("prepare.workshop.saved");
    // A new workshop's next step is its sessions.
    if (creating) state.prepare.tab = PrepareTab::sessions;
}

// "Create the workshop" (or "Save") under the fields, with what the last save did.
void workshop_save_button(Store& store, AppState& state, Ui& ui, float width) {
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    const bool creating = !store.state().has_workshop();
    const char* text = creating ? ui.tr("prepare.workshop.create") : ui.tr("prepare.workshop.save");
    if (touch_button(ui, "prepare.workshop.save", text, ImVec2(width, ui.px(64)))) save_workshop(store, state, ui);
    if (!state.prepare.notice.empty()) paragraph(state.prepare.notice, width, colour::primary);
}

}  // namespace

void draw_workshop_form(Store& store, AppState& state, Ui& ui) {
    WorkshopForm& form = state.prepare.workshop;
    if (!form.loaded) load(store, state, form);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetContentRegionAvail().y;
    const float gap = ui.px(24);
    // Wide: the fields, the methods and the chosen method's boards side by side, so a
    // tap on a method shows its boards at once; narrow: one after the other.
    if (avail >= ui.px(1000)) {
        const float left = avail * 0.3f, middle = avail * 0.27f;
        scrolling_column(ui, "prepare.workshop.form", ImVec2(left, height), [&] {
            workshop_fields(ui, form, left - ui.px(8));
            workshop_save_button(store, state, ui, left - ui.px(8));
        });
        ImGui::SameLine(0, gap);
        scrolling_column(ui, "prepare.workshop.methods", ImVec2(middle, height),
                         [&] { workshop_method_choice(ui, form, middle - ui.px(8)); });
        ImGui::SameLine(0, gap);
        scrolling_column(ui, "prepare.workshop.preview", ImVec2(0, height),
                         [&] { preview(ui, form, ImGui::GetContentRegionAvail().x); });
    } else {
        scrolling_column(ui, "prepare.workshop.form", ImVec2(avail, height), [&] {
            workshop_fields(ui, form, avail - ui.px(8));
            workshop_save_button(store, state, ui, avail - ui.px(8));
            workshop_method_choice(ui, form, avail - ui.px(8));
            ImGui::Dummy(ImVec2(0, ui.px(12)));
            preview(ui, form, avail - ui.px(8));
        });
    }
}

}  // namespace oogst::app
