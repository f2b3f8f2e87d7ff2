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
};

class TouchRegistry {
public:
    void begin_frame() { widgets_.clear(); }
    // Records the item ImGui just drew (call right after the widget) under name.
    void record_last_item(std::string name);

    const TouchWidget* find(std::string_view name) const;
    const std::vector<TouchWidget>& widgets() const { return widgets_; }

private:
    std::vector<TouchWidget> widgets_;
};

}  // namespace oogst::app
