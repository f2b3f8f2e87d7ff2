#pragma once
// Which of the app's text fields has the keyboard, and what was typed into it.
//
// The app edits text itself instead of using ImGui::InputText: a tap on an on-screen
// key is an ImGui button press, and that would take the keyboard focus away from an
// InputText. So a field here is just drawn text; the TextEntry remembers which field
// (by its touch name) was tapped, and the field, as it draws, takes what was typed:
// the touch keyboard's keys (queued here, since the keyboard is drawn after the
// screen) and the physical keyboard's (ImGui's input queue), in that order.
#include <string>
#include <string_view>
#include <vector>

namespace oogst::app {

// One keystroke as the text sees it.
struct TextEdit {
    enum class Kind { insert, backspace, enter };
    Kind kind = Kind::insert;
    std::string text;  // for insert: UTF-8, one character or more
};

struct EditResult {
    bool changed = false;  // the text is different now
    bool entered = false;  // Enter was pressed in a one-line field
};

// Applies edits to text at its end. Backspace takes off one whole character. In a
// one-line field Enter is reported (and stops nothing: what follows is applied too)
// and line breaks in inserted text are dropped; in a multi-line field Enter is a
// line break. Pure, so the editing rules are unit-tested without a screen.
EditResult apply_edits(std::string& text, const std::vector<TextEdit>& edits, bool multi_line);

class TextEntry {
public:
    // The shell calls these around each frame. A focused field that was not drawn in a
    // frame has gone (another screen, another session) and loses the focus.
    void begin_frame() { drawn_ = false; }
    void end_frame();

    bool has_focus() const { return !focused_.empty(); }
    bool has_focus(std::string_view field) const { return !focused_.empty() && focused_ == field; }
    const std::string& focused() const { return focused_; }
    // Gives field the keyboard. Keys typed for another field are dropped.
    void focus(std::string_view field);
    void unfocus();

    // The touch keyboard's keys, for the focused field.
    void type(std::string_view utf8);
    void backspace();
    void enter();

    // Called by the focused field called field while it draws: applies the touch
    // keyboard's keys and the physical keyboard's (characters, Backspace with its
    // repeat, Enter, Ctrl+V) to text. A field without the focus gets nothing.
    EditResult edit(std::string_view field, std::string& text, bool multi_line);

private:
    std::string focused_;
    bool drawn_ = false;
    std::vector<TextEdit> pending_;  // from the touch keyboard, not yet applied
};

}  // namespace oogst::app
