#include "app/note_composer.hpp"

#include <exception>

#include "app/template_labels.hpp"
#include "app/theme.hpp"
#include "app/touch_widgets.hpp"
#include "core/errors.hpp"
#include "core/ids.hpp"
#include "core/payloads.hpp"

namespace oogst::app {
namespace {

std::string trimmed(const std::string& text) {
    constexpr const char* blank = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(blank);
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(blank) - first + 1);
}

}  // namespace

bool add_note(Store& store, AppState& state, const std::string& board) {
    std::string text = trimmed(state.draft);
    if (text.empty()) return false;

    const auto existing = store.state().captures_of(state.session_id);
    std::size_t on_board = 0;
    for (const auto& [id, capture] : existing) on_board += capture->placement.value().board == board;

    CaptureAdded note;
    note.id = new_id();
    note.session_id = state.session_id;
    note.capture_kind = CaptureKind::text;
    note.text = std::move(text);
    note.prompt = board;
    note.board = board;
    note.x = static_cast<float>(on_board);  // its place in the column: after the others
    note.colour = note_palette[existing.size() % note_palette.size()];
    note.author_label = "Tafel";
    try {
        store.record(note);
    } catch (const UserError& error) {
        state.error = std::string("De notitie is niet bewaard: ") + error.what();
        return false;
    } catch (const std::exception& error) {
        // Not the user's doing, but the table keeps working and keeps the typed text.
        state.error = std::string("De notitie is niet bewaard door een interne fout: ") + error.what();
        return false;
    }
    state.draft.clear();
    state.error.clear();
    return true;
}

void draw_note_composer(Store& store, AppState& state, Ui& ui, const std::string& board, float width) {
    const char* button_label = "Toevoegen";
    ImGui::PushFont(ui.fonts.bold);
    const float button_width = ImGui::CalcTextSize(button_label).x + 2 * ui.px(32);
    ImGui::PopFont();
    const float field_width = width - button_width - ImGui::GetStyle().ItemSpacing.x;

    const std::string hint =
        board.empty() ? "Schrijf een notitie…" : "Schrijf een notitie voor “" + board_label(board) + "”…";
    if (state.focus_draft) {
        ImGui::SetKeyboardFocusHere();
        state.focus_draft = false;
    }
    // Enter adds too; the field then keeps the cursor for the next note.
    const bool entered = touch_text_field(ui, "board.text", hint.c_str(), state.draft, field_width);
    const float field_height = ImGui::GetItemRectSize().y;
    ImGui::SameLine();
    const bool tapped = touch_button(ui, "board.add", button_label, ImVec2(button_width, field_height));
    if ((entered || tapped) && add_note(store, state, board) && entered) state.focus_draft = true;
}

}  // namespace oogst::app
