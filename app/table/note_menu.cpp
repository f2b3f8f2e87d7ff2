#include "app/table/note_menu.hpp"

#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/table/board_actions.hpp"

namespace oogst::app {

void draw_note_menu(Store& store, AppState& state, Ui& ui) {
    if (state.menu_note.empty()) return;
    const CaptureRecord* note = store.state().capture(state.menu_note);
    if (!note) {  // deleted meanwhile
        state.menu_note.clear();
        return;
    }
    const std::string id = state.menu_note;
    bool open = begin_overlay(ui, "menu", ImVec2(ui.px(520), ui.px(420)));
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("menu.title"));
    ImGui::PopFont();
    // The note's own words, so the table sees which note it is about.
    const std::string& text = note->text.value();
    if (!text.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted(text.size() > 120 ? (text.substr(0, 117) + "…").c_str() : text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const ImVec2 button(width, ui.px(64));
    if (touch_button(ui, "menu.edit", ui.tr(note->origin->capture_kind == CaptureKind::text ? "menu.edit" : "menu.caption"),
                     button, ButtonLook::secondary)) {
        state.composer = ComposerMode::edit_note;
        state.editing_note = id;
        state.edit_draft = note->text.value();
        // Straight to typing: the keyboard opens on the text, and the note stays ringed
        // and in view above it while it is edited.
        ui.text_entry.focus("board.edit");
        state.reveal.show(id, ImGui::GetTime());
        open = false;
    }
    if (touch_button(ui, "menu.delete", ui.tr("menu.delete"), button, ButtonLook::secondary)) {
        BoardActions actions(store, state.undo);
        try {
            actions.remove(id);
        } catch (const std::exception& error) {
            state.error = ui.tr("menu.not_deleted", {{"reason", error_text(ui, error)}});
        }
        open = false;
    }
    if (touch_button(ui, "menu.cancel", ui.tr("common.cancel"), button, ButtonLook::primary)) open = false;
    end_overlay();
    if (!open) state.menu_note.clear();
}

}  // namespace oogst::app
