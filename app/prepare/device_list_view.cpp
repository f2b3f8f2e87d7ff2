#include "app/prepare/device_list_view.hpp"

#include <algorithm>
#include <cfloat>
#include <ctime>
#include <exception>
#include <string>

#include "app/desk/desk_hub.hpp"
#include "app/desk/desk_join.hpp"
#include "app/harvest/harvest_widgets.hpp"
#include "app/prepare/prepare_widgets.hpp"
#include "app/prepare/prepare_words.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/prepare/plan_time.hpp"

namespace oogst::app {
namespace {

constexpr double refresh_seconds = 3;

// A compact row of the list: the heading in bold, the detail after it (wide: on the same
// line; lines: under it), clipped to the row, so many rows are seen at a glance.
void list_row(Ui& ui, const std::string& name, const std::string& heading, const std::string& detail, float width,
              bool lines, ImU32 fill, ImU32 edge) {
    ImFont* bold = ui.fonts.bold;
    ImFont* body = ui.fonts.body;
    const float pad = ui.px(14);
    const float height = std::max(ui.touch_size(), 2 * pad + bold->FontSize + (lines ? ui.px(4) + body->FontSize : 0));
    ImGui::InvisibleButton(name.c_str(), ImVec2(width, height));
    ui.touch.record_last_item(name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, fill, ui.px(12));
    draw->AddRect(min, max, edge, ui.px(12), 0, ui.px(2));
    draw->PushClipRect(min, ImVec2(max.x - pad, max.y), true);
    const float top = min.y + (height - (lines ? bold->FontSize + ui.px(4) + body->FontSize : bold->FontSize)) * 0.5f;
    draw->AddText(bold, bold->FontSize, ImVec2(min.x + pad, top), colour::text, heading.c_str());
    if (lines) {
        draw->AddText(body, body->FontSize, ImVec2(min.x + pad, top + bold->FontSize + ui.px(4)), colour::muted,
                      detail.c_str());
    } else {
        const float after = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, heading.c_str()).x + ui.px(16);
        draw->AddText(body, body->FontSize, ImVec2(min.x + pad + after, top + (bold->FontSize - body->FontSize) * 0.5f),
                      colour::muted, detail.c_str());
    }
    draw->PopClipRect();
}

std::string today() {
    const std::string now = start_text(static_cast<std::int64_t>(std::time(nullptr)) * 1000);
    return now.substr(0, 10);
}

void draw_waiting(const Store& store, const DeviceList& devices, Ui& ui, float width) {
    const WorkshopState& state = store.state();
    const std::string first_day = state.workshop().dates.empty() ? "" : state.workshop().dates.front();
    if (devices.waiting.empty()) {
        if (!state.sessions().empty())
            status_panel(ui, "prepare.devices.all_in", ui.tr("prepare.devices.all_in"), "", width,
                         harvest_colour::done_fill, harvest_colour::done_edge, ui.fonts.bold);
        return;
    }
    section_heading(ui, ui.tr("prepare.devices.waiting", {{"count", std::to_string(devices.waiting.size())}}).c_str());
    for (const std::string& id : devices.waiting) {
        const SessionSet* session = state.session(id);
        if (!session) continue;
        list_row(ui, "prepare.devices.waiting." + id, session->table_name, session_summary(ui, *session, first_day),
                 width, false, harvest_colour::waiting_fill, harvest_colour::waiting_edge);
    }
    ImGui::Dummy(ImVec2(0, ui.px(8)));
}

void draw_devices(const Store& store, const DeviceList& devices, Ui& ui, float width) {
    const WorkshopState& state = store.state();
    section_heading(ui, ui.tr("prepare.devices.heading", {{"count", std::to_string(devices.devices.size())}}).c_str());
    const std::string day = today();
    for (const DeviceRow& row : devices.devices) {
        std::string sessions;
        for (const std::string& id : row.sessions)
            if (const SessionSet* session = state.session(id))
                sessions += (sessions.empty() ? "" : ", ") + session->table_name;
        const std::string heading =
            ui.tr("prepare.device.heading", {{"device", row.short_id},
                                             {"sessions", sessions.empty() ? std::string(ui.tr("prepare.device.no_session"))
                                                                           : sessions}});
        const std::string detail =
            ui.tr("prepare.device.detail", {{"time", start_text_on(row.device.last_handed_in_ms, day)},
                                            {"count", std::to_string(row.device.operations_held)}});
        list_row(ui, "prepare.device." + row.short_id, heading, detail, width, true, harvest_colour::neutral_fill,
                 harvest_colour::neutral_edge);
    }
    // Said plainly: the facilitator cannot know a device that has told it nothing yet.
    paragraph(ui.tr("prepare.devices.unknown"), width, colour::muted);
}

void draw_provisioning(Store& store, AppState& state, Ui& ui, float width) {
    if (desk_readiness(store) == DeskReadiness::not_prepared) {
        paragraph(ui.tr("desk.prepare.detail"), width, colour::muted);
        if (touch_button(ui, "prepare.devices.prepare", ui.tr("desk.prepare"), ImVec2(width, ui.px(64)))) {
            try {
                prepare_facilitator(store);
                state.error.clear();
            } catch (const std::exception& error) {
                state.error = ui.tr("desk.prepare.failed", {{"reason", error_text(ui, error)}});
            }
        }
        return;
    }
    // The same sticks and hub as the desk: one hub runs, whichever screen started it.
    state.desk.usb.refresh(ImGui::GetTime(), 2);
    draw_desk_hub(store, state, ui, width);
}

}  // namespace

const DeviceList& current_devices(const Store& store, PrepareState& prepare) {
    const double now = ImGui::GetTime();
    if (prepare.devices_revision != store.revision() || prepare.devices_at < 0 || now - prepare.devices_at > refresh_seconds) {
        prepare.devices = device_list(store);
        prepare.devices_revision = store.revision();
        prepare.devices_at = now;
    }
    return prepare.devices;
}

void draw_device_list(Store& store, AppState& state, Ui& ui) {
    const DeviceList& devices = current_devices(store, state.prepare);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = ui.px(32);
    const bool side_by_side = avail >= ui.px(1000);
    const float right = side_by_side ? std::clamp(avail * 0.38f, ui.px(380), ui.px(520)) : avail;
    const float left = side_by_side ? avail - right - gap : avail;
    const float height = ImGui::GetContentRegionAvail().y;
    scrolling_column(ui, "prepare.devices.list", ImVec2(left, side_by_side ? height : height * 0.6f), [&] {
        const float width = left - ui.px(8);
        draw_waiting(store, devices, ui, width);
        draw_devices(store, devices, ui, width);
    });
    if (side_by_side) ImGui::SameLine(0, gap);
    scrolling_column(ui, "prepare.devices.join", ImVec2(right, 0),
                     [&] { draw_provisioning(store, state, ui, ImGui::GetContentRegionAvail().x); });
}

}  // namespace oogst::app
