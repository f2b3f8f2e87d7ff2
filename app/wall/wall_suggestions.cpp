#include "app/wall/wall_suggestions.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/sense/file_suggested.hpp"
#include "core/sense/sense_input.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/table/same_text.hpp"

namespace oogst::app {
namespace {

// The text wrapped at words, the words that led to the suggestion in bold green.
void words_with_reasons(Ui& ui, const std::string& text, const std::vector<std::string>& because, float width) {
    std::set<std::string> reasons;
    for (const std::string& word : because) reasons.insert(folded_text(word));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float line = ui.fonts.body->FontSize * 1.25f;
    const float space = ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, 0, " ").x;
    ImVec2 at = start;
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t to = text.find_first_of(" \n", from);
        if (to == std::string::npos) to = text.size();
        const std::string word = text.substr(from, to - from);
        const bool reason = reasons.count(folded_text(word)) > 0;
        ImFont* font = reason ? ui.fonts.bold : ui.fonts.body;
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, word.c_str()).x;
        if (at.x > start.x && at.x + w > start.x + width) at = ImVec2(start.x, at.y + line);
        draw->AddText(font, font->FontSize, at, reason ? colour::primary : colour::text, word.c_str());
        at.x += w + space;
        from = to + 1;
    }
    ImGui::Dummy(ImVec2(width, at.y - start.y + line));
}

void refresh_suggestions(const Store& store, WallState& wall) {
    if (wall.suggested_at == store.revision()) return;
    wall.suggestions = suggest(sense_input(store.state()));
    // The surest first: the facilitator reads from the top.
    std::stable_sort(wall.suggestions.filing.begin(), wall.suggestions.filing.end(),
                     [](const FilingSuggestion& a, const FilingSuggestion& b) { return a.confidence > b.confidence; });
    wall.suggested_at = store.revision();
}

}  // namespace

void draw_wall_suggestions(Store& store, AppState& state, Ui& ui, float width) {
    WallState& wall = state.wall;
    refresh_suggestions(store, wall);
    const WorkshopState& workshop = store.state();
    ImGui::BeginChild("wall.suggestions", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float inner = ImGui::GetContentRegionAvail().x - ui.px(4);
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("wall.suggestions"));
    ImGui::PopFont();
    const auto& filing = wall.suggestions.filing;
    if (!workshop.themes().empty()) {
        const auto sure = static_cast<std::size_t>(std::count_if(filing.begin(), filing.end(), [](const FilingSuggestion& s) {
            return rounded_confidence(s.confidence) >= accept_all_confidence;
        }));
        const std::string all = ui.tr("wall.accept_all", {{"count", std::to_string(sure)},
                                                          {"percent", std::to_string(static_cast<int>(accept_all_confidence * 100))}});
        if (sure > 0 && touch_button(ui, "wall.accept_all", all.c_str(), ImVec2(inner, 0)))
            wall_change(state, ui, [&] { file_suggested(store, wall.undo, filing, accept_all_confidence); });
        if (filing.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
            ImGui::TextWrapped("%s", ui.tr("wall.no_suggestions"));
            ImGui::PopStyleColor();
        }
        // One suggestion per card: a pile's notes are answered together. The first forty:
        // a facilitator works down a list, and the list is remade after each answer.
        std::map<std::string, const WallCard*> card_of;
        for (const WallCard* card : wall.cache.shown)
            for (const std::string& id : card->pile) card_of.emplace(id, card);
        std::set<const WallCard*> answered;
        std::size_t listed = 0;
        for (const FilingSuggestion& suggestion : filing) {
            if (listed == 40) break;
            const CaptureRecord* capture = workshop.capture(suggestion.capture);
            const ThemeRecord* theme = workshop.theme(suggestion.theme);
            const auto card = card_of.find(suggestion.capture);
            if (!capture || !theme || card == card_of.end() || !answered.insert(card->second).second) continue;
            ++listed;
            const std::vector<std::string>& pile = card->second->pile;
            ImGui::Dummy(ImVec2(0, ui.px(10)));
            words_with_reasons(ui, capture->text.value(), suggestion.because, inner);
            const std::string to = ui.tr("wall.suggested_key", {{"key", theme->details.value().name},
                                                                 {"percent", std::to_string(static_cast<int>(suggestion.confidence * 100 + 0.5))}});
            ImGui::PushStyleColor(ImGuiCol_Text, theme_ink(theme_colour(theme->details.value())));
            ImGui::PushFont(ui.fonts.bold);
            ImGui::TextWrapped("%s", to.c_str());
            ImGui::PopFont();
            ImGui::PopStyleColor();
            const float half = (inner - ui.px(8)) * 0.5f;
            if (touch_button(ui, ("wall.accept." + suggestion.capture).c_str(), ui.tr("wall.accept"), ImVec2(half, 0)))
                wall_change(state, ui, [&] { ThemeActions(store, wall.undo).file(suggestion.theme, pile); });
            ImGui::SameLine(0, ui.px(8));
            if (touch_button(ui, ("wall.reject." + suggestion.capture).c_str(), ui.tr("wall.reject"), ImVec2(half, 0),
                             ButtonLook::secondary))
                wall_change(state, ui, [&] { ThemeActions(store, wall.undo).reject(suggestion.theme, pile); });
        }
    }
    // Groups among the cards not filed: candidates for new keys.
    const auto& groups = wall.suggestions.groups;
    if (!groups.empty()) {
        ImGui::Dummy(ImVec2(0, ui.px(14)));
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextWrapped("%s", ui.tr("wall.new_key_groups"));
        ImGui::PopFont();
    }
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const ThemeGroup& group = groups[i];
        if (group.words.empty()) continue;
        std::string words;
        for (const std::string& word : group.words) words += (words.empty() ? "" : ", ") + word;
        ImGui::Dummy(ImVec2(0, ui.px(6)));
        ImGui::TextWrapped("%s", ui.tr("wall.group", {{"words", words}, {"count", std::to_string(group.captures.size())}}).c_str());
        std::string name = group.words.front();
        if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
        const std::string label = ui.tr("wall.make_group_key", {{"name", name}});
        if (touch_button(ui, ("wall.group." + std::to_string(i)).c_str(), label.c_str(), ImVec2(inner, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] { ThemeActions(store, wall.undo).create({name}, group.captures); });
    }
    if (wall.gesture != WallGesture::carrying) drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace oogst::app
