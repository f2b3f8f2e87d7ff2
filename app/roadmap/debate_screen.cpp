#include "app/roadmap/debate_screen.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "app/roadmap/initiative_panel.hpp"
#include "app/roadmap/panel_text.hpp"
#include "app/roadmap/roadmap_tabs.hpp"
#include "app/roadmap/roadmap_words.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/roadmap/debate_tables.hpp"
#include "core/roadmap/roadmap_evidence.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/theme_profile.hpp"

namespace oogst::app {
namespace {

// The keys, each with how many initiatives it has: a tap shows that key's.
void draw_key_column(const WorkshopState& workshop, DebateState& debate, Ui& ui, float width) {
    ImGui::BeginChild("debate.keys", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("wall.keys"));
    ImGui::PopFont();
    std::map<std::string, int> initiatives;
    for (const InitiativeSet* initiative : workshop.roadmap().initiatives())
        ++initiatives[workshop.theme_root(initiative->theme_id)];
    for (const ThemeRecord* theme : workshop.themes()) {
        const ThemeSet& key = theme->details.value();
        const std::string detail = ui.tr(initiatives[key.id] == 1 ? "debate.initiative_count.one" : "debate.initiative_count", {{"count", std::to_string(initiatives[key.id])}});
        const std::string name = "debate.key." + key.id;
        const bool open = debate.theme_id == key.id;
        if (touch_card(ui, name.c_str(), key.name.c_str(), detail.c_str(), ImVec2(width - ui.px(4), ui.px(84)),
                       open ? colour::secondary_pressed : colour::surface, colour::text)) {
            debate.theme_id = key.id;
            debate.open_initiative.clear();
            debate.adding = false;
        }
        const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImGui::GetWindowDrawList()->AddRectFilled(rect.Min, ImVec2(rect.Min.x + ui.px(10), rect.Max.y),
                                                  theme_ink(theme_colour(key)), ui.px(10), ImDrawFlags_RoundCornersLeft);
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
}

// The key's initiatives, each a card saying what it answers; then the debate tables'
// proposals, strongest first, each one tap from becoming an initiative.
void draw_initiatives(Store& store, AppState& state, Ui& ui, const ThemeSet& key, float width) {
    DebateState& debate = state.roadmap.debate;
    const WorkshopState& workshop = store.state();
    const RoadmapState& roadmap = workshop.roadmap();
    ImGui::BeginChild("debate.list", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float inner = ImGui::GetContentRegionAvail().x - ui.px(4);
    const float add_width = button_width(ui, ui.tr("debate.new_initiative"));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(fitted_text(ui.fonts.heading, key.name, inner - add_width - ui.px(12)).c_str());
    ImGui::PopFont();
    ImGui::SameLine(inner - add_width);
    if (touch_button(ui, "debate.new_initiative", ui.tr("debate.new_initiative"), ImVec2(add_width, 0))) {
        debate.open_initiative.clear();
        debate.adding = true;
        debate.form = InitiativeForm{};
        ui.text_entry.focus("initiative.title");
    }
    int shown = 0;
    for (const InitiativeSet* initiative : roadmap.initiatives()) {
        if (workshop.theme_root(initiative->theme_id) != key.id) continue;
        ++shown;
        std::string line = status_words(ui, initiative->status);
        if (!initiative->owner.empty()) line += " · " + initiative->owner;
        if (initiative->horizon) line += " · " + std::to_string(initiative->horizon);
        const auto actions = roadmap.actions_of(initiative->id);
        if (!actions.empty()) line += " · " + ui.tr(actions.size() == 1 ? "debate.action_count.one" : "debate.action_count", {{"count", std::to_string(actions.size())}});
        line += "\n" + evidence_words(ui, count_evidence(workshop, roadmap.evidence(initiative->id)));
        if (!initiative->from_capture.empty())
            if (const CaptureRecord* proposal = workshop.capture(initiative->from_capture); proposal && proposal->vote_count())
                line += " · ★ " + score_text(ui, static_cast<double>(proposal->score_total()) / proposal->vote_count());
        const std::string name = "debate.initiative." + initiative->id;
        const bool open = debate.open_initiative == initiative->id;
        ImGui::Dummy(ImVec2(0, ui.px(6)));
        if (touch_card(ui, name.c_str(), initiative->title.c_str(), line.c_str(),
                       ImVec2(inner, touch_card_height(ui, initiative->title.c_str(), line.c_str(), inner)),
                       open ? colour::secondary_pressed : colour::surface, colour::text)) {
            debate.open_initiative = initiative->id;
            debate.adding = false;
            debate.form = form_of(*initiative);
            debate.action = {};
        }
    }
    if (shown == 0) muted_text(ui.tr("debate.no_initiatives"));

    const std::vector<DebateProposal> proposals = debate_proposals(workshop, key.id);
    section_heading(ui, ui.tr(proposals.size() == 1 ? "debate.proposals.one" : "debate.proposals", {{"count", std::to_string(proposals.size())}}));
    if (proposals.empty()) muted_text(ui.tr("debate.no_proposals"));
    const float promote_width = button_width(ui, ui.tr("debate.promote"));
    for (const DebateProposal& proposal : proposals) {
        ImGui::Dummy(ImVec2(0, ui.px(4)));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float text_width = inner - promote_width - ui.px(16);
        std::string support = proposal.table;
        if (proposal.votes)
            support += " · ★ " + score_text(ui, proposal.score) + " · " +
                       ui.tr("wall.votes", {{"count", std::to_string(proposal.votes)}});
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(proposal.text.c_str());
        ImGui::PopFont();
        ImGui::PopTextWrapPos();
        muted_text(support);
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(top.x + inner - promote_width, top.y));
        const std::string name = "debate.promote." + proposal.capture_id;
        if (proposal.initiative_id.empty()) {
            if (touch_button(ui, name.c_str(), ui.tr("debate.promote"), ImVec2(promote_width, 0), ButtonLook::secondary))
                wall_change(state, ui, [&] {
                    RoadmapActions roadmap_actions(store, state.roadmap.undo);
                    debate.open_initiative = promote_proposal(roadmap_actions, store.state(), proposal.capture_id);
                    debate.adding = false;
                    debate.form = form_of(*store.state().roadmap().initiative(debate.open_initiative));
                });
        } else {
            ImGui::AlignTextToFramePadding();
            muted_text(ui.tr("debate.promoted"));
        }
        ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(after.y, ImGui::GetCursorScreenPos().y)));
        ImGui::GetWindowDrawList()->AddLine(ImVec2(top.x, ImGui::GetCursorScreenPos().y + ui.px(2)),
                                            ImVec2(top.x + inner, ImGui::GetCursorScreenPos().y + ui.px(2)),
                                            colour::column, ui.px(1));
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
}

// A debate table for the open key: named, then planned with the key's strongest dreams.
void draw_plan_table_panel(Store& store, AppState& state, Ui& ui, const ThemeSet& key) {
    DebateState& debate = state.roadmap.debate;
    if (!debate.planning_table) return;
    if (!begin_overlay(ui, "debate.table_panel", ImVec2(ui.px(600), ui.px(340)))) debate.planning_table = false;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", ui.tr("debate.plan_table_heading", {{"key", key.name}}).c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextWrapped("%s", ui.tr("debate.plan_table_detail", {{"count", std::to_string(debate_dreams)}}).c_str());
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = ImGui::GetContentRegionAvail().x;
    const bool entered = touch_text_field(ui, "debate.table_name", ui.tr("debate.table_name_hint"), debate.table_name, width);
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    const float half = (width - ui.px(12)) * 0.5f;
    if (touch_button(ui, "debate.table_cancel", ui.tr("common.cancel"), ImVec2(half, 0), ButtonLook::secondary))
        debate.planning_table = false;
    ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "debate.table_make", ui.tr("debate.plan_table_make"), ImVec2(half, 0)) || entered)
        wall_change(state, ui, [&] {
            const WorkshopState& workshop = store.state();
            const ThemeProfile profile = theme_profile(workshop, theme_filing(workshop), state.wall.cache.piles.piles(), key.id);
            plan_debate_table(store, ui.assets.templates, profile, key.id, debate.table_name);
            debate.planning_table = false;
            ui.text_entry.unfocus();
        });
    end_overlay();
}

}  // namespace

void draw_debate_screen(Store& store, AppState& state, Ui& ui) {
    DebateState& debate = state.roadmap.debate;
    const WorkshopState& workshop = store.state();
    const auto keys = workshop.themes();
    // The open key: the one chosen (or what it was merged into), else the first.
    const ThemeRecord* open = workshop.theme(workshop.theme_root(debate.theme_id));
    if (!open && !keys.empty()) open = keys.front();
    debate.theme_id = open ? open->details.value().id : std::string();
    if (!debate.open_initiative.empty() && !workshop.roadmap().initiative(debate.open_initiative))
        debate.open_initiative.clear();  // deleted, here or on another laptop

    std::size_t initiatives = 0, actions = 0;
    for (const InitiativeSet* initiative : workshop.roadmap().initiatives()) {
        ++initiatives;
        actions += workshop.roadmap().actions_of(initiative->id).size();
    }
    const std::string detail = ui.tr("debate.counts", {{"keys", std::to_string(keys.size())},
                                                       {"initiatives", std::to_string(initiatives)},
                                                       {"actions", std::to_string(actions)}});
    UndoHistory& undo = state.roadmap.undo;
    const std::string undo_label = undo.empty() ? "" : ui.tr(undo.last().what);
    const float undo_width = undo.empty() ? 0 : button_width(ui, undo_label.c_str());
    const float table_width = open ? button_width(ui, ui.tr("debate.plan_table")) : 0;
    const float keep = undo_width + table_width + ui.px(20);
    const ImVec2 top = ImGui::GetCursorPos();
    if (screen_header(ui, "debate.back", ui.tr("debate.back"), ui.tr("debate.title"), detail.c_str(), keep)) {
        state.screen = Screen::wall;
        return;
    }
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - keep + ui.px(10), top.y));
    if (!undo.empty()) {
        if (touch_button(ui, "debate.undo", undo_label.c_str(), ImVec2(undo_width, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] { undo.undo(store); });
        ImGui::SameLine(0, ui.px(10));
    }
    if (open && touch_button(ui, "debate.plan_table", ui.tr("debate.plan_table"), ImVec2(table_width, 0),
                             ButtonLook::secondary)) {
        debate.planning_table = true;
        debate.table_name = ui.tr("debate.table_name_default", {{"key", open->details.value().name}});
        ui.text_entry.focus("debate.table_name");
    }
    ImGui::SetCursorPos(after);
    draw_roadmap_tabs(state, ui, Screen::debate);
    if (!open) {
        muted_text(ui.tr("debate.no_keys"));
        return;
    }

    ImGui::BeginChild("debate.body", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float keys_width = ui.px(230), gap = ui.px(14);
    draw_key_column(workshop, debate, ui, keys_width);
    ImGui::SameLine(0, gap);
    const bool panel = debate.adding || !debate.open_initiative.empty();
    const float panel_width = panel ? ui.px(470) : 0;
    const float list_width = ImGui::GetContentRegionAvail().x - (panel ? panel_width + gap : 0);
    draw_initiatives(store, state, ui, open->details.value(), list_width);
    if (panel) {
        ImGui::SameLine(0, gap);
        draw_initiative_panel(store, state, ui, open->details.value(), panel_width);
    }
    ImGui::EndChild();
    draw_plan_table_panel(store, state, ui, open->details.value());
    draw_evidence_picker(store, state, ui, open->details.value());
}

}  // namespace oogst::app
