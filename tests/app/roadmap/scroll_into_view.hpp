#pragma once
// The roadmap's side panels are longer than the screen, the more so with the touch
// keyboard up: a test turns the mouse wheel over the panel (recorded by its name in the
// touch registry) a notch at a time until the widget it wants is wholly in view.
#include <gtest/gtest.h>

#include <imgui.h>

#include <string>

#include "tests/app/ui_harness.hpp"

namespace oogst::testing {

inline void scroll_into_view(UiHarness& ui, const std::string& panel, const std::string& name) {
    for (int notch = 0; notch < 40; ++notch) {
        ui.frame();
        const app::TouchWidget& target = ui.widget(name);
        if (target.visible.GetHeight() >= target.rect.GetHeight() - 1) return;
        const ImRect area = ui.widget(panel).visible;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = area.GetCenter();
        io.MouseWheel = target.rect.Min.y > area.GetCenter().y ? -1.0f : 1.0f;
        ui.frame();
    }
    FAIL() << name << " never came into view";
}

}  // namespace oogst::testing
