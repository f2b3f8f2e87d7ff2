#include "app/table/score_results.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <set>
#include <string>

#include "app/shell/theme.hpp"
#include "app/table/template_labels.hpp"
#include "app/widgets/capture_picture.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/table/scoring.hpp"

namespace oogst::app {
namespace {

std::string average_text(const Ui& ui, double average) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", average);
    if (ui.language != Language::en)
        if (char* dot = std::strchr(text, '.')) *dot = ',';
    return text;
}

std::string score_line(const Ui& ui, const MethodTemplate* method, const RankedCapture& ranked) {
    if (ranked.votes == 0) return ui.tr("results.none");
    const bool dots = method && method->voting.style == VotingStyle::dots;
    const std::string count = std::to_string(ranked.votes);
    if (dots)
        return ui.tr(ranked.votes == 1 ? "results.dots.one" : "results.dots",
                     {{"total", std::to_string(ranked.total)}, {"count", count}});
    return ui.tr(ranked.votes == 1 ? "results.stars.one" : "results.stars",
                 {{"count", count}, {"average", average_text(ui, ranked.average())}});
}

// How long a row's bar is, 0-1: the average against the most stars there are, or the
// dots against the most any idea got.
float bar_length(const MethodTemplate* method, const RankedCapture& entry, int most_dots) {
    if (entry.votes == 0) return 0;
    if (method && method->voting.style == VotingStyle::dots) return static_cast<float>(entry.total) / std::max(1, most_dots);
    const int stars = method ? method->voting.max_stars : 5;
    return static_cast<float>(entry.average() / std::max(1, stars));
}

}  // namespace

void draw_score_results(Store& store, AppState& state, Ui& ui, const SessionSet& session, const MethodTemplate* method,
                        ImVec2 area) {
    const Voting voting = method ? method->voting : Voting{};
    const auto ranked = ranked_captures(store.state(), session.id, voting);
    std::set<std::string> voters;
    int most_dots = 0;
    for (const auto& entry : ranked) {
        most_dots = std::max(most_dots, entry.total);
        for (const auto& [token, vote] : entry.capture->votes)
            if (vote.value() > 0) voters.insert(token);
        for (const std::string* other : entry.same)
            for (const auto& [token, vote] : store.state().capture(*other)->votes)
                if (vote.value() > 0) voters.insert(token);
    }

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::column);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(20), ui.px(16)));
    ImGui::BeginChild("results", area, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("results.title"));
    ImGui::PopFont();
    ImGui::SameLine(0, ui.px(16));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui.px(6));
    const char* order = voting.style == VotingStyle::dots ? "results.detail.dots" : "results.detail.stars";
    const char* close = ui.tr("results.close");
    const float close_width = button_width(ui, close, 28);
    const float room = width + ImGui::GetStyle().WindowPadding.x - close_width - ui.px(16) - ImGui::GetCursorPosX();
    ImGui::TextUnformatted(fitted_text(ui.fonts.body, ui.tr(order, {{"votes", std::to_string(voters.size())}}), room).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(width + ImGui::GetStyle().WindowPadding.x - close_width);
    ImGui::SetCursorPosY(ImGui::GetStyle().WindowPadding.y);
    if (touch_button(ui, "results.close", close, ImVec2(close_width, 0), ButtonLook::secondary))
        state.round.results = false;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float row_height = ui.px(84);
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const RankedCapture& entry = ranked[i];
        const ImVec2 min = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(width, row_height));
        ui.touch.record_last_item("results.capture." + entry.capture->origin->id);
        if (!ImGui::IsItemVisible()) continue;
        const ImVec2 max(min.x + width, min.y + row_height);
        draw->AddRectFilled(min, max, colour::surface, ui.px(12));
        // The bar behind the row: how much the table liked it.
        if (const float length = bar_length(method, entry, most_dots); length > 0)
            draw->AddRectFilled(min, ImVec2(min.x + width * std::min(1.0f, length), max.y),
                                note_fill(entry.capture->origin->colour, i), ui.px(12));
        const std::string rank = std::to_string(i + 1);
        ImFont* heading = ui.fonts.heading;
        draw->AddText(heading, heading->FontSize, ImVec2(min.x + ui.px(18), min.y + (row_height - heading->FontSize) * 0.5f),
                      colour::text, rank.c_str());
        float text_x = min.x + ui.px(72);
        // A drawing or photo shows as a small picture before its caption.
        if (entry.capture->origin->capture_kind != CaptureKind::text) {
            const float picture = row_height - ui.px(16);
            draw_capture_picture(ui, *entry.capture, ImVec2(text_x, min.y + ui.px(8)),
                                 ImVec2(text_x + picture * 4 / 3, min.y + ui.px(8) + picture));
            text_x += picture * 4 / 3 + ui.px(14);
        }
        std::string text = entry.capture->text.value();
        if (text.empty()) text = ui.tr(entry.capture->origin->capture_kind == CaptureKind::photo ? "note.photo" : "note.drawing");
        const std::string board = board_label(ui, session.method, entry.capture->placement.value().board);
        // How many notes said it: an idea written by several is one line, not several.
        std::string score = score_line(ui, method, entry);
        if (entry.support > 1) score += " · " + ui.tr("results.support", {{"count", std::to_string(entry.support)}});
        score += " · " + board;
        ImFont* bold = ui.fonts.bold;
        draw->PushClipRect(ImVec2(text_x, min.y), ImVec2(max.x - ui.px(16), max.y), true);
        draw->AddText(bold, bold->FontSize, ImVec2(text_x, min.y + ui.px(12)), colour::text, text.c_str());
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(text_x, min.y + ui.px(16) + bold->FontSize),
                      colour::muted, score.c_str());
        draw->PopClipRect();
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace oogst::app
