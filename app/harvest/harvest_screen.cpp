#include "app/harvest/harvest_screen.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <utility>

#include "app/harvest/harvest_widgets.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "platform/net/hub_client.hpp"

namespace oogst::app {
namespace {

// A stick put in while the screen is shown turns up within this many seconds; the
// counts are read again as often (a push's receipt, a note added meanwhile).
constexpr double harvest_refresh_seconds = 2;

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string changes(const Ui& ui, std::uint64_t count) {
    return count == 1 ? std::string(ui.tr("harvest.changes.one"))
                      : ui.tr("harvest.changes.many", {{"count", std::to_string(count)}});
}

std::string captures(const Ui& ui, std::uint64_t count) {
    return count == 1 ? std::string(ui.tr("harvest.captures.one"))
                      : ui.tr("harvest.captures.many", {{"count", std::to_string(count)}});
}

// Why a push did not work, in the person's language (the client's sentence is English).
std::string push_problem(const Ui& ui, const PushOutcome& push) {
    using Problem = platform::PushResult::Problem;
    const char* key = nullptr;
    switch (push.problem) {
        case Problem::none: return {};
        case Problem::not_joined: key = "harvest.hub.problem.not_joined"; break;
        case Problem::no_hub: key = "harvest.hub.problem.no_hub"; break;
        case Problem::bad_address: key = "harvest.hub.problem.bad_address"; break;
        case Problem::unreachable: key = "harvest.hub.problem.unreachable"; break;
        case Problem::not_member: key = "harvest.hub.problem.not_member"; break;
        case Problem::revoked: key = "harvest.hub.problem.revoked"; break;
        case Problem::other_workshop: key = "harvest.hub.problem.other_workshop"; break;
        case Problem::too_large: key = "harvest.hub.problem.too_large"; break;
        case Problem::rejected: key = "harvest.hub.problem.rejected"; break;
        case Problem::not_genuine: key = "harvest.hub.problem.not_genuine"; break;
        case Problem::failed: key = "harvest.hub.problem.failed"; break;
    }
    std::string said = key ? ui.tr(key, {{"hub", push.hub}, {"reason", push.error}}) : push.error;
    // A sentence of its own: the words after it start a new one.
    if (!said.empty() && said.back() != '.' && said.back() != '?' && said.back() != '!') said += '.';
    return said;
}

// Why joining with a code did not work, in the person's language (platform::JoinError),
// like push_problem; the hub's own refusal as it said it.
std::string join_problem(const Ui& ui, const std::exception& error, const std::string& hub) {
    const auto* join = dynamic_cast<const platform::JoinError*>(&error);
    if (!join) return error_text(ui, error);
    using Problem = platform::JoinError::Problem;
    switch (join->problem()) {
        case Problem::malformed_code: return ui.tr("harvest.code.malformed");
        case Problem::bad_address: return ui.tr("harvest.hub.problem.bad_address", {{"hub", hub}});
        case Problem::unreachable: return ui.tr("harvest.hub.problem.unreachable", {{"hub", hub}});
        case Problem::wrong_code: return ui.tr("harvest.code.wrong");
        case Problem::too_many_tries: return ui.tr("harvest.code.wait");
        case Problem::not_genuine: return ui.tr("harvest.code.not_genuine", {{"hub", hub}});
        case Problem::refused: return join->what();
    }
    return join->what();
}

// Why a receipt on a stick was refused, in the person's language.
std::string receipt_problem(const Ui& ui, const RefusedReceipt& refused) {
    const std::string file = refused.file.filename().string();
    switch (refused.why) {
        case RefusedReceipt::Why::unreadable: return ui.tr("harvest.receipt.unreadable", {{"file", file}});
        case RefusedReceipt::Why::other_workshop: return ui.tr("harvest.receipt.other_workshop", {{"file", file}});
        case RefusedReceipt::Why::not_signed: return ui.tr("harvest.receipt.not_signed", {{"file", file}});
    }
    return refused.sentence;
}

// The receipts the facilitator left on the sticks for this device, taken in each time
// the sticks are looked at: a stick imported at the desk brings "everything is with the
// facilitator" back to the tablet. A refused receipt is said once.
void take_stick_receipts(Store& store, AppState& state, const Ui& ui) {
    HarvestState& harvest = state.harvest;
    if (!harvest.standing.joined || harvest.standing.facilitator || harvest.receipts_at == harvest.usb.found_at) return;
    harvest.receipts_at = harvest.usb.found_at;
    try {
        for (const platform::Place& place : harvest.usb.places) {
            const ReceiptIntake intake = take_receipts(store, place.root);
            if (intake.taken > 0) harvest.standing = read_standing(store);  // what it says now
            for (const RefusedReceipt& refused : intake.refused) {
                const std::string file = refused.file.string();
                if (std::find(harvest.receipts_refused.begin(), harvest.receipts_refused.end(), file) !=
                    harvest.receipts_refused.end())
                    continue;
                harvest.receipts_refused.push_back(file);
                state.error = receipt_problem(ui, refused);
            }
        }
    } catch (const std::exception& error) {
        state.error = error_text(ui, error);
    }
}

void refresh_harvest(Store& store, AppState& state, const Ui& ui) {
    HarvestState& harvest = state.harvest;
    const double now = ImGui::GetTime();
    harvest.usb.refresh(now, harvest_refresh_seconds);
    if (harvest.standing_read_at < 0 || now - harvest.standing_read_at >= harvest_refresh_seconds ||
        now < harvest.standing_read_at) {
        harvest.standing = read_standing(store, harvest.standing_read_at < 0 ? nullptr : &harvest.standing);
        harvest.standing_read_at = now;
    }
    take_stick_receipts(store, state, ui);
    if (!harvest.standing.joined && harvest.join_files_at != harvest.usb.found_at) {
        harvest.join_files.clear();
        harvest.join_names.clear();
        for (const platform::Place& place : harvest.usb.places)
            for (auto& file : find_files_below(place.root, join_file_extension, {2, 20}).files) {
                harvest.join_names.push_back(join_file_workshop(file));
                harvest.join_files.push_back(file);
            }
        harvest.join_files_at = harvest.usb.found_at;
    }
}

// The stick's name a file lies on, for the card under the file's name.
std::string place_of(const HarvestState& harvest, const std::filesystem::path& file) {
    for (const platform::Place& place : harvest.usb.places)
        if (platform::is_inside(file.parent_path(), place.root)) return place.name;
    return file.parent_path().string();
}

// Joining with the code the facilitator's screen shows, while its hub runs: the join
// file is fetched from the hub on the job's thread.
void draw_join_by_code(AppState& state, Ui& ui, float width) {
    HarvestState& harvest = state.harvest;
    section_heading(ui, ui.tr("harvest.code.heading"));
    paragraph(ui.tr("harvest.code.explain"), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (harvest.job_kind == HarvestState::Job::fetch_join && harvest.job.busy()) {
        progress_bar(ui, "harvest.code.progress", -1, ui.tr("harvest.code.fetching"), width);
        return;
    }
    const float gap = ui.px(12);
    const char* join = ui.tr("harvest.code.join");
    const float button = button_width(ui, join, 32);
    const float code_width = std::max(ui.px(200), (width - button - 2 * gap) * 0.4f);
    const float hub_width = std::max(ui.px(200), width - button - code_width - 2 * gap);
    touch_text_field(ui, "harvest.code.code", ui.tr("harvest.code.code"), harvest.code_typed, code_width);
    ImGui::SameLine(0, gap);
    touch_text_field(ui, "harvest.code.hub", ui.tr("harvest.code.hub"), harvest.hub_typed, hub_width);
    ImGui::SameLine(0, gap);
    if (!touch_button(ui, "harvest.code.join", join, ImVec2(button, ui.px(64))) || harvest.job.busy()) return;
    ui.text_entry.unfocus();
    harvest.fetched = std::make_shared<JoinFile>();
    harvest.job_kind = HarvestState::Job::fetch_join;
    harvest.job.start([hub = harvest.hub_typed, code = harvest.code_typed, out = harvest.fetched](JobProgress&) {
        *out = platform::fetch_join_file(hub, code);
    });
}

void draw_join(Store& store, AppState& state, Ui& ui, float width) {
    HarvestState& harvest = state.harvest;
    // While the code is typed the keyboard takes the lower half: only the code fields
    // are shown, so they stay above it.
    if (ui.text_entry.has_focus("harvest.code.code") || ui.text_entry.has_focus("harvest.code.hub")) {
        draw_join_by_code(state, ui, width);
        return;
    }
    status_panel(ui, "harvest.not_joined", ui.tr("harvest.join.heading"), ui.tr("harvest.join.explain"), width,
                 harvest_colour::waiting_fill, harvest_colour::waiting_edge);
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    if (harvest.join_files.empty()) {
        section_heading(ui, ui.tr("harvest.join.none"));
        paragraph(ui.tr("harvest.join.none.detail"), width, colour::muted);
    }
    const float gap = ui.px(16);
    const int per_row = std::max(1, static_cast<int>((width + gap) / (ui.px(420) + gap)));
    const float card = (width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    for (std::size_t i = 0; i < harvest.join_files.size(); ++i) {
        if (i % per_row != 0) ImGui::SameLine(0, gap);
        const std::filesystem::path& file = harvest.join_files[i];
        const std::string name = "harvest.join." + std::to_string(i);
        const std::string& workshop = harvest.join_names[i];
        const std::string heading = workshop.empty() ? file.filename().string()
                                                     : ui.tr("harvest.join.workshop", {{"name", workshop}});
        const std::string detail =
            ui.tr("harvest.join.file", {{"file", file.filename().string()}, {"place", place_of(harvest, file)}});
        if (!touch_card(ui, name.c_str(), heading.c_str(), detail.c_str(), ImVec2(card, ui.px(112)), colour::primary,
                        colour::on_primary))
            continue;
        try {
            join_from_file(store, file);
            ui.assets.templates.add_missing(store.workshop_templates());
            state.error.clear();
        } catch (const std::exception& error) {
            state.error = ui.tr("harvest.join.failed", {{"reason", error_text(ui, error)}});
        }
        harvest.standing_read_at = -1;
    }
    ImGui::Dummy(ImVec2(0, ui.px(20)));
    draw_join_by_code(state, ui, width);
}

void draw_standing(Ui& ui, const HarvestStanding& standing, float width) {
    if (standing.all_received()) {
        status_panel(ui, "harvest.all_received", ui.tr("harvest.all_received"),
                     ui.tr("harvest.all_received.detail", {{"changes", changes(ui, standing.own)}}), width,
                     harvest_colour::done_fill, harvest_colour::done_edge, ui.fonts.title);
    } else if (standing.own == 0) {
        status_panel(ui, "harvest.nothing", ui.tr("harvest.nothing"), ui.tr("harvest.nothing.detail"), width,
                     harvest_colour::neutral_fill, harvest_colour::neutral_edge);
    } else {
        const std::string detail =
            standing.waiting_captures > 0
                ? ui.tr("harvest.waiting.captures", {{"captures", captures(ui, standing.waiting_captures)}})
                : std::string(ui.tr("harvest.waiting.kept"));
        status_panel(ui, "harvest.waiting", ui.tr("harvest.waiting", {{"changes", changes(ui, standing.waiting())}}),
                     detail, width, harvest_colour::waiting_fill, harvest_colour::waiting_edge);
    }
}

// Two buttons, the chosen one green: only what is new, or everything.
void export_choice(Ui& ui, HarvestState& harvest) {
    const char* fresh = ui.tr("harvest.usb.new");
    const char* all = ui.tr("harvest.usb.everything");
    if (touch_button(ui, "harvest.usb.new", fresh, ImVec2(0, 0),
                     harvest.everything ? ButtonLook::secondary : ButtonLook::primary))
        harvest.everything = false;
    ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "harvest.usb.everything", all, ImVec2(0, 0),
                     harvest.everything ? ButtonLook::primary : ButtonLook::secondary))
        harvest.everything = true;
}

void start_export(Store& store, HarvestState& harvest, const platform::Place& place) {
    const std::string stem = bundle_file_stem(harvest.standing, store.device().id, now_ms());
    harvest.exported = std::make_shared<ExportOutcome>();
    harvest.job_kind = HarvestState::Job::usb_export;
    harvest.job_place = place.name;
    harvest.result = HarvestState::Result::none;
    harvest.job.start([folder = store.folder(), root = place.root, stem, everything = harvest.everything,
                       out = harvest.exported](JobProgress& progress) {
        *out = export_to_folder(folder, root, stem, everything, progress);
    });
}

void draw_usb(Store& store, Ui& ui, HarvestState& harvest, float width) {
    section_heading(ui, ui.tr("harvest.usb.heading"));
    const bool exporting = harvest.job_kind == HarvestState::Job::usb_export && harvest.job.busy();
    if (exporting) {
        const char* words = harvest.job.phase() == export_writing ? "harvest.usb.writing" : "harvest.usb.preparing";
        progress_bar(ui, "harvest.usb.progress", harvest.job.fraction(), ui.tr(words, {{"place", harvest.job_place}}),
                     width);
        return;
    }
    if (harvest.job.busy()) {  // sending to the hub: one thing at a time
        paragraph(ui.tr("harvest.busy"), width, colour::muted);
        return;
    }
    export_choice(ui, harvest);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (harvest.usb.places.empty()) {
        paragraph(ui.tr("harvest.usb.none"), width, colour::muted);
    } else {
        std::vector<std::string> details;
        for (const platform::Place& place : harvest.usb.places)
            details.push_back(place.kind == platform::Place::Kind::removable ? ui.tr("harvest.usb.stick")
                                                                        : place.root.string());
        int tapped = place_cards(ui, "harvest.usb.place.", harvest.usb.places, "harvest.usb.write", details, width);
        if (harvest.hand_in_to_first_stick) tapped = 0, harvest.hand_in_to_first_stick = false;
        if (tapped >= 0 && !harvest.job.busy()) start_export(store, harvest, harvest.usb.places[tapped]);
    }
    if (harvest.result == HarvestState::Result::usb_written) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        const ExportOutcome& done = harvest.last_export;
        const std::string detail = ui.tr("harvest.usb.done.detail", {{"file", done.file.filename().string()},
                                                                     {"place", harvest.last_place},
                                                                     {"changes", changes(ui, done.operations)},
                                                                     {"size", readable_size(ui, done.bytes)}});
        status_panel(ui, "harvest.usb.done", ui.tr("harvest.usb.done"), detail, width, harvest_colour::done_fill,
                     harvest_colour::done_edge);
    } else if (harvest.result == HarvestState::Result::usb_nothing_new) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        status_panel(ui, "harvest.usb.nothing_new", ui.tr("harvest.usb.nothing_new"),
                     ui.tr("harvest.usb.nothing_new.detail"), width, harvest_colour::neutral_fill,
                     harvest_colour::neutral_edge);
    }
}

void draw_push(Store& store, Ui& ui, HarvestState& harvest, float width) {
    section_heading(ui, ui.tr("harvest.hub.heading"));
    if (harvest.standing.hub.empty()) {
        paragraph(ui.tr("harvest.hub.none"), width, colour::muted);
        return;
    }
    paragraph(ui.tr("harvest.hub.detail"), width, colour::muted);
    // The address on its own line: wrapped, it would break at a dot.
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(harvest.standing.hub.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    const bool pushing = harvest.job_kind == HarvestState::Job::push && harvest.job.busy();
    if (pushing) {
        const char* words = "harvest.hub.connecting";
        if (harvest.job.phase() == push_sending) words = "harvest.hub.sending";
        if (harvest.job.phase() == push_received) words = "harvest.hub.receipt";
        progress_bar(ui, "harvest.hub.progress", harvest.job.fraction(), ui.tr(words), width);
        return;
    }
    if (harvest.job.busy()) {  // writing to a stick: one thing at a time
        paragraph(ui.tr("harvest.busy"), width, colour::muted);
        return;
    }
    const bool at_once = std::exchange(harvest.send_to_hub_at_once, false);
    if (touch_button(ui, "harvest.hub.send", ui.tr("harvest.hub.send"), ImVec2(width, ui.px(72))) || at_once) {
        harvest.pushed = std::make_shared<PushOutcome>();
        harvest.job_kind = HarvestState::Job::push;
        harvest.result = HarvestState::Result::none;
        harvest.job.start([folder = store.folder(), out = harvest.pushed](JobProgress& progress) {
            *out = push_to_facilitator(folder, progress);
        });
    }
    if (harvest.result == HarvestState::Result::push_received) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        const PushOutcome& done = harvest.last_push;
        const bool nothing_new = done.nothing_new || done.new_operations == 0;
        const char* heading = nothing_new ? "harvest.hub.nothing_new" : "harvest.hub.done";
        const std::string detail =
            ui.tr(nothing_new ? "harvest.hub.nothing_new.detail" : "harvest.hub.done.detail",
                  {{"new", changes(ui, done.new_operations)}, {"held", changes(ui, done.held_through)}});
        status_panel(ui, heading, ui.tr(heading), detail, width, harvest_colour::done_fill, harvest_colour::done_edge);
    }
}

}  // namespace

void open_harvest_screen(AppState& state) {
    state.harvest_back = state.screen;
    state.screen = Screen::harvest;
    state.harvest.standing_read_at = -1;
    state.harvest.usb.forget();
}

void draw_harvest_screen(Store& store, AppState& state, Ui& ui) {
    HarvestState& harvest = state.harvest;
    refresh_harvest(store, state, ui);
    const HarvestStanding& standing = harvest.standing;
    std::string detail = standing.joined ? ui.tr("harvest.detail.joined", {{"name", standing.workshop_name}})
                                         : std::string(ui.tr("harvest.detail.not_joined"));
    if (standing.joined && !standing.table.empty()) detail += " · " + standing.table;
    const bool from_sessions = state.harvest_back == Screen::sessions;
    if (screen_header(ui, "harvest.back", ui.tr(from_sessions ? "common.back" : "back.start"),
                      ui.tr("harvest.title"), detail.c_str())) {
        state.screen = from_sessions ? Screen::sessions : Screen::start;
        return;
    }
    ImGui::BeginChild("harvest.page", ImGui::GetContentRegionAvail());
    const float width = ImGui::GetContentRegionAvail().x;
    if (!standing.joined) {
        draw_join(store, state, ui, width);
    } else if (standing.facilitator) {
        status_panel(ui, "harvest.is_facilitator", ui.tr("harvest.facilitator"), ui.tr("harvest.facilitator.detail"),
                     width, harvest_colour::neutral_fill, harvest_colour::neutral_edge);
    } else {
        draw_standing(ui, standing, width);
        ImGui::Dummy(ImVec2(0, ui.px(12)));
        // Stick and network side by side; one under the other on a narrow screen.
        const float gap = ui.px(32);
        const bool side_by_side = width >= ui.px(900);
        const float column = side_by_side ? (width - gap) * 0.5f : width;
        ImGui::BeginGroup();
        draw_usb(store, ui, harvest, column);
        ImGui::EndGroup();
        if (side_by_side) ImGui::SameLine(0, gap);
        else ImGui::Dummy(ImVec2(0, ui.px(20)));
        ImGui::BeginGroup();
        draw_push(store, ui, harvest, column);
        ImGui::EndGroup();
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
}

void poll_harvest_job(Store& store, AppState& state, Ui& ui) {
    HarvestState& harvest = state.harvest;
    if (!harvest.job.busy() || !harvest.job.finished()) return;
    const std::exception_ptr failure = harvest.job.collect();
    const HarvestState::Job kind = harvest.job_kind;
    const bool push = kind == HarvestState::Job::push;
    harvest.job_kind = HarvestState::Job::none;
    harvest.standing_read_at = -1;
    if (kind == HarvestState::Job::fetch_join) {
        // The join file came from the hub; joining writes to the frame's own store.
        try {
            if (failure) std::rethrow_exception(failure);
        } catch (const std::exception& error) {
            state.error = ui.tr("harvest.join.failed", {{"reason", join_problem(ui, error, harvest.hub_typed)}});
            return;
        }
        try {
            join_workshop(store, *harvest.fetched);
            ui.assets.templates.add_missing(store.workshop_templates());
            harvest.code_typed.clear();
            state.error.clear();
        } catch (const std::exception& error) {
            state.error = ui.tr("harvest.join.failed", {{"reason", error_text(ui, error)}});
        }
        return;
    }
    try {
        if (failure) std::rethrow_exception(failure);
        if (push) {
            if (!harvest.pushed->ok()) {
                // Trying again or a stick helps most problems; not a revoked device's.
                const bool revoked = harvest.pushed->problem == platform::PushResult::Problem::revoked;
                state.error = ui.tr(revoked ? "harvest.hub.refused" : "harvest.hub.failed",
                                    {{"reason", push_problem(ui, *harvest.pushed)}});
                return;
            }
            harvest.last_push = *harvest.pushed;
            harvest.result = HarvestState::Result::push_received;
        } else {
            harvest.last_export = *harvest.exported;
            harvest.last_place = harvest.job_place;
            harvest.result = harvest.last_export.file.empty() ? HarvestState::Result::usb_nothing_new
                                                              : HarvestState::Result::usb_written;
        }
        state.error.clear();
    } catch (const std::exception& error) {
        state.error = ui.tr(push ? "harvest.hub.failed" : "harvest.usb.failed", {{"reason", error_text(ui, error)}});
    }
}

}  // namespace oogst::app
