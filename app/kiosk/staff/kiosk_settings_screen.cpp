#include "app/kiosk/staff/kiosk_settings_screen.hpp"

#include <algorithm>
#include <string>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/kiosk_screen.hpp"
#include "app/kiosk/staff/kiosk_settings_fields.hpp"
#include "app/kiosk/staff/kiosk_settings_schools.hpp"
#include "app/kiosk/staff/kiosk_staff.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/errors.hpp"
#include "core/kiosk/kiosk_pin.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/kiosk/planned_kiosk.hpp"

namespace oogst::app {
namespace {

// Steps of the − / + buttons: fine enough, few taps from one end to the other.
constexpr std::uint32_t idle_step = 15, countdown_step = 5, slide_step = 1;
constexpr std::uint32_t highest_monitor = 7;

std::string seconds(const Ui& ui, std::uint32_t value) {
    if (value >= 60 && value % 60 == 0) return ui.tr("kiosk_staff.settings.minutes", {{"count", std::to_string(value / 60)}});
    if (value >= 60)
        return ui.tr("kiosk_staff.settings.minutes_seconds",
                     {{"minutes", std::to_string(value / 60)}, {"seconds", std::to_string(value % 60)}});
    return ui.tr("kiosk_staff.settings.seconds", {{"count", std::to_string(value)}});
}

std::string monitor_text(const Ui& ui, std::uint32_t monitor) {
    if (monitor == 0) return ui.tr("kiosk_staff.settings.monitor.primary");
    return ui.tr("kiosk_staff.settings.monitor.number", {{"number", std::to_string(monitor + 1)}});
}

// What is wrong with the settings, in the teacher's language.
std::string problem_text(const Ui& ui, const KioskSettingsProblem& problem) {
    using Kind = KioskSettingsProblem::Kind;
    const auto range = [&](const char* key) {
        return ui.tr(key, {{"low", std::to_string(problem.low)}, {"high", std::to_string(problem.high)}});
    };
    switch (problem.kind) {
        case Kind::no_title: return ui.tr("kiosk_staff.settings_problem.no_title");
        case Kind::no_school: return ui.tr("kiosk_staff.settings_problem.no_school");
        case Kind::unnamed_school: return ui.tr("kiosk_staff.settings_problem.unnamed_school");
        case Kind::school_twice: return ui.tr("kiosk_staff.settings_problem.school_twice", {{"school", problem.name}});
        case Kind::school_without_classes:
            return ui.tr("kiosk_staff.settings_problem.school_without_classes", {{"school", problem.name}});
        case Kind::unnamed_class: return ui.tr("kiosk_staff.settings_problem.unnamed_class", {{"school", problem.name}});
        case Kind::class_twice:
            return ui.tr("kiosk_staff.settings_problem.class_twice", {{"school", problem.name}, {"class", problem.detail}});
        case Kind::idle_out_of_range: return range("kiosk_staff.settings_problem.idle");
        case Kind::countdown_out_of_range: return range("kiosk_staff.settings_problem.countdown");
        case Kind::slide_out_of_range: return range("kiosk_staff.settings_problem.slide");
    }
    return kiosk_settings_sentence(problem);
}

// Checks everything before anything is written, so a refusal saves nothing.
bool save_settings(Store& store, AppState& state, Ui& ui) {
    KioskSettingsEdit& edit = state.kiosk.staff.edit;
    KioskSettings settings = edit.settings;
    if (const auto problem = find_kiosk_settings_problem(settings)) {
        state.error = ui.tr("kiosk_staff.settings.not_saved", {{"reason", problem_text(ui, *problem)}});
        return false;
    }
    const bool new_pin = !edit.pin.empty() || !edit.pin_again.empty();
    if (edit.first_setup && !new_pin) {
        state.error = ui.tr("kiosk_staff.settings.pin_needed");
        return false;
    }
    if (new_pin && !valid_pin(edit.pin)) {
        state.error = ui.tr("kiosk_staff.settings.pin_invalid");
        return false;
    }
    if (new_pin && weak_pin(edit.pin)) {
        state.error = ui.tr("kiosk_staff.settings.pin_weak");
        return false;
    }
    if (new_pin && edit.pin != edit.pin_again) {
        state.error = ui.tr("kiosk_staff.settings.pin_differs");
        return false;
    }
    try {
        // The settings before the PIN: a PIN is only changed when the settings took, and
        // a first set-up without its PIN is still a first set-up.
        ensure_kiosk_session(store, settings);  // a new session saves the settings with it
        store.save_kiosk_settings(settings);
        if (new_pin) store.set_kiosk_pin(edit.pin);
    } catch (const std::exception& error) {
        state.error = error_text(ui, error);
        return false;
    }
    state.error.clear();
    // Started as set up: locked, on the children's loop, with a fresh child.
    KioskState& kiosk = state.kiosk;
    kiosk.settings = settings;
    kiosk.locked = true;
    put_kiosk_turn_away(store, kiosk, ui);  // a child's work in the middle: a draft
    close_kiosk_staff(kiosk.staff);
    return true;
}

void settings_section(Ui& ui, const char* heading) {
    ImGui::Dummy(ImVec2(0, ui.px(10)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(heading);
    ImGui::PopFont();
}

float column_width(Ui& ui) {
    return std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize, ui.px(900));
}

// What the children see: the title over the loop and the lists they pick from.
void exhibition_part(AppState& state, Ui& ui, KioskSettingsEdit& edit) {
    const float width = column_width(ui);
    settings_section(ui, ui.tr("kiosk_staff.settings.exhibition"));
    settings_label(ui, ui.tr("kiosk_staff.settings.title"));
    touch_text_field(ui, "settings.title", ui.tr("kiosk_staff.settings.title_hint"), edit.settings.title, width);
    keep_field_in_view(ui, edit, "settings.title");
    settings_section(ui, ui.tr("kiosk_staff.settings.schools"));
    draw_settings_schools(ui, state, edit, width);
    ImGui::Dummy(ImVec2(0, ui.px(24)));
}

// The staff's PIN, typed twice.
void pin_part(Ui& ui, KioskSettingsEdit& edit) {
    const float width = column_width(ui);
    settings_section(ui, ui.tr("kiosk_staff.settings.pin"));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(edit.first_setup ? ui.tr("kiosk_staff.settings.pin_first")
                                            : ui.tr("kiosk_staff.settings.pin_change"));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const float half = (width - ui.px(16)) * 0.5f;
    settings_pin_field(ui, "settings.pin", ui.tr("kiosk_staff.settings.pin_hint"), edit.pin, half);
    keep_field_in_view(ui, edit, "settings.pin");
    ImGui::SameLine(0, ui.px(16));
    settings_pin_field(ui, "settings.pin.again", ui.tr("kiosk_staff.settings.pin_again_hint"), edit.pin_again, half);
    keep_field_in_view(ui, edit, "settings.pin.again");
}

// How the kiosk behaves on this device, and the PIN: first at the first set-up, where
// it is required; last afterwards, where it is seldom changed.
void device_part(Ui& ui, KioskSettingsEdit& edit) {
    KioskSettings& settings = edit.settings;
    const float width = column_width(ui);
    if (edit.first_setup) pin_part(ui, edit);
    settings_section(ui, ui.tr("kiosk_staff.settings.times"));
    settings_label(ui, ui.tr("kiosk_staff.settings.idle"));
    settings_stepper(ui, "settings.idle", settings.idle_seconds, idle_step, KioskSettings::min_idle_seconds,
                     KioskSettings::max_idle_seconds, seconds(ui, settings.idle_seconds));
    settings_label(ui, ui.tr("kiosk_staff.settings.countdown"));
    settings_stepper(ui, "settings.countdown", settings.countdown_seconds, countdown_step,
                     KioskSettings::min_countdown_seconds, KioskSettings::max_countdown_seconds,
                     seconds(ui, settings.countdown_seconds));
    settings_label(ui, ui.tr("kiosk_staff.settings.slide"));
    settings_stepper(ui, "settings.slide", settings.slide_seconds, slide_step, KioskSettings::min_slide_seconds,
                     KioskSettings::max_slide_seconds, seconds(ui, settings.slide_seconds));

    settings_section(ui, ui.tr("kiosk_staff.settings.device"));
    settings_label(ui, ui.tr("kiosk_staff.settings.camera"));
    touch_text_field(ui, "settings.camera", ui.tr("kiosk_staff.settings.camera_hint"), settings.camera_folder, width);
    keep_field_in_view(ui, edit, "settings.camera");
    settings_label(ui, ui.tr("kiosk_staff.settings.monitor"));
    settings_stepper(ui, "settings.monitor", settings.monitor, 1, 0, highest_monitor, monitor_text(ui, settings.monitor));
    if (!edit.first_setup) pin_part(ui, edit);
    ImGui::Dummy(ImVec2(0, ui.px(24)));
}

// A scrolling column of the form, dragged with a finger.
template <class Draw>
void form_column(Ui& ui, const char* name, ImVec2 size, Draw&& draw) {
    ImGui::BeginChild(name, size, false, ImGuiWindowFlags_NoScrollWithMouse);
    draw();
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace

void load_kiosk_settings_edit(Store& store, AppState& state) {
    KioskSettingsEdit& edit = state.kiosk.staff.edit;
    edit = KioskSettingsEdit{};
    edit.loaded = true;
    edit.first_setup = !state.kiosk.settings || !store.has_kiosk_pin();
    if (state.kiosk.settings) edit.settings = *state.kiosk.settings;
    // A kiosk set up for the first time starts from what the facilitator planned for it.
    else if (const auto planned = planned_kiosk_settings(store.state())) edit.settings = *planned;
    edit.new_class.resize(edit.settings.schools.size());
}

void draw_kiosk_settings(Store& store, AppState& state, Ui& ui) {
    KioskSettingsEdit& edit = state.kiosk.staff.edit;
    if (!edit.loaded) load_kiosk_settings_edit(store, state);
    // Not set up yet, there is no menu to go back to: back is the start screen.
    const bool back = edit.first_setup
                          ? screen_header(ui, "settings.back", ui.tr("back.start"), ui.tr("kiosk_staff.settings.setup"),
                                          ui.tr("kiosk_staff.settings.setup.detail"))
                          : screen_header(ui, "settings.back", ui.tr("common.back"),
                                          ui.tr("kiosk_staff.settings.heading"), ui.tr("kiosk_staff.settings.detail"));
    if (back) {
        if (edit.first_setup) {
            state.error.clear();
            leave_kiosk(store, state, ui);
        } else {
            state.kiosk.staff.edit = KioskSettingsEdit{};
            state.kiosk.staff.screen = KioskStaffScreen::menu;
        }
        return;
    }
    // The form scrolls; "Bewaren" stays in view under it. A wide screen shows it in
    // two columns, so little needs scrolling.
    const float footer = ui.touch_size() + ui.px(16);
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail >= ui.px(1000)) {
        const float gap = ui.px(32);
        form_column(ui, "settings.form", ImVec2((avail - gap) * 0.5f, -footer), [&] { exhibition_part(state, ui, edit); });
        ImGui::SameLine(0, gap);
        form_column(ui, "settings.form.device", ImVec2(0, -footer), [&] { device_part(ui, edit); });
    } else {
        form_column(ui, "settings.form", ImVec2(0, -footer), [&] {
            exhibition_part(state, ui, edit);
            device_part(ui, edit);
        });
    }
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    const char* label = edit.first_setup ? ui.tr("kiosk_staff.settings.start") : ui.tr("kiosk_staff.settings.save");
    const float width = std::max(button_width(ui, label), ui.px(320));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width);
    if (touch_button(ui, "settings.save", label, ImVec2(width, 0), ButtonLook::primary)) save_settings(store, state, ui);
}

}  // namespace oogst::app
