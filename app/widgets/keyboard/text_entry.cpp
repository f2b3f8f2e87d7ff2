#include "app/widgets/keyboard/text_entry.hpp"

#include <imgui.h>

#include <algorithm>

#include "app/widgets/keyboard/utf8_edit.hpp"
#include "core/model/text_rules.hpp"

namespace oogst::app {
namespace {

// The physical keyboard's keystrokes in this frame, as edits.
std::vector<TextEdit> physical_keys() {
    std::vector<TextEdit> edits;
    const ImGuiIO& io = ImGui::GetIO();
    // Ctrl and Alt chords are commands, not text (GLFW sends no characters for them
    // anyway; other backends may).
    if (!io.KeyCtrl) {
        std::string typed;
        for (const ImWchar c : io.InputQueueCharacters)
            if (c >= 0x20 && c != 0x7F) utf8::append(typed, c);  // no control characters
        if (!typed.empty()) edits.push_back({TextEdit::Kind::insert, std::move(typed)});
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace), true)) edits.push_back({TextEdit::Kind::backspace, {}});
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))
        edits.push_back({TextEdit::Kind::enter, {}});
    if (io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_V), false))
        if (const char* pasted = ImGui::GetClipboardText(); pasted && *pasted)
            edits.push_back({TextEdit::Kind::insert, pasted});
    return edits;
}

// Text as a field may hold it: valid UTF-8 without control characters (a paste may bring
// anything: bytes that are not UTF-8, C1 controls, escape sequences), by the rules the
// store applies to every text (core/model/text_rules.hpp), so what the field shows is
// what is stored; tabs become spaces and line breaks stay only in a multi-line field.
std::string printable(std::string_view text, bool multi_line) {
    std::string kept = clean_text(text, multi_line ? TextShape::lines : TextShape::line);
    std::replace(kept.begin(), kept.end(), '\t', ' ');
    return kept;
}

}  // namespace

EditResult apply_edits(std::string& text, const std::vector<TextEdit>& edits, bool multi_line) {
    EditResult result;
    for (const TextEdit& edit : edits) {
        switch (edit.kind) {
            case TextEdit::Kind::insert: {
                const std::string kept = printable(edit.text, multi_line);
                text += kept;
                result.changed |= !kept.empty();
                break;
            }
            case TextEdit::Kind::backspace: result.changed |= utf8::erase_last(text); break;
            case TextEdit::Kind::enter:
                if (multi_line) {
                    text += '\n';
                    result.changed = true;
                } else {
                    result.entered = true;
                }
                break;
        }
    }
    return result;
}

void TextEntry::end_frame() {
    if (!drawn_) unfocus();
}

void TextEntry::focus(std::string_view field) {
    if (focused_ != field) pending_.clear();
    focused_ = field;
    drawn_ = true;  // it is being drawn: focus is given by tapping the field
}

void TextEntry::unfocus() {
    focused_.clear();
    pending_.clear();
}

void TextEntry::type(std::string_view utf8) {
    if (has_focus()) pending_.push_back({TextEdit::Kind::insert, std::string(utf8)});
}

void TextEntry::backspace() {
    if (has_focus()) pending_.push_back({TextEdit::Kind::backspace, {}});
}

void TextEntry::enter() {
    if (has_focus()) pending_.push_back({TextEdit::Kind::enter, {}});
}

EditResult TextEntry::edit(std::string_view field, std::string& text, bool multi_line) {
    if (!has_focus(field)) return {};
    drawn_ = true;
    std::vector<TextEdit> edits = std::move(pending_);
    pending_.clear();
    for (TextEdit& key : physical_keys()) edits.push_back(std::move(key));
    return apply_edits(text, edits, multi_line);
}

}  // namespace oogst::app
