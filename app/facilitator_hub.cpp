#include "app/facilitator_hub.hpp"

#include <algorithm>
#include <cmath>
#include <exception>

#include "app/error_text.hpp"
#include "app/facilitator_join.hpp"
#include "app/harvest_widgets.hpp"
#include "app/theme.hpp"
#include "app/touch_widgets.hpp"
#include "core/assets.hpp"
#include "platform/local_address.hpp"

namespace oogst::app {

// The hub with its own connection to the store: its server threads use that one (under
// its own lock), never the frame's.
class DeskHub {};

namespace {

// The hub devices are told about: the running hub's, else the one named before, else
// this machine's address on the venue's network at the usual port, where the hub will
// listen once started.
std::string join_hub_address(const Store& store, const AppState&) {
    if (const auto keys = store.workshop_keys(); keys && !keys->hub.empty()) return keys->hub;
    return "http://" + local_network_address() + ":8620";
}

// Writing the join file: one card per stick.
void draw_join_file(Store& store, AppState& state, Ui& ui, float width) {
    FacilitatorDesk& desk = state.desk;
    section_heading(ui, ui.tr("desk.join.heading"));
    paragraph(ui.tr("desk.join.explain"), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (desk.usb.places.empty()) {
        paragraph(ui.tr("desk.join.none"), width, colour::muted);
    } else {
        std::vector<std::string> details;
        for (const PhotoPlace& place : desk.usb.places)
            details.push_back(place.kind == PhotoPlace::Kind::removable ? ui.tr("harvest.usb.stick") : place.root.string());
        const int tapped = place_cards(ui, "desk.join.place.", desk.usb.places, "desk.join.write", details, width);
        if (tapped >= 0) {
            const PhotoPlace& place = desk.usb.places[tapped];
            try {
                const std::filesystem::path file =
                    write_join_file(store, place.root, join_hub_address(store, state), assets_folder());
                desk.join_written = file.filename().string();
                desk.join_place = place.name;
                state.error.clear();
            } catch (const std::exception& error) {
                desk.join_written.clear();
                state.error = ui.tr("desk.join.failed", {{"reason", error_text(ui, error)}});
            }
            desk.usb.forget();  // the stick now holds one more file
        }
    }
    if (!desk.join_written.empty()) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        status_panel(ui, "desk.join.done", ui.tr("desk.join.done"),
                     ui.tr("desk.join.done.detail", {{"file", desk.join_written}, {"place", desk.join_place}}), width,
                     harvest_colour::done_fill, harvest_colour::done_edge);
    }
}

void draw_hub(Store&, AppState& state, Ui& ui, float width) {
    section_heading(ui, ui.tr("desk.hub.heading"));
    paragraph(ui.tr("desk.hub.explain"), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (touch_button(ui, "desk.hub.start", ui.tr("desk.hub.start"), ImVec2(width, ui.px(64))))
        state.error = ui.tr("desk.hub.failed", {{"reason", "not available yet"}});
}

}  // namespace

void draw_qr_code(const Ui& ui, const QrCode& code, float side) {
    const int quiet = 4;
    const int modules = code.size + 2 * quiet;
    const float module = std::max(1.0f, std::floor(side / static_cast<float>(modules)));
    const float drawn = module * static_cast<float>(modules);
    ImGui::Dummy(ImVec2(drawn, drawn));
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2(min.x + drawn, min.y + drawn), IM_COL32_WHITE, ui.px(6));
    for (int y = 0; y < code.size; ++y)
        for (int x = 0; x < code.size; ++x) {
            if (!code.at(x, y)) continue;
            const ImVec2 at(min.x + module * static_cast<float>(x + quiet), min.y + module * static_cast<float>(y + quiet));
            draw->AddRectFilled(at, ImVec2(at.x + module, at.y + module), IM_COL32_BLACK);
        }
}

void draw_desk_hub(Store& store, AppState& state, Ui& ui, float width) {
    draw_hub(store, state, ui, width);
    ImGui::Dummy(ImVec2(0, ui.px(20)));
    draw_join_file(store, state, ui, width);
}

void poll_desk_hub(Store&, AppState&) {}

}  // namespace oogst::app
