#include "app/desk/desk_report.hpp"

#include <algorithm>
#include <cfloat>
#include <filesystem>
#include <tuple>

#include "app/desk/desk_reasons.hpp"
#include "app/harvest/harvest_widgets.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

using Result = BundleOutcome::Result;

std::string count_phrase(const Ui& ui, const char* key, std::uint64_t count) {
    const std::string one = std::string(key) + ".one", many = std::string(key) + ".many";
    return count == 1 ? std::string(ui.tr(one)) : ui.tr(many, {{"count", std::to_string(count)}});
}

std::string summary(const Ui& ui, const std::vector<DeskArrival>& arrivals) {
    const ArrivalCounts counts = newest_batch_counts(arrivals);
    return ui.tr("desk.report.summary", {{"bundles", count_phrase(ui, "desk.bundles", counts.bundles)},
                                         {"merged", std::to_string(counts.merged)},
                                         {"known", std::to_string(counts.known)},
                                         {"rejected", std::to_string(counts.rejected)},
                                         {"new", count_phrase(ui, "harvest.changes", counts.new_operations)}});
}

struct Line {
    std::string text;
    ImFont* font;
    ImU32 ink;
};

// A bundle without changes: a device's standing note (a device with nothing new leaves
// one on the stick, core/harvest/bundle_files.hpp), worth a row only for what it says.
bool is_standing_note(const BundleOutcome& outcome) {
    return outcome.result == Result::merged && outcome.new_operations == 0 && outcome.known_operations == 0 &&
           outcome.refused.empty() && outcome.damaged_pictures == 0;
}

// The lines of one row, under its badge.
std::vector<Line> row_lines(const Ui& ui, const DeskArrival& arrival) {
    const BundleOutcome& outcome = arrival.outcome;
    std::vector<Line> lines;
    std::string where = arrival.pushed ? ui.tr("desk.row.pushed", {{"from", arrival.place}})
                                       : ui.tr("desk.row.file", {{"file", std::filesystem::path(outcome.source).filename().string()},
                                                                 {"place", arrival.place}});
    lines.push_back({where, ui.fonts.body, colour::muted});
    if (outcome.result == Result::rejected) {
        lines.push_back({ui.tr("desk.row.reason", {{"reason", refusal_in_language(ui, outcome.reason)}}), ui.fonts.body,
                         colour::error_text});
        return lines;
    }
    if (is_standing_note(outcome)) {  // no changes to count: what it says of the device
        lines.push_back({ui.tr(outcome.has_gap() ? "desk.row.standing.gap" : "desk.row.standing.whole",
                               {{"held", std::to_string(outcome.held_through)}}),
                         ui.fonts.body, colour::text});
    } else {
        std::string counts = ui.tr("desk.row.counts", {{"new", count_phrase(ui, "harvest.changes", outcome.new_operations)},
                                                      {"known", std::to_string(outcome.known_operations)}});
        if (outcome.new_blobs > 0) counts += " · " + count_phrase(ui, "desk.row.blobs", outcome.new_blobs);
        lines.push_back({counts, ui.fonts.body, colour::text});
    }
    for (const SessionTally& session : outcome.sessions) {
        const std::string table = session.table_name.empty() ? session.session_id : session.table_name;
        lines.push_back({ui.tr("desk.row.session", {{"table", table},
                                                    {"captures", count_phrase(ui, "harvest.captures", session.new_captures)}}),
                         ui.fonts.body, colour::text});
    }
    // What the device overstepped (kept aside, member_rights.hpp) and what of it is missing.
    for (const RefusedChanges& refused : outcome.refused)
        lines.push_back({ui.tr("desk.row.refused", {{"changes", count_phrase(ui, "harvest.changes", refused.count)},
                                                    {"reason", ui.tr(refusal_key(refused.why))}}),
                         ui.fonts.body, colour::error_text});
    if (outcome.damaged_pictures > 0)
        lines.push_back({ui.tr("desk.row.damaged", {{"count", std::to_string(outcome.damaged_pictures)}}),
                         ui.fonts.body, colour::error_text});
    if (outcome.has_gap())
        lines.push_back({ui.tr("desk.row.missing", {{"from", std::to_string(outcome.missing_from)},
                                                    {"through", std::to_string(outcome.missing_through)}}),
                         ui.fonts.body, colour::error_text});
    return lines;
}

void draw_row(Ui& ui, const DeskArrival& arrival, std::size_t index, float width) {
    const float pad = ui.px(16);
    const Result result = arrival.outcome.result;
    // A standing note that finds everything here is news of nothing: shown as neutral.
    const bool quiet_note = is_standing_note(arrival.outcome) && !arrival.outcome.has_gap();
    const char* word = ui.tr(is_standing_note(arrival.outcome)   ? "desk.row.standing"
                             : result == Result::merged           ? "desk.row.merged"
                             : result == Result::already_imported ? "desk.row.already"
                                                                  : "desk.row.rejected");
    const ImU32 fill = quiet_note                           ? harvest_colour::neutral_fill
                       : result == Result::merged             ? harvest_colour::done_fill
                       : result == Result::already_imported ? harvest_colour::neutral_fill
                                                            : harvest_colour::rejected_fill;
    const ImU32 edge = quiet_note                           ? harvest_colour::neutral_edge
                       : result == Result::merged             ? harvest_colour::done_edge
                       : result == Result::already_imported ? harvest_colour::neutral_edge
                                                            : harvest_colour::rejected_edge;
    // A stripe in the result's colour on the left; the first line is the result as a
    // pill, then who it came from; the details under it.
    ImFont* bold = ui.fonts.bold;
    const float stripe = ui.px(8);
    const float left = stripe + pad;
    const float wrap = width - left - pad;
    const float pill_pad = ui.px(10);
    const float pill = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, word).x + 2 * pill_pad;
    const std::string who = arrival_source(ui, arrival);
    const float who_wrap = std::max(ui.px(80), wrap - pill - pill_pad);
    const float first = std::max(bold->FontSize + ui.px(8), bold->CalcTextSizeA(bold->FontSize, FLT_MAX, who_wrap, who.c_str()).y);

    const std::vector<Line> lines = row_lines(ui, arrival);
    float height = 2 * pad + first + ui.px(6);
    for (const Line& line : lines) height += line.font->CalcTextSizeA(line.font->FontSize, FLT_MAX, wrap, line.text.c_str()).y + ui.px(4);
    height = std::max(height, ui.touch_size());

    const std::string name = "desk.report." + std::to_string(index);
    ImGui::InvisibleButton(name.c_str(), ImVec2(width, height));
    ui.touch.record_last_item(name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, colour::surface, ui.px(12));
    draw->AddRect(min, max, edge, ui.px(12), 0, ui.px(2));
    draw->AddRectFilled(min, ImVec2(min.x + stripe, max.y), edge, ui.px(12), ImDrawFlags_RoundCornersLeft);
    const ImVec2 at(min.x + left, min.y + pad);
    draw->AddRectFilled(at, ImVec2(at.x + pill, at.y + bold->FontSize + ui.px(8)), fill, ui.px(8));
    draw->AddRect(at, ImVec2(at.x + pill, at.y + bold->FontSize + ui.px(8)), edge, ui.px(8), 0, ui.px(1.5f));
    draw->AddText(bold, bold->FontSize, ImVec2(at.x + pill_pad, at.y + ui.px(4)), colour::text, word);
    draw->AddText(bold, bold->FontSize, ImVec2(at.x + pill + pill_pad, at.y + ui.px(4)), colour::text, who.c_str(),
                  nullptr, who_wrap);
    // The row in words, for the tests: its badge, then its lines.
    std::string words = word;
    for (const Line& line : lines) words += "\n" + line.text;
    ui.touch.record_text(name + ".words", words, ImRect(min, max), ImRect(min, max));
    float y = at.y + first + ui.px(6);
    for (const Line& line : lines) {
        draw->AddText(line.font, line.font->FontSize, ImVec2(min.x + left, y), line.ink, line.text.c_str(), nullptr, wrap);
        y += line.font->CalcTextSizeA(line.font->FontSize, FLT_MAX, wrap, line.text.c_str()).y + ui.px(4);
    }
}

}  // namespace

ArrivalCounts newest_batch_counts(const std::vector<DeskArrival>& arrivals) {
    ArrivalCounts counts;
    if (arrivals.empty()) return counts;
    for (const DeskArrival& arrival : arrivals) {
        if (arrival.batch != arrivals.back().batch) continue;
        ++counts.bundles;
        switch (arrival.outcome.result) {
            case Result::merged: ++counts.merged; break;
            case Result::already_imported: ++counts.known; break;
            case Result::rejected: ++counts.rejected; break;
        }
        counts.new_operations += arrival.outcome.new_operations;
    }
    return counts;
}

std::string arrival_source(const Ui& ui, const DeskArrival& arrival) {
    std::string tables;
    for (const SessionTally& session : arrival.outcome.sessions) {
        if (session.table_name.empty() || tables.find(session.table_name) != std::string::npos) continue;
        tables += (tables.empty() ? "" : ", ") + session.table_name;
    }
    if (!tables.empty()) return tables;
    if (!arrival.outcome.device_id.empty())
        return ui.tr("desk.row.device", {{"device", arrival.outcome.device_id.substr(0, 8)}});
    return ui.tr("desk.row.unknown");
}

void draw_merge_report(Ui& ui, const Desk& desk, float width) {
    const std::vector<DeskArrival>& arrivals = desk.arrivals;
    section_heading(ui, ui.tr("desk.report.heading"));
    if (arrivals.empty()) {
        paragraph(ui.tr("desk.report.empty"), width, colour::muted);
        return;
    }
    paragraph(summary(ui, arrivals), width, colour::text);
    if (!desk.receipts_problem.empty())
        paragraph(ui.tr("desk.receipts.failed", {{"place", desk.receipts_place}, {"reason", desk.receipts_problem}}),
                  width, colour::error_text);
    else if (desk.receipts_written > 0)
        paragraph(ui.tr("desk.receipts.written", {{"place", desk.receipts_place},
                                                  {"devices", std::to_string(desk.receipts_written)}}),
                  width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    ImGui::BeginChild("desk.report", ImVec2(width, std::max(ui.px(120), ImGui::GetContentRegionAvail().y)));
    const float row_width = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(12), ui.px(12)));
    // The newest import or push on top; in it, refused files first (they need the
    // facilitator), then the stick's files in their own (name) order.
    std::vector<std::size_t> order(arrivals.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const bool refused_a = arrivals[a].outcome.result == Result::rejected;
        const bool refused_b = arrivals[b].outcome.result == Result::rejected;
        return std::tie(arrivals[a].batch, refused_a) > std::tie(arrivals[b].batch, refused_b);
    });
    for (const std::size_t i : order) draw_row(ui, arrivals[i], i, row_width);
    ImGui::PopStyleVar();
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace oogst::app
