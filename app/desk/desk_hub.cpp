#include "app/desk/desk_hub.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <mutex>

#include "app/desk/desk_join.hpp"
#include "app/harvest/harvest_widgets.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/workshop_templates.hpp"
#include "platform/net/hub_protocol.hpp"
#include "platform/net/hub_server.hpp"
#include "platform/net/local_address.hpp"

namespace oogst::app {

// The hub with its own connection to the store: its server threads use that one, under
// its own lock, never the frame's Store (which is not thread-safe). The frame's Store
// catches up with what the pushes stored at the start of each frame.
class DeskHub {
public:
    DeskHub(const std::filesystem::path& folder, platform::HubOptions options)
        : store_(Store::open(folder)), server_(store_, mutex_, std::move(options)) {}
    platform::HubServer& server() { return server_; }

private:
    Store store_;
    std::mutex mutex_;
    platform::HubServer server_;  // last: stopped before the store and lock it uses go
};

namespace {

// After pushes land, the frame's store is reopened at most this often: a reopening
// reads every operation, and forty tablets may push within a minute.

// The hub devices are told about: the running hub's, else the one named before, else
// this machine's address on the venue's network at the usual port, where the hub will
// listen once started.
std::string join_hub_address(const Store& store, const Desk& desk) {
    if (desk.hub) return desk.hub->server().url();
    if (const auto keys = store.workshop_keys(); keys && !keys->hub.empty()) return keys->hub;
    return "http://" + platform::local_network_address() + ":" + std::to_string(platform::default_hub_port);
}

// Writing the join file: one card per stick.
void draw_join_file(Store& store, AppState& state, Ui& ui, float width) {
    Desk& desk = state.desk;
    section_heading(ui, ui.tr("desk.join.heading"));
    if (desk.usb.places.empty()) {
        paragraph(ui.tr("desk.join.explain"), width, colour::muted);
        paragraph(ui.tr("desk.join.none"), width, colour::muted);
    } else {
        // What to do with the file, on the card itself: the column is short of room.
        const std::vector<std::string> details(desk.usb.places.size(), ui.tr("desk.join.card"));
        const int tapped = place_cards(ui, "desk.join.place.", desk.usb.places, "desk.join.write", details, width);
        if (tapped >= 0) {
            const platform::Place& place = desk.usb.places[tapped];
            try {
                const std::filesystem::path file =
                    write_join_file(store, place.root, join_hub_address(store, desk));
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

void start_hub(Store& store, AppState& state, Ui& ui) {
    try {
        start_desk_hub(store, state.desk);
        state.error.clear();
    } catch (const std::exception& error) {
        state.error = ui.tr("desk.hub.failed", {{"reason", error_text(ui, error)}});
    }
}

// The running hub: the join code large, the join link as a QR code, and beside it the
// address, how many pushes arrived, and the button to stop.
// The pushes answered since the last look, into the desk's report.
void collect_pushes(Desk& desk) {
    if (desk.hub->server().push_count() == desk.pushes_seen) return;
    for (const platform::HubPush& push : desk.hub->server().recent_pushes()) {
        if (push.number <= desk.pushes_seen) continue;
        desk.arrivals.push_back({push.outcome, true, push.from, ++desk.batches});
        desk.receipts_written = 0;  // the newest batch is a push: its receipt went back with the answer
        desk.receipts_problem.clear();
        desk.pushes_seen = push.number;
    }
}

void draw_running_hub(Ui& ui, Desk& desk, float width) {
    paragraph(ui.tr("desk.hub.code"), width, colour::muted);
    ImGui::PushFont(ui.fonts.title);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::primary);
    ImGui::TextUnformatted(desk.join_code.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    const float gap = ui.px(16);
    const float side = std::min(ui.px(200), width * 0.45f);
    if (desk.qr) {
        draw_qr_code(ui, *desk.qr, side);
        ImGui::SameLine(0, gap);
    }
    ImGui::BeginGroup();
    const float text_width = width - (desk.qr ? side + gap : 0);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);
    ImGui::TextUnformatted(desk.hub_url.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    paragraph(ui.tr("desk.hub.pushes", {{"count", std::to_string(desk.pushes_seen)}}), text_width, colour::text);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (touch_button(ui, "desk.hub.stop", ui.tr("desk.hub.stop"), ImVec2(text_width, ui.px(56)), ButtonLook::secondary)) {
        desk.hub->server().stop();
        collect_pushes(desk);  // those answered while it stopped are listed too
        desk.hub.reset();
    }
    ImGui::EndGroup();
}

void draw_hub(Store& store, AppState& state, Ui& ui, float width) {
    Desk& desk = state.desk;
    section_heading(ui, ui.tr("desk.hub.heading"));
    if (!desk.hub) {
        paragraph(ui.tr("desk.hub.explain"), width, colour::muted);
        ImGui::Dummy(ImVec2(0, ui.px(4)));
        if (touch_button(ui, "desk.hub.start", ui.tr("desk.hub.start"), ImVec2(width, ui.px(64))))
            start_hub(store, state, ui);
        return;
    }
    draw_running_hub(ui, desk, width);
}

}  // namespace

void start_desk_hub(Store& store, Desk& desk) {
    platform::HubOptions options;
    options.templates = templates_in_use(store.state());
    auto hub = std::make_shared<DeskHub>(store.folder(), std::move(options));
    hub->server().start("0.0.0.0", desk.hub_port);
    // A join file or QR code made from now on names the running hub.
    desk.hub_url = hub->server().url();
    desk.join_code = hub->server().join_code();
    desk.qr = std::make_shared<QrCode>(make_qr_code(join_link(hub->server().keys())));
    desk.hub = std::move(hub);
    desk.pushes_seen = 0;
}

void draw_qr_code(const Ui& ui, const QrCode& code, float side) {
    const int quiet = 4;
    const int modules = code.size + 2 * quiet;
    // Whole pixels per module: a scanner reads sharp squares best.
    const float module = std::max(1.0f, std::floor(side / static_cast<float>(modules)));
    const float drawn = module * static_cast<float>(modules);
    ImGui::Dummy(ImVec2(drawn, drawn));
    const ImVec2 min(std::floor(ImGui::GetItemRectMin().x), std::floor(ImGui::GetItemRectMin().y));
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
    ImGui::Dummy(ImVec2(0, ui.px(state.desk.hub ? 4 : 20)));
    draw_join_file(store, state, ui, width);
}

void poll_desk_hub(AppState& state) {
    // What the pushes merged went in through the hub's connection; the frame's store
    // catches up with it at the start of each frame (Shell::draw).
    if (state.desk.hub) collect_pushes(state.desk);
}

}  // namespace oogst::app
