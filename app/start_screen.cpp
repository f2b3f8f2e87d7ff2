#include "app/start_screen.hpp"

#include <algorithm>
#include <string>

#include "app/theme.hpp"
#include "app/touch_widgets.hpp"

namespace oogst::app {
namespace {

void centred_text(ImFont* font, ImU32 ink, const std::string& text) {
    ImGui::PushFont(font);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - size.x) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, ink);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + size.x + 1);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

struct Mode {
    const char* name;
    const char* heading;
    const char* detail;
    ImU32 fill;
    Screen screen;
};

}  // namespace

void draw_start_screen(Store& store, AppState& state, Ui& ui) {
    const WorkshopState& workshop = store.state();
    const float top = std::max(ui.px(24), (ImGui::GetContentRegionAvail().y - ui.px(560)) * 0.4f);
    ImGui::Dummy(ImVec2(0, top));

    centred_text(ui.fonts.title, colour::primary, "Oogst");
    centred_text(ui.fonts.body, colour::muted, "Ideeën oogsten, aan elke tafel");
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    if (workshop.has_workshop())
        centred_text(ui.fonts.heading, colour::text, workshop.workshop().name);
    else
        centred_text(ui.fonts.heading, colour::muted, "Nog geen workshop op dit toestel");
    ImGui::Dummy(ImVec2(0, ui.px(32)));

    const Mode modes[] = {
        {"start.table", "Tafel", "Notities aan tafel, tijdens een sessie", colour::primary, Screen::sessions},
        {"start.kiosk", "Kiosk", "Tekenen en schrijven voor kinderen", colour::kiosk, Screen::kiosk},
        {"start.facilitator", "Facilitator", "Verzamelen, ordenen en delen", colour::facilitator,
         Screen::facilitator},
    };
    // Three tiles side by side, centred; on a narrow (portrait) screen they stack.
    const float gap = ui.px(24);
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = avail >= 3 * ui.px(240) + 2 * gap;
    const float width = side_by_side ? std::min(ui.px(340), (avail - 2 * gap) / 3) : std::min(avail, ui.px(480));
    const float row = side_by_side ? 3 * width + 2 * gap : width;
    const float left = ImGui::GetCursorPosX() + (avail - row) * 0.5f;
    for (std::size_t i = 0; i < std::size(modes); ++i) {
        if (side_by_side && i > 0) ImGui::SameLine(0, gap);
        else ImGui::SetCursorPosX(left);
        const Mode& mode = modes[i];
        if (touch_card(ui, mode.name, mode.heading, mode.detail, ImVec2(width, ui.px(side_by_side ? 200 : 120)),
                       mode.fill, colour::on_primary))
            state.screen = mode.screen;
    }

    // Where the captures are kept, for the facilitator who collects them later.
    const std::string footer = "Opslag: " + store.folder().string() + " · " +
                               std::to_string(store.state().operations_applied()) + " wijzigingen bewaard";
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY() + ui.px(24),
                                  ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y -
                                      ImGui::GetTextLineHeight()));
    centred_text(ui.fonts.body, colour::muted, footer);
}

}  // namespace oogst::app
