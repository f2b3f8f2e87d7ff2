#include "app/opendata/opendata_screen.hpp"

#include <algorithm>

#include "app/opendata/export_panel.hpp"
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
    // A survey chosen (or being read in) takes the whole screen: its columns on the left,
    // the ideas as they will come in on the right, so each tap shows its effect.
    const bool mapping = state.opendata.import.table || state.opendata.import.job.busy();
    ImGui::BeginChild("opendata.in", ImVec2(left, room.y), false, ImGuiWindowFlags_NoScrollbar);
    if (mapping) draw_survey_columns(store, state, ui, ImGui::GetContentRegionAvail().x);
    else draw_survey_import(store, state, ui, ImGui::GetContentRegionAvail().x);
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("opendata.out", ImVec2(room.x - left - gap, room.y), false, ImGuiWindowFlags_NoScrollbar);
    if (mapping) draw_survey_preview(store, state, ui, ImGui::GetContentRegionAvail().x);
    else draw_export_panel(store, state, ui, ImGui::GetContentRegionAvail().x);
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace oogst::app
