#include "app/opendata/export_panel.hpp"

#include <algorithm>

#include "app/harvest/harvest_widgets.hpp"
#include "app/publish/publish_place.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/errors.hpp"
#include "platform/files/published_files.hpp"

namespace oogst::app {
namespace {

struct FormatWords {
    ExportFormat format;
    const char* label;    // its button
    const char* explain;  // what it is for, under the buttons
};

constexpr FormatWords format_words[] = {
    {ExportFormat::decidim_json, "export.format.decidim_json", "export.explain.decidim_json"},
    {ExportFormat::decidim_csv, "export.format.decidim_csv", "export.explain.decidim_csv"},
    {ExportFormat::decidim_results, "export.format.decidim_results", "export.explain.decidim_results"},
    {ExportFormat::decidim_meetings, "export.format.decidim_meetings", "export.explain.decidim_meetings"},
    {ExportFormat::polis, "export.format.polis", "export.explain.polis"},
    {ExportFormat::polis_export, "export.format.polis_export", "export.explain.polis_export"},
    {ExportFormat::csv, "export.format.csv", "export.explain.csv"},
    {ExportFormat::xlsx, "export.format.xlsx", "export.explain.xlsx"},
    {ExportFormat::json, "export.format.json", "export.explain.json"},
    {ExportFormat::datapackage, "export.format.datapackage", "export.explain.datapackage"},
};

const FormatWords& words_for(ExportFormat format) {
    for (const FormatWords& words : format_words)
        if (words.format == format) return words;
    return format_words[6];
}

bool decidim(ExportFormat format) {
    return format == ExportFormat::decidim_json || format == ExportFormat::decidim_csv ||
           format == ExportFormat::decidim_results;
}

bool digits(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void write_export(Store& store, AppState& state, Ui& ui) {
    ExportState& exporting = state.opendata.exporting;
    ExportRequest request = exporting.request;
    request.taxonomies.clear();
    for (const auto& [key, typed] : exporting.taxonomy_typed)
        if (digits(typed)) request.taxonomies.emplace_back(key, typed);
    request.scope = digits(exporting.scope_typed) ? exporting.scope_typed : "";
    try {
        const std::vector<PublishedFile> files = make_export(store, ui.assets, request);
        const std::filesystem::path target =
            platform::free_path(chosen_place(store, state.desk.usb, exporting.place) / export_file_name(request.format));
        platform::write_published_files(target, files, export_is_folder(request.format));
        exporting.written = target;
        state.error.clear();
    } catch (const std::filesystem::filesystem_error& error) {
        exporting.problem = ui.tr("publish.cannot_write", {{"path", error.path1().string()}});
    } catch (const std::exception& error) {
        exporting.problem = error_text(ui, error);
    }
    if (!exporting.problem.empty()) state.error = exporting.problem;
}

void draw_formats(Ui& ui, ExportState& exporting, float width) {
    const float gap = ui.px(8);
    const float half = (width - gap) * 0.5f;
    std::size_t i = 0;
    for (const FormatWords& words : format_words) {
        if (i++ % 2) ImGui::SameLine(0, gap);
        const std::string name = "export.format." + std::string(name_of(words.format));
        if (touch_button(ui, name.c_str(), ui.tr(words.label), ImVec2(half, 0),
                         words.format == exporting.request.format ? ButtonLook::primary : ButtonLook::secondary))
            exporting.request.format = words.format;
    }
}

// Decidim: the keys' strongest dreams or every capture, each key's taxonomy, the scope.
void draw_decidim(Store& store, Ui& ui, ExportState& exporting, float width) {
    ExportRequest& request = exporting.request;
    if (request.format != ExportFormat::decidim_results) {
        section_heading(ui, ui.tr("export.proposals"));
        const float half = (width - ui.px(8)) * 0.5f;
        if (touch_button(ui, "export.proposals.strongest", ui.tr("export.proposals.strongest"), ImVec2(half, 0),
                         request.proposals == ProposalChoice::strongest ? ButtonLook::primary : ButtonLook::secondary))
            request.proposals = ProposalChoice::strongest;
        ImGui::SameLine(0, ui.px(8));
        if (touch_button(ui, "export.proposals.all", ui.tr("export.proposals.all"), ImVec2(half, 0),
                         request.proposals == ProposalChoice::all ? ButtonLook::primary : ButtonLook::secondary))
            request.proposals = ProposalChoice::all;
    }
    section_heading(ui, ui.tr("export.taxonomies"));
    paragraph(ui.tr("export.taxonomies_explain"), width, colour::muted);
    const float field = std::min(ui.px(180), width * 0.4f);
    for (const ThemeRecord* key : store.state().themes()) {
        const ThemeSet& details = key->details.value();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(details.name.c_str());
        ImGui::SameLine(width - field);
        const std::string name = "export.taxonomy." + details.id;
        touch_text_field(ui, name.c_str(), ui.tr("export.taxonomy_hint"), exporting.taxonomy_typed[details.id], field);
    }
    if (store.state().themes().empty()) paragraph(ui.tr("export.no_keys"), width, colour::muted);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui.tr("export.scope"));
    ImGui::SameLine(width - field);
    touch_text_field(ui, "export.scope", ui.tr("export.taxonomy_hint"), exporting.scope_typed, field);
    if (touch_button(ui, "export.category", ui.tr(request.category ? "export.category_on" : "export.category_off"),
                     ImVec2(width, 0), request.category ? ButtonLook::primary : ButtonLook::secondary))
        request.category = !request.category;
}

}  // namespace

void draw_export_panel(Store& store, AppState& state, Ui& ui, float width) {
    ExportState& exporting = state.opendata.exporting;
    // The choices scroll; "Write" and what it did stay at the panel's foot, in sight.
    const float foot = ui.touch_size() + ImGui::GetTextLineHeightWithSpacing() * 2 + ui.px(16);
    ImGui::BeginChild("export.choices", ImVec2(width, std::max(ui.px(200), ImGui::GetContentRegionAvail().y - foot)), false,
                      ImGuiWindowFlags_NoScrollbar);
    section_heading(ui, ui.tr("export.heading"));
    paragraph(ui.tr("export.explain"), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    draw_formats(ui, exporting, width);
    paragraph(ui.tr(words_for(exporting.request.format).explain), width, colour::muted);
    if (decidim(exporting.request.format)) draw_decidim(store, ui, exporting, width);
    draw_place_choice(ui, "export.place", store, state.desk.usb, exporting.place, width);
    drag_to_scroll(ui);
    ImGui::EndChild();

    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const bool busy = exporting.write_countdown > 0;
    if (touch_button(ui, "export.write", ui.tr(busy ? "publish.writing" : "export.write"), ImVec2(width, 0)) && !busy) {
        exporting.write_countdown = 2;  // "Writing…" shows for a frame first
        exporting.written.clear();
        exporting.problem.clear();
    }
    if (exporting.write_countdown > 0) {
        ui.animating = true;
        if (--exporting.write_countdown == 0) write_export(store, state, ui);
    }
    std::string result;
    if (!exporting.problem.empty()) result = exporting.problem;
    else if (!exporting.written.empty()) result = ui.tr("publish.written", {{"path", exporting.written.string()}});
    ui.touch.record_text("export.result", result, ImRect(), ImRect());
    if (!result.empty()) paragraph(result, width, exporting.problem.empty() ? colour::text : harvest_colour::rejected_edge);
}

}  // namespace oogst::app
