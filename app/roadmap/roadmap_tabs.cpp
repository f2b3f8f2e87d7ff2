#include "app/roadmap/roadmap_tabs.hpp"

#include <array>

#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

void draw_roadmap_tabs(AppState& state, Ui& ui, Screen current) {
    struct Tab {
        Screen screen;
        const char* name;  // the widget's, in the touch registry
        const char* label;
    };
    const std::array<Tab, 4> tabs{{
        {Screen::debate, "roadmap.tab.debate", ui.tr("roadmap.tab.debate")},
        {Screen::stakeholder_map, "roadmap.tab.map", ui.tr("roadmap.tab.map")},
        {Screen::cases, "roadmap.tab.cases", ui.tr("roadmap.tab.cases")},
        {Screen::synthesis, "roadmap.tab.synthesis", ui.tr("roadmap.tab.synthesis")},
    }};
    bool first = true;
    for (const auto& [screen, name, label] : tabs) {
        if (!first) ImGui::SameLine(0, ui.px(8));
        first = false;
        if (touch_button(ui, name, label, ImVec2(0, 0),
                         screen == current ? ButtonLook::primary : ButtonLook::secondary) &&
            screen != current) {
            state.screen = screen;
            ui.text_entry.unfocus();  // a field of the screen left behind keeps no keyboard
        }
    }
    ImGui::Dummy(ImVec2(0, ui.px(6)));
}

}  // namespace oogst::app
