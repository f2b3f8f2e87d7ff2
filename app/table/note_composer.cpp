#include "app/table/note_composer.hpp"

#include <algorithm>
#include <cmath>
#include <exception>

#include "app/shell/error_text.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/errors.hpp"
#include "core/model/payloads.hpp"
#include "core/model/plain_text.hpp"
#include "core/table/board_actions.hpp"
#include "core/table/table_capture.hpp"

namespace oogst::app {

bool add_note(Store& store, AppState& state, const Ui& ui, const std::string& board) {
    std::string text(trimmed(state.draft));
    if (text.empty()) return false;

    CaptureAdded note = new_table_capture(store.state(), state.session_id, CaptureKind::text, board);
    note.text = std::move(text);
    try {
        BoardActions(store, state.undo).add(note);
    } catch (const UserError& error) {
        state.error = ui.tr("composer.not_saved", {{"reason", error_text(ui, error)}});
        return false;
    } catch (const std::exception& error) {
        // Not the user's doing, but the table keeps working and keeps the typed text.
        state.error = ui.tr("composer.internal", {{"reason", error_text(ui, error)}});
        return false;
    }
    state.draft.clear();
    state.error.clear();
    state.reveal.show(note.id, ImGui::GetTime());  // its column scrolls to it, ringed for a moment
    return true;
}

void draw_note_composer(Store& store, AppState& state, Ui& ui, const std::string& board,
                        const std::string& board_label, const MethodTemplate* method, float width) {
    const char* button_label = ui.tr("composer.add");
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    // Drawings and photos are made on their own screens; a method without a template
    // allows every kind.
    const bool drawings = !method || method->allows(CaptureKind::drawing);
    const bool photos = !method || method->allows(CaptureKind::photo);
    const char* draw_label = ui.tr("composer.draw");
    const char* photo_label = ui.tr("composer.photo");
    float field_width = width - button_width(ui, button_label, 32) - gap;
    if (drawings) field_width -= button_width(ui, draw_label, 32) + gap;
    if (photos) field_width -= button_width(ui, photo_label, 32) + gap;

    const std::string hint =
        board.empty() ? std::string(ui.tr("composer.hint")) : ui.tr("composer.hint.board", {{"board", board_label}});
    // Enter (the touch keyboard's or a physical one) adds too; the field keeps the
    // keyboard for the next note either way.
    const bool entered = touch_text_field(ui, "board.text", hint.c_str(), state.draft, field_width);
    const float field_height = ImGui::GetItemRectSize().y;
    ImGui::SameLine();
    const bool tapped = touch_button(ui, "board.add", button_label, ImVec2(button_width(ui, button_label, 32), field_height));
    if (entered || tapped) add_note(store, state, ui, board);
    // The picture a drawing or photo makes goes to the same column as a typed note.
    if (drawings) {
        ImGui::SameLine();
        if (touch_button(ui, "board.draw", draw_label, ImVec2(button_width(ui, draw_label, 32), field_height),
                         ButtonLook::secondary)) {
            state.capture_board = board;
            state.screen = Screen::drawing;
        }
    }
    if (photos) {
        ImGui::SameLine();
        if (touch_button(ui, "board.photo", photo_label, ImVec2(button_width(ui, photo_label, 32), field_height),
                         ButtonLook::secondary)) {
            state.capture_board = board;
            state.screen = Screen::photo;
        }
    }
}

}  // namespace oogst::app
