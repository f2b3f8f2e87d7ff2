#include "app/roadmap/initiative_panel.hpp"

#include <algorithm>
#include <string>

#include "app/roadmap/panel_text.hpp"
#include "app/roadmap/roadmap_words.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/errors.hpp"
#include "core/roadmap/roadmap_evidence.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/theme_profile.hpp"

namespace oogst::app {
namespace {

// "2030" as a year; 0 for nothing; RoadmapError bad_year for anything else.
std::uint16_t horizon_of(const std::string& text) {
    if (text.empty()) return 0;
    if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos)
        throw RoadmapError(RoadmapProblem::bad_year);
    return static_cast<std::uint16_t>(std::stoi(text));
}

InitiativeWords initiative_words_of(const InitiativeForm& form, const std::string& theme_id,
                                    const InitiativeSet* before) {
    InitiativeWords words;
    words.theme_id = before ? before->theme_id : theme_id;
    words.title = form.title;
    words.description = form.description;
    words.owner = form.owner;
    words.owner_is_person = before && before->owner_is_person && before->owner == form.owner;
    if (before) words.partners = before->partners;
    words.horizon = horizon_of(form.horizon);
    words.status = form.status;
    return words;
}

// One chip per status; the chosen one filled.
template <class Status>
bool status_chips(Ui& ui, const std::string& name, Status& chosen, int count) {
    bool changed = false;
    for (int s = 0; s < count; ++s) {
        const auto status = static_cast<Status>(s);
        const std::string words = status_words(ui, status);
        if (s) ImGui::SameLine(0, ui.px(6));
        if (ImGui::GetCursorPosX() + button_width(ui, words.c_str(), 14) > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        if (touch_button(ui, (name + std::to_string(s)).c_str(), words.c_str(),
                         ImVec2(button_width(ui, words.c_str(), 14), 0),
                         status == chosen ? ButtonLook::primary : ButtonLook::secondary)) {
            changed = status != chosen;
            chosen = status;
        }
    }
    return changed;
}

void draw_actions(Store& store, AppState& state, Ui& ui, const std::string& initiative_id, float width) {
    DebateState& debate = state.roadmap.debate;
    const RoadmapState& roadmap = store.state().roadmap();
    field_label(ui, ui.tr("initiative.actions"));
    for (const ActionSet* action : roadmap.actions_of(initiative_id)) {
        std::string line = action->what;
        if (!action->who.empty()) line += " · " + action->who;
        if (!action->due.empty()) line += " · " + ui.tr("action.due", {{"date", action->due}});
        const std::string words = status_words(ui, action->status);
        const float status_width = button_width(ui, words.c_str(), 14);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - status_width - ui.px(10));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine(width - status_width);
        // A tap moves it on: open → running → done → dropped → open.
        if (touch_button(ui, ("action.status." + action->id).c_str(), words.c_str(), ImVec2(status_width, 0),
                         ButtonLook::secondary))
            wall_change(state, ui, [&] {
                ActionWords next{action->initiative_id, action->what, action->who, action->due, action->review,
                                 static_cast<ActionStatus>((static_cast<int>(action->status) + 1) % 4)};
                RoadmapActions(store, state.roadmap.undo).edit_action(action->id, next);
            });
    }
    const float third = (width - ui.px(12)) / 3;
    touch_text_field(ui, "action.what", ui.tr("action.what_hint"), debate.action.what, width);
    touch_text_field(ui, "action.who", ui.tr("action.who_hint"), debate.action.who, third * 2);
    ImGui::SameLine(0, ui.px(12));
    touch_text_field(ui, "action.due", ui.tr("action.due_hint"), debate.action.due, third);
    if (touch_button(ui, "action.add", ui.tr("action.add"), ImVec2(width, 0), ButtonLook::secondary))
        wall_change(state, ui, [&] {
            RoadmapActions(store, state.roadmap.undo)
                .create_action({initiative_id, debate.action.what, debate.action.who, debate.action.due});
            debate.action = {};
            ui.text_entry.unfocus();
        });
}

void draw_evidence(Store& store, AppState& state, Ui& ui, const std::string& initiative_id, float width) {
    const WorkshopState& workshop = store.state();
    const auto evidence = shown_evidence(workshop, workshop.roadmap().evidence(initiative_id));
    field_label(ui, ui.tr("initiative.evidence"));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextWrapped("%s", evidence_words(ui, count_evidence(workshop, evidence)).c_str());
    ImGui::PopStyleColor();
    const float unlink_width = ui.touch_size();
    for (const std::string& id : evidence) {
        const CaptureRecord* capture = workshop.capture(id);
        const SessionSet* table = workshop.session(workshop.session_root(capture->origin->session_id));
        std::string line = capture->text.value().empty() ? ui.tr("initiative.picture") : capture->text.value();
        if (table) line += " · " + table->table_name;
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - unlink_width - ui.px(10));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine(width - unlink_width);
        if (touch_button(ui, ("evidence.unlink." + id).c_str(), "✕", ImVec2(unlink_width, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] {
                RoadmapActions(store, state.roadmap.undo).link_evidence(initiative_id, {id}, false);
            });
    }
    if (touch_button(ui, "evidence.link", ui.tr("initiative.link_dreams"), ImVec2(width, 0), ButtonLook::secondary))
        state.roadmap.debate.linking = true;
}

}  // namespace

void draw_initiative_panel(Store& store, AppState& state, Ui& ui, const ThemeSet& key, float width) {
    DebateState& debate = state.roadmap.debate;
    const InitiativeSet* initiative = store.state().roadmap().initiative(debate.open_initiative);
    ImGui::BeginChild("initiative.panel", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    // The panel scrolls: recorded whole so a finger (or a test) knows where to swipe it.
    const ImRect panel(ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + width,
                                                     ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    ui.touch.record_area("initiative.panel", panel, panel);
    ImGui::GetWindowDrawList()->AddRectFilled(panel.Min, panel.Max, colour::surface, ui.px(14));
    ImGui::Indent(ui.px(14));
    const float inner = width - ui.px(30);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", initiative ? ui.tr("initiative.heading") : ui.tr("debate.new_initiative"));
    ImGui::PopFont();
    InitiativeForm& form = debate.form;
    field_label(ui, ui.tr("initiative.title"));
    touch_text_field(ui, "initiative.title", ui.tr("initiative.title_hint"), form.title, inner);
    field_label(ui, ui.tr("initiative.owner"));
    const float horizon_width = ui.px(120);
    touch_text_field(ui, "initiative.owner", ui.tr("initiative.owner_hint"), form.owner, inner - horizon_width - ui.px(12));
    ImGui::SameLine(0, ui.px(12));
    touch_text_field(ui, "initiative.horizon", ui.tr("initiative.horizon_hint"), form.horizon, horizon_width);
    field_label(ui, ui.tr("initiative.description"));
    touch_text_area(ui, "initiative.description", ui.tr("initiative.description_hint"), form.description,
                    ImVec2(inner, ui.px(90)));
    field_label(ui, ui.tr("initiative.status"));
    status_chips(ui, "initiative.status.", form.status, 5);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float half = (inner - ui.px(12)) / 2;
    if (touch_button(ui, "initiative.save", ui.tr("initiative.save"), ImVec2(initiative ? half : inner, 0)))
        wall_change(state, ui, [&] {
            RoadmapActions actions(store, state.roadmap.undo);
            const InitiativeWords words = initiative_words_of(form, key.id, initiative);
            if (initiative) {
                actions.edit_initiative(initiative->id, words);
            } else {
                debate.open_initiative = actions.create_initiative(words);
                debate.adding = false;
                form.of = debate.open_initiative;
            }
            ui.text_entry.unfocus();
        });
    if (initiative) {
        ImGui::SameLine(0, ui.px(12));
        if (touch_button(ui, "initiative.remove", ui.tr("initiative.remove"), ImVec2(half, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] {
                RoadmapActions(store, state.roadmap.undo).remove(initiative->id);
                debate.open_initiative.clear();
            });
    }
    if (initiative &&
        touch_button(ui, "initiative.canvas", ui.tr("canvas.open"), ImVec2(inner, 0), ButtonLook::secondary)) {
        state.roadmap.canvas.item_id = initiative->id;
        state.roadmap.canvas.from_debate = true;
        state.screen = Screen::canvas;
    }
    // An initiative still being made has nothing to hang actions and evidence on.
    if (initiative && debate.open_initiative == initiative->id) {
        draw_actions(store, state, ui, initiative->id, inner);
        draw_evidence(store, state, ui, initiative->id, inner);
    }
    if (touch_button(ui, "initiative.close", ui.tr("initiative.close"), ImVec2(inner, 0), ButtonLook::secondary)) {
        debate.open_initiative.clear();
        debate.adding = false;
        ui.text_entry.unfocus();
    }
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    ImGui::Unindent(ui.px(14));
    drag_to_scroll(ui);
    ImGui::EndChild();
}

void draw_evidence_picker(Store& store, AppState& state, Ui& ui, const ThemeSet& key) {
    DebateState& debate = state.roadmap.debate;
    if (!debate.linking) return;
    const WorkshopState& workshop = store.state();
    const InitiativeSet* initiative = workshop.roadmap().initiative(debate.open_initiative);
    if (!initiative) {
        debate.linking = false;
        return;
    }
    const ImVec2 size(ui.px(720), std::min(ui.px(640), ImGui::GetIO().DisplaySize.y - ui.px(40)));
    if (!begin_overlay(ui, "evidence.picker", size)) debate.linking = false;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", ui.tr("evidence.picker_heading", {{"key", key.name}}).c_str());
    ImGui::PopFont();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("evidence.list", ImVec2(0, ImGui::GetContentRegionAvail().y - ui.touch_size() - ui.px(12)));
    // The key's cards, strongest first (a pile as one card: linking it links its notes).
    const ThemeProfile profile = theme_profile(workshop, theme_filing(workshop), state.wall.cache.piles.piles(), key.id);
    const auto linked = workshop.roadmap().evidence(initiative->id);
    const float toggle_width = button_width(ui, ui.tr("evidence.linked"), 14);
    auto row = [&](const WallCard& card) {
        const bool on = std::find(linked.begin(), linked.end(), card.id) != linked.end();
        std::string line = card.text.empty() ? ui.tr("initiative.picture") : card.text;
        line += " · " + card.table;
        if (const std::string support = support_words(ui, card); !support.empty()) line += " · " + support;
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - toggle_width - ui.px(16));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine(width - toggle_width - ui.px(4));
        if (touch_button(ui, ("evidence.toggle." + card.id).c_str(), on ? ui.tr("evidence.linked") : ui.tr("evidence.link"),
                         ImVec2(toggle_width, 0), on ? ButtonLook::primary : ButtonLook::secondary))
            wall_change(state, ui, [&] {
                RoadmapActions(store, state.roadmap.undo).link_evidence(initiative->id, card.pile, !on);
            });
    };
    for (const WallCard& card : profile.cards) row(card);
    for (const WallCard& card : profile.children) row(card);
    if (profile.cards.empty() && profile.children.empty()) ImGui::TextWrapped("%s", ui.tr("key.no_cards"));
    drag_to_scroll(ui);
    ImGui::EndChild();
    if (touch_button(ui, "evidence.done", ui.tr("evidence.done"), ImVec2(width, 0))) debate.linking = false;
    end_overlay();
}

}  // namespace oogst::app
