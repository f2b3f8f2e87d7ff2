#include "app/start/start_screen.hpp"

#include <algorithm>
#include <string>

#include "app/harvest/harvest_screen.hpp"
#include "app/prepare/prepare_screen.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

struct Mode {
    const char* name;
    const char* heading;
    const char* detail;
    ImU32 fill;
    Screen screen;
};

// Three buttons, one per language, each in its own language so anyone finds theirs;
// the chosen one is green. The device remembers it for the next start.
void language_switch(Store& store, Ui& ui, AppState& state) {
    const float gap = ui.px(12);
    ImGui::PushFont(ui.fonts.bold);
    float row = 0;
    for (Language language : all_languages)
        row += ImGui::CalcTextSize(language_name(language).data()).x + 2 * ui.px(24) + gap;
    ImGui::PopFont();
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - row + gap) * 0.5f));
    for (Language language : all_languages) {
        if (language != all_languages.front()) ImGui::SameLine(0, gap);
        const std::string name = "start.language." + std::string(language_code(language));
        const ButtonLook look = language == state.language ? ButtonLook::primary : ButtonLook::secondary;
        if (touch_button(ui, name.c_str(), language_name(language).data(), ImVec2(0, 0), look) &&
            language != state.language) {
            state.language = language;
            try {
                store.save_device_language(language);
            } catch (const std::exception& error) {
                // The choice holds until the app closes; only the next start forgets it.
                state.error = ui.tr("start.language_not_saved", {{"reason", error_text(ui, error)}});
            }
        }
    }
}

}  // namespace

void draw_start_screen(Store& store, AppState& state, Ui& ui) {
    const WorkshopState& workshop = store.state();
    const float top = std::max(ui.px(24), (ImGui::GetContentRegionAvail().y - ui.px(700)) * 0.4f);
    ImGui::Dummy(ImVec2(0, top));

    centred_text(ui.fonts.title, colour::primary, "Oogst");
    centred_text(ui.fonts.body, colour::muted, ui.tr("start.tagline"));
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    if (workshop.has_workshop())
        centred_text(ui.fonts.heading, colour::text, workshop.workshop().name);
    else
        centred_text(ui.fonts.heading, colour::muted, ui.tr("start.no_workshop"));
    ImGui::Dummy(ImVec2(0, ui.px(32)));

    const Mode modes[] = {
        {"start.table", ui.tr("start.table"), ui.tr("start.table.detail"), colour::primary, Screen::sessions},
        {"start.kiosk", ui.tr("start.kiosk"), ui.tr("start.kiosk.detail"), colour::kiosk, Screen::kiosk},
        {"start.facilitator", ui.tr("start.facilitator"), ui.tr("start.facilitator.detail"), colour::facilitator,
         Screen::desk},
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
        if (touch_card(ui, mode.name, mode.heading, mode.detail, ImVec2(width, ui.px(side_by_side ? 168 : 112)),
                       mode.fill, colour::on_primary)) {
            // A facilitator without a workshop starts by making one.
            if (mode.screen == Screen::desk && !workshop.has_workshop())
                open_prepare(state, PrepareTab::workshop, Screen::start);
            else
                state.screen = mode.screen;
        }
    }

    // Handing the device's work to the facilitator, under the modes: as wide as their row.
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    ImGui::SetCursorPosX(left);
    if (touch_button(ui, "start.harvest", ui.tr("harvest.open"), ImVec2(row, ui.px(72)), ButtonLook::secondary))
        open_harvest_screen(state);

    ImGui::Dummy(ImVec2(0, ui.px(24)));
    language_switch(store, ui, state);

    // Where the captures are kept, for the facilitator who collects them later.
    const std::string footer = ui.tr("start.footer", {{"folder", store.folder().string()},
                                                      {"count", std::to_string(store.state().operations_applied())}});
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY() + ui.px(24),
                                  ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y -
                                      ImGui::GetTextLineHeight()));
    centred_text(ui.fonts.body, colour::muted, footer);
}

}  // namespace oogst::app
