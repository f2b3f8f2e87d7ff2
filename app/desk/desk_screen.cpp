#include "app/desk/desk_screen.hpp"

#include <algorithm>
#include <exception>

#include "app/desk/desk_hub.hpp"
#include "app/desk/desk_join.hpp"
#include "app/desk/desk_report.hpp"
#include "app/harvest/harvest_widgets.hpp"
#include "app/prepare/prepare_screen.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "platform/files/durable_file.hpp"

namespace oogst::app {
namespace {

// A stick put in while the desk is shown turns up within this many seconds.
constexpr double refresh_seconds = 2;
// Counted again every few seconds while the desk shows: a stick full of photos is not
// walked to its end each time (the import itself walks it all).
constexpr FileSearch counting{.limit = 10000, .max_visited = 20000};

void refresh_places(Desk& desk) {
    desk.usb.refresh(ImGui::GetTime(), refresh_seconds);
    if (desk.counted_at == desk.usb.found_at) return;
    desk.bundles_on_place.clear();
    for (const platform::Place& place : desk.usb.places)
        desk.bundles_on_place.push_back(find_files_below(place.root, bundle_extension, counting).files.size());
    desk.counted_at = desk.usb.found_at;
}

std::string bundles(const Ui& ui, std::size_t count) {
    if (count == 0) return ui.tr("desk.bundles.none");
    return count == 1 ? std::string(ui.tr("desk.bundles.one"))
                      : ui.tr("desk.bundles.many", {{"count", std::to_string(count)}});
}

void draw_import(Store& store, Desk& desk, Ui& ui, float width) {
    section_heading(ui, ui.tr("desk.import.heading"));
    if (desk.import_job.busy()) {
        const std::size_t total = desk.import_job.total();
        const std::string words =
            total == 0 ? ui.tr("desk.import.starting", {{"place", desk.importing_from}})
                       : ui.tr("desk.import.progress", {{"done", std::to_string(desk.import_job.done())},
                                                        {"total", std::to_string(total)},
                                                        {"place", desk.importing_from}});
        progress_bar(ui, "desk.import.progress", desk.import_job.fraction(), words, width);
        return;
    }
    if (desk.usb.places.empty()) {
        paragraph(ui.tr("desk.import.none"), width, colour::muted);
        return;
    }
    std::vector<std::string> details;
    for (std::size_t i = 0; i < desk.usb.places.size(); ++i)
        details.push_back(bundles(ui, i < desk.bundles_on_place.size() ? desk.bundles_on_place[i] : 0));
    const int tapped = place_cards(ui, "desk.import.place.", desk.usb.places, "desk.import.from", details, width);
    if (tapped >= 0) start_import(store, desk, desk.usb.places[tapped].root, desk.usb.places[tapped].name);
}

// What the desk says instead when this store cannot collect a workshop.
bool draw_not_ready(Store& store, AppState& state, Ui& ui, float width) {
    const DeskReadiness readiness = desk_readiness(store);
    if (readiness == DeskReadiness::ready) return false;
    const std::string name = store.state().has_workshop() ? store.state().workshop().name : std::string();
    if (readiness == DeskReadiness::no_workshop) {
        status_panel(ui, "desk.no_workshop", ui.tr("desk.no_workshop"), ui.tr("desk.no_workshop.detail"), width,
                     harvest_colour::neutral_fill, harvest_colour::neutral_edge);
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        if (touch_button(ui, "desk.create_workshop", ui.tr("desk.create_workshop"), ImVec2(0, ui.px(72))))
            open_prepare(state, PrepareTab::workshop, Screen::desk);
    } else if (readiness == DeskReadiness::device) {
        status_panel(ui, "desk.device", ui.tr("desk.device"), ui.tr("desk.device.detail", {{"name", name}}), width,
                     harvest_colour::neutral_fill, harvest_colour::neutral_edge);
    } else {
        status_panel(ui, "desk.not_prepared", ui.tr("desk.prepare.heading", {{"name", name}}),
                     ui.tr("desk.prepare.detail"), width, harvest_colour::waiting_fill, harvest_colour::waiting_edge);
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        if (touch_button(ui, "desk.prepare", ui.tr("desk.prepare"), ImVec2(0, ui.px(72)))) {
            try {
                prepare_facilitator(store);
                state.error.clear();
            } catch (const std::exception& error) {
                state.error = ui.tr("desk.prepare.failed", {{"reason", error_text(ui, error)}});
            }
        }
    }
    return true;
}

}  // namespace

void start_import(Store& store, Desk& desk, const std::filesystem::path& folder,
                  const std::string& place_name) {
    if (desk.import_job.busy()) return;
    desk.importing = std::make_shared<DeskImport>();
    desk.importing_from = place_name;
    desk.import_job.start([store_folder = store.folder(), folder, out = desk.importing](JobProgress& progress) {
        // Its own connection: the frame draws from its Store meanwhile (harvest_job.hpp).
        Store facilitator = Store::open(store_folder);
        // The bar has a measure before the first bundle is done.
        progress.total = find_files_below(folder, bundle_extension).files.size();
        out->report = import_paths(facilitator, {folder}, [&progress](std::size_t done, std::size_t total) {
            progress.total = total;
            progress.done = done;
        });
        // A receipt per device on the stick: the tablets learn their work arrived.
        for (const ReceiptFile& receipt : receipts_for_folders(facilitator, out->report, {folder})) {
            try {
                platform::write_file_durably(receipt.file, receipt.bytes);
                ++out->receipts_written;
            } catch (const UserError& error) {
                out->receipts_problem = error.what();
            }
        }
    });
}

void draw_desk_screen(Store& store, AppState& state, Ui& ui) {
    Desk& desk = state.desk;
    refresh_places(desk);
    const std::string detail = store.state().has_workshop()
                                   ? ui.tr("desk.detail", {{"name", store.state().workshop().name}})
                                   : std::string(ui.tr("desk.detail.none"));
    // After the harvest: everything on one wall, to file under the workshop's keys. At
    // the header's right end, where it moves nothing of the import and the hub.
    const bool ready = desk_readiness(store) == DeskReadiness::ready;
    const float wall_width = ready ? button_width(ui, ui.tr("desk.open_wall")) : 0;
    // And beside it, what comes of it: the publications.
    const float publish_width = ready ? button_width(ui, ui.tr("publish.open")) + ui.px(8) : 0;
    // And open data: an online survey in, the workshop out for other platforms.
    const float opendata_width = ready ? button_width(ui, ui.tr("opendata.open")) + ui.px(8) : 0;
    const ImVec2 header_top = ImGui::GetCursorPos();
    if (screen_header(ui, "desk.back", ui.tr("back.start"), ui.tr("desk.title"), detail.c_str(),
                      wall_width + publish_width + opendata_width + ui.px(8))) {
        state.screen = Screen::start;
        return;
    }
    if (ready) {
        const ImVec2 after = ImGui::GetCursorPos();
        ImGui::SetCursorPos(
            ImVec2(ImGui::GetWindowContentRegionMax().x - wall_width - publish_width - opendata_width, header_top.y));
        if (touch_button(ui, "desk.open_wall", ui.tr("desk.open_wall"), ImVec2(wall_width, 0))) state.screen = Screen::wall;
        ImGui::SameLine(0, ui.px(8));
        if (touch_button(ui, "desk.publish", ui.tr("publish.open"), ImVec2(publish_width - ui.px(8), 0),
                         ButtonLook::secondary))
            state.screen = Screen::publish;
        ImGui::SameLine(0, ui.px(8));
        if (touch_button(ui, "desk.opendata", ui.tr("opendata.open"), ImVec2(opendata_width - ui.px(8), 0),
                         ButtonLook::secondary))
            state.screen = Screen::opendata;
        ImGui::SetCursorPos(after);
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    if (draw_not_ready(store, state, ui, std::min(avail, ui.px(900)))) return;

    // Import and report on the left, where the eye starts; hub and join file on the right.
    const float gap = ui.px(32);
    const bool side_by_side = avail >= ui.px(1000);
    // The running hub's code and QR code take more room than its start button.
    const float share = desk.hub ? 0.42f : 0.36f;
    const float right = side_by_side ? std::clamp(avail * share, ui.px(380), ui.px(540)) : avail;
    const float left = side_by_side ? avail - right - gap : avail;
    const float top = ImGui::GetCursorPosY();
    ImGui::BeginChild("desk.left", ImVec2(left, side_by_side ? 0 : ImGui::GetContentRegionAvail().y * 0.6f));
    draw_import(store, desk, ui, left);
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    draw_merge_report(ui, desk, left);
    ImGui::EndChild();
    if (side_by_side) {
        ImGui::SameLine(0, gap);
        ImGui::SetCursorPosY(top);
    }
    // Dragged with a finger like every list here; a scroll bar would only take room.
    ImGui::BeginChild("desk.right", ImVec2(right, 0), false, ImGuiWindowFlags_NoScrollbar);
    // The preparation, and on the evening its device list: which tables are still missing.
    const float half = (ImGui::GetContentRegionAvail().x - ui.px(12)) * 0.5f;
    if (touch_button(ui, "desk.open_sessions", ui.tr("desk.open_sessions"), ImVec2(half, ui.px(64)), ButtonLook::secondary))
        open_prepare(state, PrepareTab::sessions, Screen::desk);
    ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "desk.open_devices", ui.tr("desk.open_devices"), ImVec2(half, ui.px(64)), ButtonLook::secondary))
        open_prepare(state, PrepareTab::devices, Screen::desk);
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    draw_desk_hub(store, state, ui, ImGui::GetContentRegionAvail().x);
    drag_to_scroll(ui);
    ImGui::EndChild();
}

void poll_desk_import(AppState& state, Ui& ui) {
    Desk& desk = state.desk;
    if (!desk.import_job.busy() || !desk.import_job.finished()) return;
    const std::exception_ptr failure = desk.import_job.collect();
    ++desk.batches;
    for (BundleOutcome& outcome : desk.importing->report.bundles)
        desk.arrivals.push_back({std::move(outcome), false, desk.importing_from, desk.batches});
    desk.receipts_written = desk.importing->receipts_written;
    desk.receipts_problem = desk.importing->receipts_problem;
    desk.receipts_place = desk.importing_from;
    desk.importing.reset();
    desk.usb.forget();
    // The import wrote through its own connection; the frame's store catches up with
    // it at the start of each frame (Shell::draw).
    try {
        if (failure) std::rethrow_exception(failure);
    } catch (const std::exception& error) {
        state.error = ui.tr("desk.import.failed", {{"reason", error_text(ui, error)}});
    }
}

}  // namespace oogst::app
