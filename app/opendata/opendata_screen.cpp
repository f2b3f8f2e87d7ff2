#include "app/opendata/opendata_screen.hpp"

#include <algorithm>

#include "app/opendata/survey_import_panel.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

void draw_opendata_screen(Store& store, AppState& state, Ui& ui) {
    const std::string detail = store.state().has_workshop() ? store.state().workshop().name : "";
    if (screen_header(ui, "opendata.back", ui.tr("opendata.back"), ui.tr("opendata.title"), detail.c_str())) {
        state.screen = Screen::desk;
        return;
    }
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float gap = ui.px(32);
    const float left = std::clamp((room.x - gap) * 0.5f, ui.px(320), ui.px(760));
    ImGui::BeginChild("opendata.in", ImVec2(left, room.y), false, ImGuiWindowFlags_NoScrollbar);
    draw_survey_import(store, state, ui, ImGui::GetContentRegionAvail().x);
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace oogst::app
