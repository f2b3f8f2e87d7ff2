#include "app/coming_soon_screen.hpp"

#include "app/screen_header.hpp"
#include "app/theme.hpp"

namespace oogst::app {

void draw_coming_soon_screen(AppState& state, Ui& ui) {
    const bool kiosk = state.screen == Screen::kiosk;
    if (screen_header(ui, "coming_soon.back", ui.tr("back.start"), ui.tr(kiosk ? "start.kiosk" : "start.facilitator"),
                      ui.tr("common.coming_soon"))) {
        state.screen = Screen::start;
        return;
    }
    ImGui::Dummy(ImVec2(0, ui.px(40)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("coming_soon.heading"));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui.px(760));
    ImGui::TextUnformatted(ui.tr(kiosk ? "coming_soon.kiosk" : "coming_soon.facilitator"));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace oogst::app
