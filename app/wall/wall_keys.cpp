#include "app/wall/wall_keys.hpp"

#include <string>

#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/wall/wall_change.hpp"
#include "app/wall/wall_screen.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/sense/theme_actions.hpp"

namespace oogst::app {

std::vector<DropTarget> draw_wall_keys(Store& store, AppState& state, Ui& ui, float width) {
    WallState& wall = state.wall;
    const WorkshopState& workshop = store.state();
    std::vector<DropTarget> targets;
    ImGui::BeginChild("wall.keys", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("wall.keys"));
    ImGui::PopFont();
    const std::string new_label = wall.chosen.empty()
                                      ? std::string(ui.tr("wall.new_key"))
                                      : ui.tr("wall.new_key_from", {{"count", std::to_string(wall.chosen.size())}});
    if (touch_button(ui, "wall.new_key", new_label.c_str(), ImVec2(width - ui.px(4), 0))) {
        wall.naming = true;
        wall.new_name.clear();
        ui.text_entry.focus("wall.new_key.name");
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    const float tile_height = ui.px(88);
    for (const ThemeRecord* theme : workshop.themes()) {
        const ThemeSet& key = theme->details.value();
        const std::size_t count = wall.cache.filing.captures(key.id).size();
        // Contributions, as the wall's counts say them: a pile is one card but many of them,
        // and the key's page counts its cards.
        const std::string detail =
            ui.tr(count == 1 ? "wall.key_count.one" : "wall.key_count", {{"count", count_text(ui, count)}});
        const std::string name = "wall.key." + key.id;
        const bool over = wall.drop_theme == key.id;
        if (touch_card(ui, name.c_str(), key.name.c_str(), detail.c_str(), ImVec2(width - ui.px(4), tile_height),
                       over ? colour::secondary_pressed : colour::surface, colour::text)) {
            wall.open_theme = key.id;
            state.screen = Screen::key_page;
        }
        const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(rect.Min, ImVec2(rect.Min.x + ui.px(10), rect.Max.y), theme_ink(theme_colour(key)), ui.px(10),
                            ImDrawFlags_RoundCornersLeft);
        if (over) draw->AddRect(rect.Min, rect.Max, colour::primary, ui.px(10), 0, ui.px(4));
        targets.push_back({key.id, rect});
    }
    if (workshop.themes().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ui.px(8));
        ImGui::TextUnformatted(ui.tr("wall.no_keys"));
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    // The panel scrolls with a finger, unless a finger carries cards onto its tiles.
    if (wall.gesture != WallGesture::carrying) drag_to_scroll(ui);
    ImGui::EndChild();
    return targets;
}

void draw_new_key_panel(Store& store, AppState& state, Ui& ui) {
    WallState& wall = state.wall;
    if (!wall.naming) return;
    const ImVec2 size(ui.px(560), ui.px(300));
    if (!begin_overlay(ui, "wall.new_key_panel", size)) wall.naming = false;
    ImGui::PushFont(ui.fonts.heading);
    const std::string heading = wall.chosen.empty()
                                    ? std::string(ui.tr("wall.new_key"))
                                    : ui.tr("wall.new_key_from", {{"count", std::to_string(wall.chosen.size())}});
    ImGui::TextUnformatted(heading.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const float width = ImGui::GetContentRegionAvail().x;
    const bool entered = touch_text_field(ui, "wall.new_key.name", ui.tr("wall.key_name_hint"), wall.new_name, width);
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    const float half = (width - ui.px(12)) * 0.5f;
    if (touch_button(ui, "wall.new_key.cancel", ui.tr("common.cancel"), ImVec2(half, 0), ButtonLook::secondary))
        wall.naming = false;
    ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "wall.new_key.make", ui.tr("wall.make_key"), ImVec2(half, 0)) || entered) {
        wall_change(state, ui, [&] {
            ThemeActions(store, wall.undo).create({wall.new_name}, chosen_captures(wall));
            wall.naming = false;
            wall.chosen.clear();
            ui.text_entry.unfocus();
        });
    }
    end_overlay();
}

}  // namespace oogst::app
