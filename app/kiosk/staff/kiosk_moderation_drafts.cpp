#include "app/kiosk/staff/kiosk_moderation_drafts.hpp"

#include <algorithm>

#include "app/kiosk/child/kiosk_work_view.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

const char* draft_problem_key(KioskWorkProblem problem) {
    switch (problem) {
        case KioskWorkProblem::empty_drawing: return "kiosk_staff.problem.empty_drawing";
        case KioskWorkProblem::empty_poem: return "kiosk_staff.problem.empty_poem";
        case KioskWorkProblem::poem_too_long: return "kiosk_staff.problem.poem_too_long";
        case KioskWorkProblem::no_photo: return "kiosk_staff.problem.no_photo";
        case KioskWorkProblem::no_school: return "kiosk_staff.problem.no_school";
        case KioskWorkProblem::no_class: return "kiosk_staff.problem.no_class";
        case KioskWorkProblem::first_name_too_long: return "kiosk_staff.problem.first_name_too_long";
    }
    return "kiosk_staff.problem.no_school";
}

}  // namespace

DraftAction draft_cards(Ui& ui, const ModerationGrid& grid, const std::vector<KioskWork>& drafts,
                        const std::optional<KioskSettings>& settings, std::string& confirm_delete) {
    DraftAction action;
    if (drafts.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::TextWrapped("%s", ui.tr("kiosk_staff.empty.drafts"));
        ImGui::PopStyleColor();
    }
    // Newest first, like the waiting works: the child who just walked away is on top.
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const KioskWork& work = drafts[drafts.size() - 1 - i];
        if (i % grid.columns != 0) ImGui::SameLine(0, grid.gap);
        const std::optional<KioskWorkProblem> problem =
            settings ? check_kiosk_work(work, *settings) : std::optional(KioskWorkProblem::no_school);
        const std::string label = kiosk_author_label(work);
        const CardLayout card = begin_moderation_card(ui, grid, 2);
        draw_kiosk_draft(ui, work, card.picture.Min, card.picture.Max, WorkLabel::none);
        card_lines(ui, card, label.empty() ? ui.tr("kiosk_staff.no_name") : label.c_str(),
                   problem ? ui.tr(draft_problem_key(*problem)) : ui.tr("kiosk_staff.draft.complete"),
                   problem ? colour::error_text : colour::primary);

        const float half = (card.inner_width - grid.gap) * 0.5f;
        ImGui::SetCursorScreenPos(card.buttons);
        if (confirm_delete == work.id) {
            // The second tap: nothing else holds this work.
            const std::string yes = "moderation.draft.confirm." + work.id, keep = "moderation.draft.keep." + work.id;
            if (touch_button(ui, yes.c_str(), ui.tr("kiosk_staff.draft.confirm"), ImVec2(half, 0), ButtonLook::primary))
                action = {DraftAction::Kind::remove, work.id};
            ImGui::SameLine(0, grid.gap);
            if (touch_button(ui, keep.c_str(), ui.tr("kiosk_staff.draft.keep"), ImVec2(half, 0), ButtonLook::secondary))
                confirm_delete.clear();
        } else {
            const std::string send = "moderation.draft.send." + work.id, remove = "moderation.draft.delete." + work.id;
            ImGui::BeginDisabled(problem.has_value());
            if (touch_button(ui, send.c_str(), ui.tr("kiosk_staff.draft.send"), ImVec2(half, 0), ButtonLook::primary))
                action = {DraftAction::Kind::send, work.id};
            ImGui::EndDisabled();
            ImGui::SameLine(0, grid.gap);
            if (touch_button(ui, remove.c_str(), ui.tr("kiosk_staff.draft.delete"), ImVec2(half, 0),
                             ButtonLook::secondary))
                confirm_delete = work.id;
        }
        // Under them: the first name, school and class, which a teacher adds when the
        // child left without them (other problems, an empty drawing, are not mended here).
        ImGui::SetCursorScreenPos(card.buttons2);
        const bool completable =
            problem && (*problem == KioskWorkProblem::no_school || *problem == KioskWorkProblem::no_class);
        const std::string complete = "moderation.draft.complete." + work.id;
        if (touch_button(ui, complete.c_str(), ui.tr(completable ? "kiosk_staff.draft.complete_it" : "kiosk_staff.draft.edit"),
                         ImVec2(card.inner_width, 0), completable ? ButtonLook::primary : ButtonLook::secondary))
            action = {DraftAction::Kind::complete, work.id};
        end_moderation_card(card);
    }
    return action;
}

void apply_draft_action(Store& store, KioskState& kiosk, const DraftAction& action) {
    if (action.kind == DraftAction::Kind::none || action.kind == DraftAction::Kind::complete) return;
    if (action.kind == DraftAction::Kind::remove) {
        store.discard_kiosk_draft(action.id);
        kiosk.staff.confirm_delete.clear();
        return;
    }
    const std::vector<KioskWork> drafts = store.kiosk_drafts();
    const auto draft = std::find_if(drafts.begin(), drafts.end(), [&](const KioskWork& w) { return w.id == action.id; });
    if (draft == drafts.end() || !kiosk.settings) return;
    // One transaction that also removes the draft; it then waits like any sent-in work.
    submit_kiosk_work(store, *kiosk.settings, *draft);
}

}  // namespace oogst::app
