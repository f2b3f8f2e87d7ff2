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
#include "core/harvest/member_devices.hpp"
#include "core/prepare/plan_time.hpp"

namespace oogst::app {
namespace {

constexpr double device_refresh_seconds = 3;

// A compact row of the list: the heading in bold, the detail after it (wide: on the same
// line; lines: under it), clipped to the row, so many rows are seen at a glance.
bool list_row(Ui& ui, const std::string& name, const std::string& heading, const std::string& detail, float width,
              bool lines, ImU32 fill, ImU32 edge) {
    ImFont* bold = ui.fonts.bold;
    ImFont* body = ui.fonts.body;
    const float pad = ui.px(14);
    const float height = std::max(ui.touch_size(), 2 * pad + bold->FontSize + (lines ? ui.px(4) + body->FontSize : 0));
    const bool tapped = ImGui::InvisibleButton(name.c_str(), ImVec2(width, height));
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
    return tapped;
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

// What the facilitator can say about an opened device (member_devices.hpp): revoke it,
// with or without setting its work aside, take it back, or name it facilitator. Each
// can be undone, so none asks twice.
void draw_device_actions(Store& store, AppState& app, const DeviceRow& row, Ui& ui, float width) {
    const std::string& device = row.device.id;
    const DeviceRole role = row.role;
    const float gap = ui.px(12);
    try {
        if (role == DeviceRole::member) {
            const float each = (width - 2 * gap) / 3;
            if (touch_button(ui, "prepare.device.revoke", ui.tr("prepare.device.revoke"), ImVec2(each, 0),
                             ButtonLook::secondary))
                revoke_device(store, device, false);
            ImGui::SameLine(0, gap);
            if (touch_button(ui, "prepare.device.revoke_all", ui.tr("prepare.device.revoke_all"), ImVec2(each, 0),
                             ButtonLook::secondary))
                revoke_device(store, device, true);
            ImGui::SameLine(0, gap);
            if (touch_button(ui, "prepare.device.facilitator", ui.tr("prepare.device.make_facilitator"), ImVec2(each, 0),
                             ButtonLook::secondary))
                name_facilitator(store, device);
        } else if (touch_button(ui, "prepare.device.readmit",
                                ui.tr(role == DeviceRole::revoked ? "prepare.device.readmit" : "prepare.device.member"),
                                ImVec2(width, 0), ButtonLook::secondary)) {
            readmit_device(store, device);
        }
        // A role changed without the state changing (revoking keeps the work): the list
        // is worked out again next frame, not a few seconds later.
        if (store.device_role(device) != role) app.prepare.devices_at = -1;
        app.error.clear();
    } catch (const std::exception& error) {
        app.error = error_text(ui, error);
    }
    paragraph(ui.tr("prepare.device.actions_note"), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
}

void draw_devices(Store& store, AppState& app, const DeviceList& devices, Ui& ui, float width) {
    const WorkshopState& state = store.state();
    section_heading(ui, ui.tr("prepare.devices.heading", {{"count", std::to_string(devices.devices.size())}}).c_str());
    const std::string day = today();
    for (const DeviceRow& row : devices.devices) {
        std::string sessions;
        for (const std::string& id : row.sessions)
            if (const SessionSet* session = state.session(id))
                sessions += (sessions.empty() ? "" : ", ") + session->table_name;
        std::string heading =
            ui.tr("prepare.device.heading", {{"device", row.short_id},
                                             {"sessions", sessions.empty() ? std::string(ui.tr("prepare.device.no_session"))
                                                                           : sessions}});
        std::string detail =
            ui.tr("prepare.device.detail", {{"time", start_text_on(row.device.last_handed_in_ms, day)},
                                            {"count", std::to_string(row.device.operations_held)}});
        const DeviceRole role = row.role;
        if (row.device.set_aside > 0)
            detail += ui.tr("prepare.device.set_aside", {{"count", std::to_string(row.device.set_aside)}});
        // The role in the heading, where a long detail line cannot clip it.
        if (role == DeviceRole::revoked) heading += ui.tr("prepare.device.revoked");
        if (role == DeviceRole::facilitator) heading += ui.tr("prepare.device.facilitator_role");
        const bool warn = role == DeviceRole::revoked || row.device.set_aside > 0;
        if (list_row(ui, "prepare.device." + row.short_id, heading, detail, width, true,
                     warn ? harvest_colour::rejected_fill : harvest_colour::neutral_fill,
                     warn ? harvest_colour::rejected_edge : harvest_colour::neutral_edge))
            app.prepare.device_open = app.prepare.device_open == row.device.id ? "" : row.device.id;
        if (app.prepare.device_open == row.device.id) draw_device_actions(store, app, row, ui, width);
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
    if (prepare.devices_revision != store.revision() || prepare.devices_at < 0 || now - prepare.devices_at > device_refresh_seconds) {
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
        draw_devices(store, state, devices, ui, width);
    });
    if (side_by_side) ImGui::SameLine(0, gap);
    scrolling_column(ui, "prepare.devices.join", ImVec2(right, 0),
                     [&] { draw_provisioning(store, state, ui, ImGui::GetContentRegionAvail().x); });
}

}  // namespace oogst::app
