#include "app/prepare/prepare_screen.hpp"

#include <algorithm>
#include <string>

#include "app/prepare/device_list_view.hpp"
#include "app/prepare/session_list.hpp"
#include "app/prepare/workshop_form.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

// The three parts as a row of buttons; the open one is green.
void prepare_tabs(Store& store, PrepareState& prepare, Ui& ui) {
    const bool has_workshop = store.state().has_workshop();
    struct Tab {
        PrepareTab tab;
        const char* name;
        std::string label;
    };
    const Tab all[] = {
        {PrepareTab::workshop, "prepare.tab.workshop", ui.tr("prepare.tab.workshop")},
        {PrepareTab::sessions, "prepare.tab.sessions",
         ui.tr("prepare.tab.sessions", {{"count", std::to_string(store.state().sessions().size())}})},
        {PrepareTab::devices, "prepare.tab.devices",
         ui.tr("prepare.tab.devices", {{"count", std::to_string(current_devices(store, prepare).devices.size())}})},
    };
    const float gap = ui.px(12);
    const float width = ui.px(190);
    for (const Tab& tab : all) {
        if (tab.tab != PrepareTab::workshop) ImGui::SameLine(0, gap);
        // Sessions and devices belong to a workshop: there is none to plan before it exists.
        ImGui::BeginDisabled(!has_workshop && tab.tab != PrepareTab::workshop);
        const ButtonLook look = prepare.tab == tab.tab ? ButtonLook::primary : ButtonLook::secondary;
        if (touch_button(ui, tab.name, tab.label.c_str(), ImVec2(width, ui.px(56)), look) && prepare.tab != tab.tab) {
            prepare.tab = tab.tab;
            prepare.merging.clear();
            prepare.removing.clear();
            prepare.notice.clear();
        }
        ImGui::EndDisabled();
    }
}

}  // namespace

void open_prepare(AppState& state, PrepareTab tab, Screen back) {
    PrepareState& prepare = state.prepare;
    prepare.tab = tab;
    prepare.back_to = back;
    prepare.workshop.loaded = false;  // filled again from the store as it is now
    prepare.session = SessionForm{};
    prepare.merging.clear();
    prepare.removing.clear();
    prepare.notice.clear();
    prepare.table_list_problems.clear();
    state.screen = Screen::prepare;
}

void draw_prepare_screen(Store& store, AppState& state, Ui& ui) {
    PrepareState& prepare = state.prepare;
    const WorkshopState& workshop = store.state();
    if (!workshop.has_workshop()) prepare.tab = PrepareTab::workshop;
    const std::string detail = workshop.has_workshop() ? ui.tr("prepare.detail", {{"name", workshop.workshop().name}})
                                                       : std::string(ui.tr("prepare.detail.none"));
    const char* back = prepare.back_to == Screen::desk ? ui.tr("prepare.back.desk") : ui.tr("back.start");
    // The three parts' tabs sit in the header's row, on the right: the forms below need
    // the height (a touch keyboard takes the bottom while a field is typed in).
    const ImVec2 top = ImGui::GetCursorPos();
    if (screen_header(ui, "prepare.back", back, ui.tr("prepare.title"), detail.c_str())) {
        state.screen = prepare.back_to;
        return;
    }
    const ImVec2 below = ImGui::GetCursorPos();
    const float tabs_width = 3 * ui.px(190) + 2 * ui.px(12);
    ImGui::SetCursorPos(ImVec2(top.x + std::max(0.0f, ImGui::GetContentRegionAvail().x - tabs_width), top.y));
    prepare_tabs(store, prepare, ui);
    ImGui::SetCursorPos(ImVec2(below.x, std::max(below.y, ImGui::GetCursorPosY()) + ui.px(8)));
    switch (prepare.tab) {
        case PrepareTab::workshop: draw_workshop_form(store, state, ui); break;
        case PrepareTab::sessions: draw_session_list(store, state, ui); break;
        case PrepareTab::devices: draw_device_list(store, state, ui); break;
    }
}

}  // namespace oogst::app
