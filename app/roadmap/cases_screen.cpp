#include "app/roadmap/cases_screen.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/roadmap/roadmap_tabs.hpp"
#include "app/roadmap/roadmap_words.hpp"
#include "app/roadmap/panel_text.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/roadmap/lab_cases.hpp"

namespace oogst::app {
namespace {

CaseForm case_form_of(const InnovationCaseSet& item) {
    return {item.id, item.title, item.impact, item.target_group, item.first_step, item.owner};
}

// What a case's card says under its title: its support, its table, its owner, its impact.
std::string case_detail(const Ui& ui, const WorkshopState& state, const RankedCase& ranked) {
    std::string line;
    if (ranked.support.votes)
        line = "★ " + score_text(ui, ranked.support.average) + " · " +
               ui.tr("wall.votes", {{"count", std::to_string(ranked.support.votes)}});
    if (const SessionSet* table = state.session(state.session_root(ranked.item->from_session)))
        line += (line.empty() ? "" : " · ") + table->table_name;
    if (!ranked.item->owner.empty()) line += (line.empty() ? "" : " · ") + ranked.item->owner;
    if (!ranked.item->impact.empty()) line += "\n" + ranked.item->impact;
    return line.empty() ? std::string(ui.tr("cases.no_support")) : line;
}

void draw_case_list(Store& store, AppState& state, Ui& ui, float width) {
    CasesState& cases = state.roadmap.cases;
    const WorkshopState& workshop = store.state();
    ImGui::BeginChild("cases.list", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float inner = ImGui::GetContentRegionAvail().x - ui.px(4);
    const auto waiting = lab_tables_without_case(workshop);
    if (!waiting.empty()) {
        const std::string said = ui.tr(waiting.size() == 1 ? "cases.tables_waiting.one" : "cases.tables_waiting",
                                       {{"count", std::to_string(waiting.size())}});
        const float make_width = button_width(ui, ui.tr("cases.make_from_tables"));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner - make_width - ui.px(12));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(said.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine(inner - make_width);
        if (touch_button(ui, "cases.make_from_tables", ui.tr("cases.make_from_tables"), ImVec2(make_width, 0)))
            wall_change(state, ui, [&] {
                RoadmapActions roadmap(store, state.roadmap.undo);
                for (const SessionSet* table : waiting)
                    case_from_lab_table(roadmap, store.state(), ui.assets.templates, table->id);
            });
        ImGui::Dummy(ImVec2(0, ui.px(6)));
    }
    const auto ranked = ranked_cases(workshop);
    if (ranked.empty()) muted_text(ui.tr("cases.none"));
    const float toggle_width = std::max(button_width(ui, ui.tr("cases.on_shortlist"), 14),
                                        button_width(ui, ui.tr("cases.to_shortlist"), 14));
    std::size_t place = 0;
    for (const RankedCase& item : ranked) {
        ++place;
        const std::string title = std::to_string(place) + ". " + item.item->title;
        const std::string detail = case_detail(ui, workshop, item);
        const float card_width = inner - toggle_width - ui.px(12);
        const std::string name = "cases.case." + item.item->id;
        const bool open = cases.open_case == item.item->id;
        ImGui::Dummy(ImVec2(0, ui.px(4)));
        const ImVec2 top = ImGui::GetCursorPos();
        if (touch_card(ui, name.c_str(), title.c_str(), detail.c_str(),
                       ImVec2(card_width, touch_card_height(ui, title.c_str(), detail.c_str(), card_width)),
                       open ? colour::secondary_pressed : colour::surface, colour::text)) {
            cases.open_case = item.item->id;
            cases.adding = false;
            cases.form = case_form_of(*item.item);
        }
        const ImVec2 after = ImGui::GetCursorPos();
        ImGui::SetCursorPos(ImVec2(top.x + card_width + ui.px(12), top.y));
        // On the shortlist or not: one tap each way; the long list stays as it is.
        if (touch_button(ui, ("cases.shortlist." + item.item->id).c_str(),
                         item.shortlisted ? ui.tr("cases.on_shortlist") : ui.tr("cases.to_shortlist"),
                         ImVec2(toggle_width, 0), item.shortlisted ? ButtonLook::primary : ButtonLook::secondary))
            wall_change(state, ui, [&] {
                RoadmapActions(store, state.roadmap.undo).shortlist(item.item->id, !item.shortlisted);
            });
        ImGui::SetCursorPos(after);
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
}

void draw_case_panel(Store& store, AppState& state, Ui& ui, float width) {
    CasesState& cases = state.roadmap.cases;
    const InnovationCaseSet* item = store.state().roadmap().innovation_case(cases.open_case);
    ImGui::BeginChild("case.panel", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    const ImRect panel(ImGui::GetWindowPos(),
                       ImVec2(ImGui::GetWindowPos().x + width, ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    ui.touch.record_area("case.panel", panel, panel);
    ImGui::GetWindowDrawList()->AddRectFilled(panel.Min, panel.Max, colour::surface, ui.px(14));
    ImGui::Indent(ui.px(14));
    const float inner = width - ui.px(30);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", item ? ui.tr("case.heading") : ui.tr("cases.new_case"));
    ImGui::PopFont();
    CaseForm& form = cases.form;
    field_label(ui, ui.tr("case.title"));
    touch_text_field(ui, "case.title", ui.tr("case.title_hint"), form.title, inner);
    field_label(ui, ui.tr("case.impact"));
    touch_text_area(ui, "case.impact", ui.tr("case.impact_hint"), form.impact, ImVec2(inner, ui.px(80)));
    field_label(ui, ui.tr("case.target_group"));
    touch_text_field(ui, "case.target_group", ui.tr("case.target_group_hint"), form.target_group, inner);
    field_label(ui, ui.tr("case.first_step"));
    touch_text_field(ui, "case.first_step", ui.tr("case.first_step_hint"), form.first_step, inner);
    field_label(ui, ui.tr("case.owner"));
    touch_text_field(ui, "case.owner", ui.tr("case.owner_hint"), form.owner, inner);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float half = (inner - ui.px(12)) / 2;
    if (touch_button(ui, "case.save", ui.tr("initiative.save"), ImVec2(item ? half : inner, 0)))
        wall_change(state, ui, [&] {
            RoadmapActions roadmap(store, state.roadmap.undo);
            const CaseWords words{form.title, form.impact, form.target_group, form.first_step, form.owner};
            if (item) {
                roadmap.edit_case(item->id, words);
            } else {
                cases.open_case = roadmap.create_case(words);
                cases.adding = false;
                form.of = cases.open_case;
            }
            ui.text_entry.unfocus();
        });
    if (item) {
        ImGui::SameLine(0, ui.px(12));
        if (touch_button(ui, "case.remove", ui.tr("initiative.remove"), ImVec2(half, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] {
                RoadmapActions(store, state.roadmap.undo).remove(item->id);
                cases.open_case.clear();
            });
        if (touch_button(ui, "case.canvas", ui.tr("canvas.open"), ImVec2(inner, 0), ButtonLook::secondary)) {
            state.roadmap.canvas.item_id = item->id;
            state.roadmap.canvas.from_debate = false;
            state.screen = Screen::canvas;
        }
        field_label(ui, ui.tr("initiative.evidence"));
        muted_text(evidence_words(ui, count_evidence(store.state(), store.state().roadmap().evidence(item->id))));
    }
    if (touch_button(ui, "case.close", ui.tr("initiative.close"), ImVec2(inner, 0), ButtonLook::secondary)) {
        cases.open_case.clear();
        cases.adding = false;
        ui.text_entry.unfocus();
    }
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    ImGui::Unindent(ui.px(14));
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace

void draw_cases_screen(Store& store, AppState& state, Ui& ui) {
    CasesState& cases = state.roadmap.cases;
    const WorkshopState& workshop = store.state();
    if (!cases.open_case.empty() && !workshop.roadmap().innovation_case(cases.open_case)) cases.open_case.clear();
    const auto ranked = ranked_cases(workshop);
    const auto listed = static_cast<std::size_t>(
        std::count_if(ranked.begin(), ranked.end(), [](const RankedCase& item) { return item.shortlisted; }));
    std::string detail = ui.tr("cases.counts", {{"cases", std::to_string(ranked.size())},
                                                {"shortlisted", std::to_string(listed)}});
    // The lab aims for 5 to 10: said while the shortlist is outside that.
    if (!ranked.empty() && (listed < shortlist_fewest || listed > shortlist_most))
        detail += " · " + ui.tr("cases.aim", {{"fewest", std::to_string(shortlist_fewest)},
                                              {"most", std::to_string(shortlist_most)}});
    UndoHistory& undo = state.roadmap.undo;
    const std::string undo_label = undo.empty() ? "" : ui.tr(undo.last().what);
    const float undo_width = undo.empty() ? 0 : button_width(ui, undo_label.c_str());
    const float new_width = button_width(ui, ui.tr("cases.new_case"));
    const float keep = undo_width + new_width + ui.px(20);
    const ImVec2 top = ImGui::GetCursorPos();
    if (screen_header(ui, "cases.back", ui.tr("debate.back"), ui.tr("cases.title"), detail.c_str(), keep)) {
        state.screen = Screen::wall;
        return;
    }
    ui.touch.record_text("cases.counts", detail, ImRect(), ImRect());
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - keep + ui.px(10), top.y));
    if (!undo.empty()) {
        if (touch_button(ui, "cases.undo", undo_label.c_str(), ImVec2(undo_width, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] { undo.undo(store); });
        ImGui::SameLine(0, ui.px(10));
    }
    if (touch_button(ui, "cases.new_case", ui.tr("cases.new_case"), ImVec2(new_width, 0))) {
        cases.open_case.clear();
        cases.adding = true;
        cases.form = CaseForm{};
        ui.text_entry.focus("case.title");
    }
    ImGui::SetCursorPos(after);
    draw_roadmap_tabs(state, ui, Screen::cases);

    ImGui::BeginChild("cases.body", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const bool panel = cases.adding || !cases.open_case.empty();
    const float gap = ui.px(14), panel_width = panel ? ui.px(470) : 0;
    draw_case_list(store, state, ui, ImGui::GetContentRegionAvail().x - (panel ? panel_width + gap : 0));
    if (panel) {
        ImGui::SameLine(0, gap);
        draw_case_panel(store, state, ui, panel_width);
    }
    ImGui::EndChild();
}

}  // namespace oogst::app
