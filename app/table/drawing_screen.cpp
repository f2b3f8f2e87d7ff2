#include "app/table/drawing_screen.hpp"

#include <exception>
#include <string>

#include "app/shell/error_text.hpp"
#include "app/table/template_labels.hpp"
#include "app/widgets/canvas/drawing_canvas.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/drawing/drawing_thumbnail.hpp"
#include "core/errors.hpp"
#include "core/model/payloads.hpp"
#include "core/table/board_actions.hpp"
#include "core/table/table_capture.hpp"

namespace oogst::app {

bool save_drawing(Store& store, AppState& state, const Ui& ui) {
    const std::vector<Stroke>& strokes = state.canvas.draft.strokes();
    if (strokes.empty()) return false;

    CaptureAdded drawing = new_table_capture(store.state(), state.session_id, CaptureKind::drawing, state.capture_board);
    drawing.strokes = strokes;
    try {
        const std::string png = render_drawing_png(strokes);
        // The preview and the capture that names it are stored together or not at all,
        // and the table's undo can take the drawing back.
        BoardActions(store, state.undo).add(drawing, [&](CaptureAdded& added) {
            added.preview_blob = store.put_blob(png, "image/png");
        });
    } catch (const UserError& error) {
        state.error = ui.tr("drawing.not_saved", {{"reason", error_text(ui, error)}});
        return false;
    } catch (const std::exception& error) {
        // Not the table's doing, but the drawing stays on the canvas to try again.
        state.error = ui.tr("drawing.internal", {{"reason", error_text(ui, error)}});
        return false;
    }
    state.canvas.start_over(state.session_id);
    state.error.clear();
    state.reveal.show(drawing.id, ImGui::GetTime());  // the board shows it, wherever it landed
    return true;
}

namespace {

// "Bewaren", on the right of the header row, as tall as the back button.
bool save_button(Ui& ui, const DrawingCanvasState& canvas, ImVec2 header_top, float right) {
    const char* label = ui.tr("common.save");
    const float width = button_width(ui, label, 40);
    const float height = ui.fonts.heading->FontSize + ui.px(6) + ui.fonts.body->FontSize;
    const ImVec2 below = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(right - width, header_top.y));
    // Nothing drawn, nothing to keep: the button shows it cannot be used yet, and the
    // empty paper says what to do.
    ImGui::BeginDisabled(canvas.draft.empty() || !canvas.live.empty());
    const bool tapped = touch_button(ui, "drawing.save", label, ImVec2(width, height));
    ImGui::EndDisabled();
    ImGui::SetCursorScreenPos(below);
    return tapped;
}

}  // namespace

void draw_drawing_screen(Store& store, AppState& state, Ui& ui) {
    const SessionSet* session = store.state().session(state.session_id);
    if (!session) {
        // Deleted meanwhile (a merge can do that): back to the list, which is current.
        state.screen = Screen::sessions;
        return;
    }
    // A drawing belongs to the table it was begun at; another table starts on a clean sheet.
    if (state.canvas.owner != state.session_id) state.canvas.start_over(state.session_id);

    const std::string detail =
        state.capture_board.empty()
            ? session->table_name
            : ui.tr("drawing.detail", {{"board", board_label(ui, session->method, state.capture_board)}});
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float right = top.x + ImGui::GetContentRegionAvail().x;
    // Back keeps the drawing: a table shares one tablet and someone often checks the
    // board halfway; the sketch is still here on return, and "Alles wissen" (undoable)
    // starts afresh. No "discard?" question to answer in the middle of a conversation.
    if (screen_header(ui, "drawing.back", ui.tr("common.back"), ui.tr("drawing.heading"), detail.c_str())) {
        state.screen = Screen::board;
        return;
    }
    const bool save = save_button(ui, state.canvas, top, right);

    drawing_canvas(ui, state.canvas, ImGui::GetContentRegionAvail());

    if (save && save_drawing(store, state, ui)) state.screen = Screen::board;
}

}  // namespace oogst::app
