#include "app/prepare/table_list_import.hpp"

#include <exception>
#include <fstream>
#include <iterator>

#include "app/harvest/harvest_widgets.hpp"
#include "app/prepare/prepare_words.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/prepare/table_list_csv.hpp"

namespace oogst::app {
namespace {

// A stick put in while the screen shows turns up within this many seconds.
constexpr double table_list_refresh_seconds = 2;
// Table lists sit near the top of a stick; a stick full of photos is not walked through.
constexpr FileSearch table_list_search{.depth = 2, .limit = 40, .max_visited = 5000};

void refresh_lists(PrepareState& prepare) {
    prepare.sticks.refresh(ImGui::GetTime(), table_list_refresh_seconds);
    if (prepare.listed_at == prepare.sticks.found_at) return;
    prepare.table_lists.clear();
    for (const platform::Place& place : prepare.sticks.places)
        for (const auto& file : find_files_below(place.root, ".csv", table_list_search).files)
            prepare.table_lists.push_back({file, place.name});
    prepare.listed_at = prepare.sticks.found_at;
}

}  // namespace

bool import_table_list_file(Store& store, AppState& state, Ui& ui, const std::filesystem::path& file) {
    PrepareState& prepare = state.prepare;
    prepare.table_list_problems.clear();
    prepare.table_list_file = file.filename().string();
    prepare.notice.clear();
    try {
        std::error_code error;
        if (std::filesystem::file_size(file, error) > max_table_list_bytes)
            throw PlanError(PlanProblem{.kind = PlanProblem::Kind::csv_too_large});
        std::ifstream in(file, std::ios::binary);
        if (!in) throw UserError("cannot read " + file.string());
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto added = import_table_list(store, bytes, ui.assets.templates);
        prepare.notice = ui.tr("prepare.csv.added", {{"count", std::to_string(added.size())}, {"file", prepare.table_list_file}});
        state.error.clear();
        return true;
    } catch (const PlanError& bad) {
        prepare.table_list_problems = bad.problems();
    } catch (const std::exception& error) {
        state.error = ui.tr("prepare.csv.failed", {{"file", prepare.table_list_file}, {"reason", error_text(ui, error)}});
    }
    return false;
}

void draw_table_list_import(Store& store, AppState& state, Ui& ui, float width) {
    PrepareState& prepare = state.prepare;
    refresh_lists(prepare);
    section_heading(ui, ui.tr("prepare.csv.heading"));
    paragraph(ui.tr("prepare.csv.explain"), width, colour::muted);
    if (prepare.table_lists.empty()) paragraph(ui.tr("prepare.csv.none"), width, colour::muted);
    for (std::size_t i = 0; i < prepare.table_lists.size(); ++i) {
        const TableListFile& found = prepare.table_lists[i];
        const std::string name = "prepare.csv.file." + std::to_string(i);
        const std::string detail = ui.tr("prepare.csv.import", {{"place", found.place}});
        if (touch_card(ui, name.c_str(), found.file.filename().string().c_str(), detail.c_str(), ImVec2(width, ui.px(104)),
                       colour::surface, colour::text))
            import_table_list_file(store, state, ui, found.file);
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
    if (prepare.table_list_problems.empty()) return;
    // Every bad row, so the planner fixes them all in one go.
    std::string rows;
    for (const PlanProblem& problem : prepare.table_list_problems)
        rows += (rows.empty() ? "" : "\n") + plan_problem_text(ui, problem);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    status_panel(ui, "prepare.csv.problems", ui.tr("prepare.csv.not_imported", {{"file", prepare.table_list_file}}), rows,
                 width, harvest_colour::rejected_fill, harvest_colour::rejected_edge, ui.fonts.bold);
}

}  // namespace oogst::app
