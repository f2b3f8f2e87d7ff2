#include "app/roadmap/speelveld_panel.hpp"

#include <algorithm>
#include <string>

#include "app/roadmap/map_panels.hpp"
#include "app/roadmap/roadmap_words.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/roadmap/speelveld_notes.hpp"

namespace oogst::app {

void draw_speelveld_notes(Store& store, AppState& state, Ui& ui, float width) {
    MapState& map = state.roadmap.map;
    const std::vector<SpeelveldNote> notes = speelveld_notes(store.state());
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(ui.tr("speelveld.heading", {{"count", std::to_string(notes.size())}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    if (notes.empty()) ImGui::TextWrapped("%s", ui.tr("speelveld.none"));
    ImGui::PopStyleColor();
    const float button = std::max(button_width(ui, ui.tr("speelveld.to_actor")), button_width(ui, ui.tr("speelveld.to_link")));
    const float text_width = width - button - ui.px(12);
    for (const SpeelveldNote& note : notes) {
        // The note as the table wrote it: its first line (the actor, or who with whom)
        // in bold, the rest under it; where it comes from and what it becomes beside
        // the button that turns it.
        ImGui::Dummy(ImVec2(0, ui.px(4)));
        const auto end = note.text.find('\n');
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(note.text.substr(0, end).c_str());
        ImGui::PopFont();
        if (end != std::string::npos) ImGui::TextUnformatted(note.text.substr(end + 1).c_str());
        ImGui::PopTextWrapPos();
        const ImVec2 top = ImGui::GetCursorScreenPos();
        std::string where = note.table + " · " + (note.is_link ? link_kind_words(ui, note.kind) : category_words(ui, note.category));
        if (!note.same_actor.empty())
            where += " · " + ui.tr("speelveld.same_actor", {{"name", store.state().roadmap().actor(note.same_actor)->name}});
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::TextUnformatted(where.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(top.x + width - button, top.y));
        if (note.is_link) {
            if (touch_button(ui, ("speelveld.link." + note.capture_id).c_str(), ui.tr("speelveld.to_link"),
                             ImVec2(button, 0), ButtonLook::secondary)) {
                // The facilitator reads the note and taps the two actors it names.
                std::string competences;
                for (const std::string& c : note.competences) competences += (competences.empty() ? "" : ", ") + c;
                map.linking = LinkDraft{true, note.kind, "", "", competences, note.capture_id};
                map.chosen_actor.clear();
                map.chosen_link.clear();
                map.adding = false;
            }
        } else if (touch_button(ui, ("speelveld.actor." + note.capture_id).c_str(), ui.tr("speelveld.to_actor"),
                                ImVec2(button, 0), ButtonLook::secondary)) {
            wall_change(state, ui, [&] {
                RoadmapActions actions(store, state.roadmap.undo);
                const std::string actor = actor_from_note(actions, store.state(), note.capture_id);
                choose_actor(map, *store.state().roadmap().actor(actor));
            });
        }
        ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(after.y, ImGui::GetCursorScreenPos().y)));
        ImGui::GetWindowDrawList()->AddLine(ImVec2(top.x, ImGui::GetCursorScreenPos().y + ui.px(2)),
                                            ImVec2(top.x + width, ImGui::GetCursorScreenPos().y + ui.px(2)),
                                            colour::column, ui.px(1));
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
}

}  // namespace oogst::app
