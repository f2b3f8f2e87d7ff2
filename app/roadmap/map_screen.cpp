#include "app/roadmap/map_screen.hpp"

#include <algorithm>
#include <string>

#include "app/roadmap/map_canvas.hpp"
#include "app/roadmap/map_panels.hpp"
#include "app/roadmap/speelveld_panel.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

// What a finger did on the map, carried out through core.
void act_on(Store& store, AppState& state, Ui& ui, const MapTouch& touch) {
    MapState& map = state.roadmap.map;
    const RoadmapState& roadmap = store.state().roadmap();
    if (!touch.moved_actor.empty())
        wall_change(state, ui, [&] {
            RoadmapActions(store, state.roadmap.undo).place_actor(touch.moved_actor, touch.x, touch.y);
        });
    if (!touch.tapped_actor.empty()) {
        if (map.linking.open)
            link_to(store, state, ui, touch.tapped_actor);
        else if (const ActorSet* actor = roadmap.actor(touch.tapped_actor))
            choose_actor(map, *actor);
        ui.text_entry.unfocus();
    }
    if (!touch.tapped_link.empty() && !map.linking.open) {
        if (const ActorLinkSet* link = roadmap.link(touch.tapped_link)) choose_link(map, *link);
        ui.text_entry.unfocus();
    }
    if (touch.tapped_beside && !map.linking.open) {
        map.chosen_actor.clear();
        map.chosen_link.clear();
        map.adding = false;
        ui.text_entry.unfocus();
    }
}

void draw_side_panel(Store& store, AppState& state, Ui& ui, float width) {
    MapState& map = state.roadmap.map;
    ImGui::BeginChild("map.panel", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    // The panel scrolls: recorded whole so a finger (or a test) knows where to swipe it.
    const ImRect panel(ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + width,
                                                     ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    ui.touch.record_area("map.panel", panel, panel);
    ImGui::GetWindowDrawList()->AddRectFilled(panel.Min, panel.Max, colour::surface, ui.px(14));
    ImGui::Indent(ui.px(14));
    const float inner = width - ui.px(30);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (map.linking.open) {
        draw_linking_panel(store, state, ui, inner);
    } else if (!map.chosen_link.empty()) {
        draw_link_panel(store, state, ui, inner);
    } else if (map.adding || !map.chosen_actor.empty()) {
        draw_actor_panel(store, state, ui, inner);
    } else {
        draw_link_legend(ui, inner);
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(store.state().roadmap().actors().empty() ? ui.tr("map.empty") : ui.tr("map.hint"));
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        draw_speelveld_notes(store, state, ui, inner);
    }
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    ImGui::Unindent(ui.px(14));
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace

void draw_map_screen(Store& store, AppState& state, Ui& ui) {
    MapState& map = state.roadmap.map;
    const RoadmapState& roadmap = store.state().roadmap();
    // Deleted here, on another laptop, or undone: nothing to show in the panel then.
    if (!map.chosen_actor.empty() && !roadmap.actor(map.chosen_actor)) map.chosen_actor.clear();
    if (!map.chosen_link.empty() && !roadmap.link(map.chosen_link)) map.chosen_link.clear();

    const std::size_t actors = roadmap.actors().size(), links = roadmap.links().size();
    const std::string detail =
        ui.tr(actors == 1 ? "map.actors.one" : "map.actors", {{"count", std::to_string(actors)}}) + " · " +
        ui.tr(links == 1 ? "map.links.one" : "map.links", {{"count", std::to_string(links)}});
    UndoHistory& undo = state.roadmap.undo;
    const std::string undo_label = undo.empty() ? "" : ui.tr(undo.last().what);
    const float undo_width = undo.empty() ? 0 : button_width(ui, undo_label.c_str());
    const float add_width = button_width(ui, ui.tr("map.new_actor"));
    const float keep = undo_width + (undo.empty() ? 0 : ui.px(10)) + add_width + ui.px(10);
    const ImVec2 top = ImGui::GetCursorPos();
    if (screen_header(ui, "map.back", ui.tr("map.back"), ui.tr("map.title"), detail.c_str(), keep)) {
        state.screen = Screen::debate;
        ui.text_entry.unfocus();
        return;
    }
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - keep + ui.px(10), top.y));
    if (!undo.empty()) {
        if (touch_button(ui, "map.undo", undo_label.c_str(), ImVec2(undo_width, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] { undo.undo(store); });
        ImGui::SameLine(0, ui.px(10));
    }
    if (touch_button(ui, "map.new_actor", ui.tr("map.new_actor"), ImVec2(add_width, 0))) {
        map.adding = true;
        map.chosen_actor.clear();
        map.chosen_link.clear();
        map.linking = LinkDraft{};
        map.form = ActorForm{};
        ui.text_entry.focus("actor.name");
    }
    ImGui::SetCursorPos(after);

    // The map as tall as the room and somewhat wider (names are wide), beside a panel
    // wide enough for the forms.
    ImGui::BeginChild("map.body", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float gap = ui.px(14);
    const float height = std::max(ui.px(200), room.y);
    const float width = std::max(ui.px(200), std::min(height * 1.3f, room.x - ui.px(430) - gap));
    const MapTouch touch = draw_map_canvas(ui, store.state(), map, ImVec2(width, height));
    ImGui::SameLine(0, gap);
    draw_side_panel(store, state, ui, ImGui::GetContentRegionAvail().x);
    ImGui::EndChild();
    act_on(store, state, ui, touch);
}

}  // namespace oogst::app
