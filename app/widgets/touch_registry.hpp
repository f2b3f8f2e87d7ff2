#pragma once
// Where the app's own touch widgets were drawn this frame, by stable name ("board.add").
// ImGui 1.86 keeps only the last item's rectangle and Debian's build has no test-engine
// hooks, so this registry is how headless UI tests find what to tap (DESIGN.md field
// notes). It costs a few small strings per frame in the real app.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

namespace oogst::app {

struct TouchWidget {
    ImGuiID id = 0;
    std::string name;
    ImRect rect;     // the whole widget, in screen pixels
    ImRect visible;  // the part not scrolled or clipped away; empty when none is
    std::string label;  // the words on it, for a button; empty for other widgets
};

// A line of text a screen wants checked, not tapped: that it says the right thing and
// fits the room it was given (a French label is often the longest).
struct ShownText {
    std::string name;
    std::string text;
    ImRect rect;  // where it was drawn
    ImRect room;  // the space the layout gave it
};

class TouchRegistry {
public:
    void begin_frame() {
        widgets_.clear();
        texts_.clear();
    }
    // Records the item ImGui just drew (call right after the widget) under name, with
    // the label it shows (buttons).
    void record_last_item(std::string name, std::string label = {});
    // Records a place a screen draws and handles touches on itself (the wall's cards,
    // which are no ImGui items), visible within clip.
    void record_area(std::string name, const ImRect& rect, const ImRect& clip);
    // Records a text drawn at rect in room (not a touch target).
    void record_text(std::string name, std::string text, const ImRect& rect, const ImRect& room);

    const TouchWidget* find(std::string_view name) const;
    const std::vector<TouchWidget>& widgets() const { return widgets_; }
    const ShownText* find_text(std::string_view name) const;
    const std::vector<ShownText>& texts() const { return texts_; }

private:
    std::vector<TouchWidget> widgets_;
    std::vector<ShownText> texts_;
};

}  // namespace oogst::app
