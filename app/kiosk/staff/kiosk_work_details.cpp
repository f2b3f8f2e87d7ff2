#include "app/kiosk/staff/kiosk_work_details.hpp"

#include <algorithm>
#include <vector>

#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/kiosk/kiosk_moderation.hpp"

namespace oogst::app {
namespace {

void details_heading(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void details_label(Ui& ui, const char* text) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextWrapped("%s", text);
    ImGui::PopFont();
}

// A question with Ja / Nee on its right, the current answer filled; nothing filled while
// undecided. Returns the answer tapped, if any.
std::optional<bool> yes_no(Ui& ui, const std::string& name, const char* question, const LastWriterWins<bool>& now) {
    std::optional<bool> tapped;
    const float width = ui.px(110), gap = ui.px(12);
    const float row = ImGui::GetContentRegionAvail().x;
    const float text_width = row - 2 * width - 2 * gap;
    const ImVec2 top = ImGui::GetCursorPos();
    ImGui::PushFont(ui.fonts.bold);
    const float text_height = ImGui::CalcTextSize(question, nullptr, false, text_width).y;
    // The question centred on the buttons' height (or the buttons on a long question's).
    ImGui::SetCursorPosY(top.y + std::max(0.0f, (ui.touch_size() - text_height) * 0.5f));
    ImGui::PushTextWrapPos(top.x + text_width);
    ImGui::TextUnformatted(question);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(top.x + row - 2 * width - gap, top.y + std::max(0.0f, (text_height - ui.touch_size()) * 0.5f)));
    const auto look = [&](bool answer) {
        return now.written() && now.value() == answer ? ButtonLook::primary : ButtonLook::secondary;
    };
    if (touch_button(ui, (name + ".yes").c_str(), ui.tr("kiosk_staff.details.yes"), ImVec2(width, 0), look(true)))
        tapped = true;
    ImGui::SameLine(0, gap);
    if (touch_button(ui, (name + ".no").c_str(), ui.tr("kiosk_staff.details.no"), ImVec2(width, 0), look(false)))
        tapped = false;
    ImGui::SetCursorPos(ImVec2(top.x, top.y + std::max(text_height, ui.touch_size()) + ui.px(10)));
    ImGui::Dummy(ImVec2(0, 0));
    return tapped;
}

// A row of choices (schools, classes), the chosen one filled; wraps to the width.
const std::string* work_choice_row(Ui& ui, const char* prefix, const std::vector<std::string>& options,
                                   const std::string& chosen, float width) {
    const std::string* tapped = nullptr;
    float used = 0;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const float w = button_width(ui, options[i].c_str());
        if (i > 0) {
            if (used + ui.px(12) + w <= width)
                ImGui::SameLine(0, ui.px(12));
            else
                used = 0;
        }
        used += (used > 0 ? ui.px(12) : 0) + w;
        const std::string name = prefix + std::to_string(i);
        if (touch_button(ui, name.c_str(), options[i].c_str(), ImVec2(0, 0),
                         options[i] == chosen ? ButtonLook::primary : ButtonLook::secondary))
            tapped = &options[i];
    }
    return tapped;
}

void close(KioskStaff& staff) {
    staff.details.clear();
    staff.details_is_draft = false;
    staff.details_name.clear();
}

// A sent-in work: its first name, and each of its three consents on its own.
void work_details(Store& store, AppState& state, Ui& ui, const CaptureRecord& work) {
    KioskStaff& staff = state.kiosk.staff;
    const float width = ImGui::GetContentRegionAvail().x;
    details_heading(ui, ui.tr("kiosk_staff.details.heading"));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextWrapped("%s", kiosk_work_label(work, FirstName::always).c_str());
    ImGui::PopStyleColor();

    details_label(ui, ui.tr("kiosk_staff.details.first_name"));
    const char* save = ui.tr("kiosk_staff.details.save_name");
    const float save_width = button_width(ui, save);
    const bool entered = touch_text_field(ui, "details.name", ui.tr("kiosk_staff.no_name"), staff.details_name,
                                          width - save_width - ui.px(12));
    ImGui::SameLine(0, ui.px(12));
    const bool saved = touch_button(ui, "details.name.save", save, ImVec2(save_width, 0)) || entered;

    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const auto exhibit = yes_no(ui, "details.exhibit", ui.tr("kiosk_staff.details.exhibit"), work.consent.exhibit);
    const auto name = yes_no(ui, "details.named", ui.tr("kiosk_staff.details.named"), work.consent.name);
    const auto publish = yes_no(ui, "details.publish", ui.tr("kiosk_staff.details.publish"), work.consent.publish);
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    const bool done = touch_button(ui, "details.close", ui.tr("common.close"), ImVec2(0, 0), ButtonLook::secondary);

    // Decided after drawing: each changes the state the record points into.
    const std::string id = staff.details;
    try {
        if (saved) correct_first_name(store, id, staff.details_name);
        if (exhibit) give_consent(store, id, ConsentAspect::exhibit, *exhibit);
        if (name) give_consent(store, id, ConsentAspect::name, *name);
        if (publish) give_consent(store, id, ConsentAspect::publish, *publish);
    } catch (const std::exception& error) {
        state.error = error_text(ui, error);
    }
    if (done) close(staff);
}

// A draft a child left without everything a work needs: the teacher adds the school
// and class (and a first name), then sends it in.
void draft_details(Store& store, AppState& state, Ui& ui) {
    KioskStaff& staff = state.kiosk.staff;
    if (!state.kiosk.settings) return close(staff);
    const KioskSettings& settings = *state.kiosk.settings;
    KioskWork& work = staff.completing;
    const float width = ImGui::GetContentRegionAvail().x;
    details_heading(ui, ui.tr("kiosk_staff.details.complete"));

    details_label(ui, ui.tr("kiosk_staff.details.first_name"));
    touch_text_field(ui, "details.name", ui.tr("kiosk_staff.no_name"), work.first_name, width);
    details_label(ui, ui.tr("kiosk.about.school"));
    std::vector<std::string> schools;
    for (const KioskSchool& school : settings.schools) schools.push_back(school.name);
    if (const std::string* tapped = work_choice_row(ui, "details.school.", schools, work.school, width)) {
        if (*tapped != work.school) work.class_name.clear();  // another school's classes
        work.school = *tapped;
    }
    if (const KioskSchool* school = settings.school(work.school)) {
        details_label(ui, ui.tr("kiosk.about.class"));
        if (const std::string* tapped = work_choice_row(ui, "details.class.", school->classes, work.class_name, width))
            work.class_name = *tapped;
    }
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    const bool complete = !check_kiosk_work(work, settings).has_value();
    ImGui::BeginDisabled(!complete);
    const bool send = touch_button(ui, "details.send", ui.tr("kiosk_staff.details.send"));
    ImGui::EndDisabled();
    ImGui::SameLine(0, ui.px(12));
    const bool done = touch_button(ui, "details.close", ui.tr("common.close"), ImVec2(0, 0), ButtonLook::secondary);
    if (send) {
        try {
            // One transaction that also removes the draft: it then waits like any work.
            submit_kiosk_work(store, settings, work);
            close(staff);
        } catch (const std::exception& error) {
            state.error = error_text(ui, error);
        }
    }
    if (done) close(staff);
}

}  // namespace

void open_work_details(KioskStaff& staff, const Store& store, const std::string& capture_id) {
    staff.details = capture_id;
    staff.details_is_draft = false;
    const CaptureRecord* work = store.state().capture(capture_id);
    staff.details_name = work ? field_value(*work, kiosk_field::first_name) : "";
}

void open_draft_details(KioskStaff& staff, const KioskWork& draft) {
    staff.details = draft.id;
    staff.details_is_draft = true;
    staff.completing = draft;
}

void draw_work_details(Store& store, AppState& state, Ui& ui) {
    KioskStaff& staff = state.kiosk.staff;
    if (staff.details.empty()) return;
    const CaptureRecord* work = staff.details_is_draft ? nullptr : store.state().capture(staff.details);
    if (!staff.details_is_draft && !work) return close(staff);  // gone meanwhile (merged from elsewhere)
    const bool inside = begin_overlay(ui, "details", ImVec2(ui.px(760), ui.px(staff.details_is_draft ? 560 : 600)));
    if (staff.details_is_draft)
        draft_details(store, state, ui);
    else
        work_details(store, state, ui, *work);
    drag_to_scroll(ui);
    end_overlay();
    if (!inside) close(staff);
}

}  // namespace oogst::app
