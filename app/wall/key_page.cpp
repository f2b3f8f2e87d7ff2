#include "app/wall/key_page.hpp"

#include <algorithm>
#include <string>

#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/wall/wall_change.hpp"
#include "app/wall/wall_screen.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/sense/theme_profile.hpp"

namespace oogst::app {
namespace {

void heading(Ui& ui, const char* text) {
    ImGui::Dummy(ImVec2(0, ui.px(10)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted_line(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// Bars for the votes of 1 to 5 stars, each with its count.
void score_bars(Ui& ui, const ThemeProfile& profile, float width) {
    const int most = std::max(1, *std::max_element(std::begin(profile.score_counts), std::end(profile.score_counts)));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float row = ui.px(26), label = ui.px(44);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    for (int stars = 5; stars >= 1; --stars) {
        const float y = at.y + static_cast<float>(5 - stars) * row;
        const int count = profile.score_counts[stars - 1];
        const std::string left = std::to_string(stars) + " ★";
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(at.x, y), colour::muted, left.c_str());
        const float length = (width - label - ui.px(50)) * static_cast<float>(count) / static_cast<float>(most);
        draw->AddRectFilled(ImVec2(at.x + label, y + ui.px(3)), ImVec2(at.x + label + length, y + row - ui.px(5)),
                            colour::primary, ui.px(4));
        const std::string number = count_text(ui, static_cast<std::size_t>(count));
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(at.x + label + length + ui.px(8), y), colour::text,
                      number.c_str());
    }
    ImGui::Dummy(ImVec2(width, row * 5));
}

void card_list(Ui& ui, const WorkshopState& state, const std::vector<WallCard>& cards, const ThemeRecord& theme,
               float width, const char* prefix) {
    const float height = ui.px(wall_card_height) * 0.8f;
    CardLook look;
    look.key_colour = theme_ink(theme_colour(theme.details.value()));
    for (const WallCard& card : cards) {
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const ImVec2 max(min.x + width, min.y + height);
        // Only the cards in view are drawn: a key can hold thousands.
        if (ImGui::IsRectVisible(min, max)) {
            draw_wall_card(ui, state, card, min, max, 1, look);
            ui.touch.record_area(std::string(prefix) + card.id, ImRect(min, max),
                                 ImGui::GetCurrentWindowRead()->ClipRect);
        }
        ImGui::Dummy(ImVec2(width, height + ui.px(10)));
    }
}

void merge_panel(Store& store, AppState& state, Ui& ui, const std::string& theme_id) {
    WallState& wall = state.wall;
    if (!wall.merging) return;
    const ImVec2 size(ui.px(560), std::min(ui.px(600), ImGui::GetIO().DisplaySize.y - ui.px(40)));
    if (!begin_overlay(ui, "key.merge_panel", size)) wall.merging = false;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", ui.tr("key.merge_into"));
    ImGui::PopFont();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("key.merge_list", ImVec2(0, ImGui::GetContentRegionAvail().y - ui.touch_size() - ui.px(12)));
    for (const ThemeRecord* other : store.state().themes()) {
        const ThemeSet& key = other->details.value();
        if (key.id == theme_id) continue;
        if (touch_button(ui, ("key.merge." + key.id).c_str(), key.name.c_str(), ImVec2(width - ui.px(4), 0),
                         ButtonLook::secondary)) {
            wall_change(state, ui, [&] {
                ThemeActions(store, wall.undo).merge(key.id, theme_id);
                wall.merging = false;
                wall.open_theme = key.id;  // what was this key now lives there
            });
        }
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    if (touch_button(ui, "key.merge_cancel", ui.tr("common.cancel"), ImVec2(width, 0), ButtonLook::secondary))
        wall.merging = false;
    end_overlay();
}

}  // namespace

void draw_key_page(Store& store, AppState& state, Ui& ui) {
    WallState& wall = state.wall;
    const WorkshopState& workshop = store.state();
    const ThemeRecord* theme = workshop.theme(workshop.theme_root(wall.open_theme));
    if (!theme) {  // deleted or merged away on another laptop: back to the wall
        state.screen = Screen::wall;
        return;
    }
    refresh_wall(store, wall, ui.wake);
    const ThemeSet& key = theme->details.value();
    if (wall.page_words_of != key.id) {
        wall.page_words = {key.name, key.needs, key.core_values, key.future_images, key.colour};
        wall.page_words_of = key.id;
    }
    // Worked out again only when the store or the piles changed or another key opened:
    // a page with thousands of cards is drawn every frame.
    if (wall.profile_revision != store.revision() || wall.profile_piles != wall.cache.piles.made() ||
        wall.profile_of != key.id) {
        wall.profile = theme_profile(workshop, wall.cache.filing, wall.cache.piles.piles(), key.id);
        wall.profile_revision = store.revision();
        wall.profile_piles = wall.cache.piles.made();
        wall.profile_of = key.id;
    }
    const ThemeProfile& profile = wall.profile;
    const std::string detail = ui.tr("key.detail", {{"cards", count_text(ui, profile.cards.size())},
                                                    {"tables", count_text(ui, profile.cards_by_table.size())},
                                                    {"children", count_text(ui, profile.children.size())}});
    const float merge_width = button_width(ui, ui.tr("key.merge")), delete_width = button_width(ui, ui.tr("key.delete"));
    const ImVec2 top = ImGui::GetCursorPos();
    if (screen_header(ui, "key.back", ui.tr("key.back"), key.name.c_str(), detail.c_str(),
                      merge_width + delete_width + ui.px(20))) {
        state.screen = Screen::wall;
        return;
    }
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - merge_width - delete_width - ui.px(10), top.y));
    if (touch_button(ui, "key.merge", ui.tr("key.merge"), ImVec2(merge_width, 0), ButtonLook::secondary)) wall.merging = true;
    ImGui::SameLine(0, ui.px(10));
    if (touch_button(ui, "key.delete", ui.tr("key.delete"), ImVec2(delete_width, 0), ButtonLook::secondary)) {
        wall_change(state, ui, [&] {
            ThemeActions(store, wall.undo).remove(key.id);
            state.screen = Screen::wall;
        });
        return;
    }
    ImGui::SetCursorPos(after);

    const float gap = ui.px(20);
    const float left = std::min(ui.px(460), ImGui::GetContentRegionAvail().x * 0.4f);
    // Its words, to describe it: its first vocabulary for the suggestions, too.
    ImGui::BeginChild("key.words", ImVec2(left, 0), false, ImGuiWindowFlags_NoScrollbar);
    ThemeWords& words = wall.page_words;
    const float width = ImGui::GetContentRegionAvail().x;
    heading(ui, ui.tr("key.name"));
    touch_text_field(ui, "key.name", ui.tr("wall.key_name_hint"), words.name, width);
    heading(ui, ui.tr("key.needs"));
    touch_text_area(ui, "key.needs", ui.tr("key.needs_hint"), words.needs, ImVec2(width, ui.px(96)));
    heading(ui, ui.tr("key.core_values"));
    touch_text_area(ui, "key.core_values", ui.tr("key.core_values_hint"), words.core_values, ImVec2(width, ui.px(96)));
    heading(ui, ui.tr("key.future_images"));
    touch_text_area(ui, "key.future_images", ui.tr("key.future_images_hint"), words.future_images, ImVec2(width, ui.px(96)));
    heading(ui, ui.tr("key.colour"));
    const auto& palette = theme_palette;
    const float swatch = ui.touch_size();
    for (int i = 0; i < 8; ++i) {
        if (i) ImGui::SameLine(0, ui.px(6));
        const std::string name = std::string("key.colour.") + (palette[i] + 1);
        ImGui::InvisibleButton(name.c_str(), ImVec2(swatch, swatch));
        ui.touch.record_last_item(name);
        if (ImGui::IsItemClicked()) words.colour = palette[i];
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), theme_ink(palette[i]), ui.px(8));
        if (theme_colour({key.id, "", "", "", "", words.colour}) == palette[i])
            draw->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), colour::text, ui.px(8), 0, ui.px(4));
    }
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    if (touch_button(ui, "key.save", ui.tr("key.save"), ImVec2(width, 0))) {
        wall_change(state, ui, [&] {
            ThemeActions(store, wall.undo).describe(key.id, words);
            ui.text_entry.unfocus();
        });
    }
    heading(ui, ui.tr("key.table_values"));
    if (profile.table_values.empty()) muted_line(ui.tr("key.no_table_values"));
    for (const std::string& value : profile.table_values) muted_line("· " + value);
    drag_to_scroll(ui);
    ImGui::EndChild();

    ImGui::SameLine(0, gap);
    ImGui::BeginChild("key.cards", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float right = ImGui::GetContentRegionAvail().x;
    heading(ui, ui.tr("key.votes"));
    score_bars(ui, profile, right);
    heading(ui, ui.tr("key.origin"));
    std::string tables;
    for (const auto& [table, count] : profile.cards_by_table)
        tables += (tables.empty() ? "" : " · ") + table + " " + std::to_string(count) +
                  (profile.votes_by_table.at(table) ? " (" + ui.tr("wall.votes", {{"count", std::to_string(profile.votes_by_table.at(table))}}) + ")" : "");
    muted_line(tables.empty() ? ui.tr("key.no_cards") : tables);
    std::string methods;
    for (const auto& [method, count] : profile.cards_by_method) {
        const MethodTemplate* found = ui.assets.templates.find(method);
        methods += (methods.empty() ? "" : " · ") + (found ? ui.in_language(found->name) : method) + " " + std::to_string(count);
    }
    if (!methods.empty()) muted_line(methods);
    muted_line(ui.tr("key.people", {{"adults", std::to_string(profile.cards.size())},
                                    {"children", std::to_string(profile.children.size())}}));
    heading(ui, ui.tr("key.strongest"));
    card_list(ui, workshop, profile.cards, *theme, right, "key.card.");
    if (!profile.children.empty()) {
        heading(ui, ui.tr("key.children"));
        card_list(ui, workshop, profile.children, *theme, right, "key.child.");
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    merge_panel(store, state, ui, key.id);
}

}  // namespace oogst::app
