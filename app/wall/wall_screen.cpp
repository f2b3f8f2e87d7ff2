#include "app/wall/wall_screen.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "app/shell/theme.hpp"
#include "app/wall/wall_canvas.hpp"
#include "app/wall/wall_change.hpp"
#include "app/wall/wall_filters.hpp"
#include "app/wall/wall_keys.hpp"
#include "app/wall/wall_suggestions.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/wall_cards.hpp"
#include "core/sense/wall_fingerprint.hpp"

namespace oogst::app {
namespace {

std::string filter_key(const WallFilter& filter) {
    return filter.session_id + '\x1f' + filter.method + '\x1f' + filter.prompt + '\x1f' + filter.board + '\x1f' +
           std::to_string(static_cast<int>(filter.kind)) + std::to_string(static_cast<int>(filter.people)) + '\x1f' +
           std::to_string(filter.min_score) + (filter.unfiled_only ? "u" : "") + '\x1f' + filter.theme_id + '\x1f' +
           filter.search;
}

// What can be done with the chosen cards, in a bar under the wall.
void draw_chosen_bar(Store& store, AppState& state, Ui& ui) {
    WallState& wall = state.wall;
    const std::string said = ui.tr("wall.chosen", {{"count", std::to_string(wall.chosen.size())}});
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(said.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, ui.px(16));
    if (touch_button(ui, "wall.unfile", ui.tr("wall.unfile"), ImVec2(0, 0), ButtonLook::secondary))
        wall_change(state, ui, [&] {
            // Out of every key each chosen card is under, as one undo step per key.
            std::map<std::string, std::vector<std::string>> by_theme;
            for (const std::string& id : chosen_captures(wall))
                for (const std::string& theme : wall.cache.filing.themes(id)) by_theme[theme].push_back(id);
            for (const auto& [theme, ids] : by_theme) ThemeActions(store, wall.undo).unfile(theme, ids);
            wall.chosen.clear();
        });
    const bool piles = std::any_of(wall.cache.shown.begin(), wall.cache.shown.end(), [&](const WallCard* card) {
        return card->pile.size() > 1 && wall.chosen.count(card->id);
    });
    if (piles) {
        ImGui::SameLine(0, ui.px(12));
        if (touch_button(ui, "wall.unpile", ui.tr("wall.unpile"), ImVec2(0, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] {
                ThemeActions(store, wall.undo).keep_apart(chosen_captures(wall), true);
                wall.chosen.clear();
            });
    }
    ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "wall.clear_choice", ui.tr("wall.clear_choice"), ImVec2(0, 0), ButtonLook::secondary))
        wall.chosen.clear();
}

}  // namespace

std::string count_text(const Ui& ui, std::size_t count) {
    std::string digits = std::to_string(count);
    const char* separator = ui.language == Language::nl ? "." : ui.language == Language::fr ? "\u202f" : ",";
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), separator);
    return digits;
}

void refresh_wall(const Store& store, WallState& wall, const std::function<void()>& wake) {
    WallCache& cache = wall.cache;
    const WorkshopState& state = store.state();
    const bool changed = cache.revision != store.revision();
    bool lay_out = false;
    if (changed) {
        // A vote or a filing leaves the cards' places and words as they were: the cards
        // then keep their order and fields, and only their support and keys are redone.
        const WallFingerprint print = wall_fingerprint(state);
        lay_out = cache.revision == 0 || print.places != cache.fingerprint.places;
        cache.fingerprint = print;
        cache.filing = theme_filing(state);
        cache.revision = store.revision();
    }
    // Piles are made on a thread of their own (PileWork) and come in here, a frame or
    // more after the change that asked for them.
    if (cache.piles.follow(state, cache.fingerprint.words, wake)) lay_out = true;
    if (lay_out) cache.cards = lay_out_wall(state, cache.filing, cache.piles.piles());
    else if (changed) add_support(cache.cards, state, cache.filing);
    const std::string key = filter_key(wall.filter);
    if (!lay_out && !changed && cache.filter_key == key) return;
    cache.shown = shown_cards(cache.cards, wall.filter);
    cache.counts = wall_counts(cache.cards, cache.shown.size());
    cache.filter_key = key;
    // Chosen cards that are gone (filtered away, deleted, piled) are no longer chosen.
    if (wall.chosen.empty()) return;
    std::unordered_set<std::string_view> shown;
    for (const WallCard* card : cache.shown) shown.insert(card->id);
    for (auto chosen = wall.chosen.begin(); chosen != wall.chosen.end();)
        chosen = shown.count(*chosen) ? std::next(chosen) : wall.chosen.erase(chosen);
}

void draw_wall_screen(Store& store, AppState& state, Ui& ui) {
    WallState& wall = state.wall;
    refresh_wall(store, wall, ui.wake);
    const WallCounts& counts = wall.cache.counts;
    const std::string detail = ui.tr("wall.counts", {{"shown", count_text(ui, counts.shown)},
                                                     {"cards", count_text(ui, counts.cards)},
                                                     {"captures", count_text(ui, counts.captures)},
                                                     {"unfiled", count_text(ui, counts.unfiled)}});
    const std::string undo_label = wall.undo.empty() ? "" : ui.tr(wall.undo.last().what);
    const float undo_width = wall.undo.empty() ? 0 : button_width(ui, undo_label.c_str()) + ui.px(8);
    const float tools_width = wall_tools_width(ui);
    // The next step once there are keys: the debate turns them into initiatives.
    const bool keys = !store.state().themes().empty();
    const float debate_width = keys ? button_width(ui, ui.tr("debate.open")) + ui.px(8) : 0;
    // Until the piles are made, a pile's notes are cards of their own: said quietly
    // beside the wall's tools, where the counts below are not cut short by it.
    const char* piling = wall.cache.piles.working() ? ui.tr("wall.piling") : nullptr;
    const float piling_width = piling ? ImGui::CalcTextSize(piling).x + ui.px(16) : 0;
    const ImVec2 header_top = ImGui::GetCursorPos();
    if (screen_header(ui, "wall.back", ui.tr("wall.back"), ui.tr("wall.title"), detail.c_str(),
                      piling_width + undo_width + tools_width + debate_width + ui.px(8))) {
        state.screen = Screen::desk;
        return;
    }
    ui.touch.record_text("wall.counts", detail, ImRect(), ImRect());
    const ImVec2 after = ImGui::GetCursorPos();
    const float tools_x = ImGui::GetWindowContentRegionMax().x - undo_width - tools_width - debate_width;
    if (piling) {
        const float centred = (ui.touch_size() - ImGui::GetTextLineHeight()) * 0.5f;
        ImGui::SetCursorPos(ImVec2(tools_x - piling_width, header_top.y + centred));
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::TextUnformatted(piling);
        ImGui::PopStyleColor();
        ui.touch.record_text("wall.piling", piling, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImRect());
    }
    ImGui::SetCursorPos(ImVec2(tools_x, header_top.y));
    draw_wall_tools(state, ui);
    if (!wall.undo.empty()) {
        ImGui::SameLine(0, ui.px(8));
        if (touch_button(ui, "wall.undo", undo_label.c_str(), ImVec2(undo_width - ui.px(8), 0), ButtonLook::secondary))
            wall_change(state, ui, [&] { wall.undo.undo(store); });
    }
    if (keys) {
        ImGui::SameLine(0, ui.px(8));
        if (touch_button(ui, "wall.debate", ui.tr("debate.open"), ImVec2(debate_width - ui.px(8), 0))) {
            state.screen = Screen::debate;
            return;
        }
    }
    ImGui::SetCursorPos(after);

    draw_wall_filters(store, state, ui);
    ImGui::Dummy(ImVec2(0, ui.px(8)));

    const float bar = wall.chosen.empty() ? 0 : ui.touch_size() + ui.px(12);
    const float keys_width = ui.px(250);
    ImGui::BeginChild("wall.body", ImVec2(0, ImGui::GetContentRegionAvail().y - bar), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const std::vector<DropTarget> targets = draw_wall_keys(store, state, ui, keys_width);
    ImGui::SameLine(0, ui.px(14));
    const float suggestions_width = wall.suggesting ? ui.px(380) : 0;
    const float surface_width = wall.suggesting ? ImGui::GetContentRegionAvail().x - suggestions_width - ui.px(14) : 0;
    ImGui::BeginChild("wall.surface", ImVec2(surface_width, 0), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const CanvasOutcome outcome = draw_wall_canvas(ui, store.state(), wall, targets);
    ImGui::EndChild();
    if (wall.suggesting) {
        ImGui::SameLine(0, ui.px(14));
        draw_wall_suggestions(store, state, ui, suggestions_width);
    }
    ImGui::EndChild();
    if (!outcome.file_into.empty())
        wall_change(state, ui, [&] {
            ThemeActions(store, wall.undo).file(outcome.file_into, chosen_captures(wall));
            wall.chosen.clear();
        });
    if (!wall.chosen.empty()) {
        ImGui::Dummy(ImVec2(0, ui.px(4)));
        draw_chosen_bar(store, state, ui);
    }
    ui.message_floor = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - bar;
    draw_new_key_panel(store, state, ui);
    draw_wall_filter_lists(store, state, ui);
}

}  // namespace oogst::app
