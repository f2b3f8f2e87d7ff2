#pragma once
// The touch registry written to a file for tests that drive the real app from outside
// (tests/e2e/kiosk_*): with OOGST_WIDGET_MAP=FILE, main.cpp hands every frame's widgets
// here, and the file is rewritten whenever they changed. One widget a line:
//     name left top right bottom
// the part of the widget a tap can reach (not scrolled away), in window coordinates
// (ImGui's, which GLFW gives in X11's pixels). The
// file is replaced whole (a temporary name, then rename), so a reader never sees half.
#include <filesystem>
#include <string>

#include "app/widgets/touch_registry.hpp"

namespace oogst::app {

class WidgetMap {
public:
    explicit WidgetMap(std::filesystem::path file) : file_(std::move(file)) {}
    // Writes the widgets when they differ from the last written; a failed write is
    // tried again at the next change (the app itself must not stop for a test aid).
    void update(const TouchRegistry& touch);

private:
    std::filesystem::path file_;
    std::string written_;
};

// The lines update writes, for the widgets of one frame.
std::string widget_map_text(const TouchRegistry& touch);

}  // namespace oogst::app
