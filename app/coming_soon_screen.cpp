#include "app/coming_soon_screen.hpp"

#include "app/screen_header.hpp"
#include "app/theme.hpp"

namespace oogst::app {

void draw_coming_soon_screen(AppState& state, Ui& ui) {
    const bool kiosk = state.screen == Screen::kiosk;
    if (screen_header(ui, "coming_soon.back", "← Start", kiosk ? "Kiosk" : "Facilitator", "Komt binnenkort")) {
        state.screen = Screen::start;
        return;
    }
    ImGui::Dummy(ImVec2(0, ui.px(40)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted("Deze modus komt binnenkort.");
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui.px(760));
    ImGui::TextUnformatted(kiosk ? "Hier kunnen kinderen straks tekenen, een gedicht schrijven of een foto van hun "
                                   "collage maken, voor de tentoonstelling."
                                 : "Hier verzamelt de facilitator straks het werk van alle toestellen, ordent het in "
                                   "sleutels en maakt de verslagen.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace oogst::app
