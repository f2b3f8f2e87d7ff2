#include "app/kiosk/child/kiosk_about.hpp"

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/child/kiosk_child_widgets.hpp"
#include "app/kiosk/child/kiosk_flow.hpp"
#include "app/kiosk/child/kiosk_make.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

// A small picture and a word that say what the row below is for.
void row_heading(const Ui& ui, KioskIcon icon, const char* text) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float side = ui.px(40);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw_kiosk_icon(draw, icon, ImVec2(at.x + side * 0.5f, at.y + side * 0.5f), side, colour::kiosk);
    ImFont* font = ui.fonts.heading;
    draw->AddText(font, font->FontSize, ImVec2(at.x + side + ui.px(14), at.y + (side - font->FontSize) * 0.5f),
                  colour::text, text);
    ImGui::Dummy(ImVec2(side, side + ui.px(6)));
}

// Big buttons for names, as many in a row as fit; returns the one tapped, if any.
const std::string* choices(Ui& ui, const char* prefix, const std::vector<std::string>& names, const std::string& chosen,
                           float width) {
    const std::string* tapped = nullptr;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    float x = 0;
    for (const std::string& name : names) {
        ImFont* font = ui.fonts.heading;
        const float w = std::max(ui.px(140), font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, name.c_str()).x +
                                                 ui.px(name == chosen ? 110 : 60));
        if (x > 0 && x + gap + w <= width) ImGui::SameLine();
        else x = 0;
        x += (x > 0 ? gap : 0) + w;
        if (kiosk_choice(ui, (prefix + name).c_str(), name.c_str(), ImVec2(std::min(w, width), ui.px(84)), name == chosen))
            tapped = &name;
    }
    return tapped;
}

bool asked_here(KioskWorkProblem problem) {
    return problem == KioskWorkProblem::no_school || problem == KioskWorkProblem::no_class ||
           problem == KioskWorkProblem::first_name_too_long;
}

}  // namespace

void draw_kiosk_about(Store&, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    KioskWork& work = child.work;
    const KioskSettings& settings = *kiosk.settings;
    const KioskArea area = begin_kiosk_step(ui);

    // Scrolls when the keyboard is up and the rows do not all fit.
    const float width = std::min(area.size().x, ui.px(1040));
    ImGui::SetCursorScreenPos(ImVec2((area.min.x + area.max.x - width) * 0.5f, area.min.y));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(20), ui.px(18)));
    ImGui::BeginChild("kiosk.about", ImVec2(width, area.size().y), false, ImGuiWindowFlags_NoScrollbar);
    const float inner = width - ui.px(8);  // room for the buttons' shadow

    row_heading(ui, KioskIcon::person, ui.tr("kiosk.about.name"));
    // Enter, or a tap on a school or class, puts the keyboard away: it would hide the
    // rows below, and the name is done.
    if (touch_text_field(ui, "kiosk.name", ui.tr("kiosk.about.name.hint"), work.first_name, std::min(inner, ui.px(620)),
                         ui.fonts.heading))
        ui.text_entry.unfocus();
    ImGui::Dummy(ImVec2(0, ui.px(4)));

    row_heading(ui, KioskIcon::school, ui.tr("kiosk.about.school"));
    std::vector<std::string> schools;
    for (const KioskSchool& school : settings.schools) schools.push_back(school.name);
    if (const std::string* tapped = choices(ui, "kiosk.school.", schools, work.school, inner)) {
        ui.text_entry.unfocus();
        if (*tapped != work.school) {
            work.school = *tapped;
            work.class_name.clear();  // the classes are another school's now
            const KioskSchool* school = settings.school(work.school);
            if (school && school->classes.size() == 1) work.class_name = school->classes.front();
        }
    }
    if (const KioskSchool* school = settings.school(work.school)) {
        ImGui::Dummy(ImVec2(0, ui.px(4)));
        row_heading(ui, KioskIcon::group, ui.tr("kiosk.about.class"));
        if (const std::string* tapped = choices(ui, "kiosk.class.", school->classes, work.class_name, inner)) {
            ui.text_entry.unfocus();
            work.class_name = *tapped;
        }
    }
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar();

    const auto problem = check_kiosk_work(work, settings);
    const bool ready = !problem || !asked_here(*problem);
    switch (kiosk_nav_row(ui, KioskStep::about, {.next_ready = ready}, child.message)) {
        case KioskNav::none: break;
        case KioskNav::back:
            go_to_kiosk_step(child, KioskStep::make);
            child.focus_poem = work.kind == CaptureKind::text;
            break;
        case KioskNav::next:
            if (ready) {
                ui.text_entry.unfocus();
                go_to_kiosk_step(child, KioskStep::preview);
            } else {
                child.message = kiosk_problem_text(ui, *problem);
                child.message_is_hint = true;
            }
            break;
    }
    if (ready && child.message_is_hint) child.message.clear(), child.message_is_hint = false;
}

}  // namespace oogst::app
