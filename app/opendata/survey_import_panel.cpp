#include "app/opendata/survey_import_panel.hpp"

#include <cstdlib>
#include <exception>

#include "app/harvest/harvest_widgets.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/opendata/survey/survey_columns.hpp"
#include "core/opendata/survey/survey_ideas.hpp"

namespace oogst::app {
namespace {

// A stick put in, or a file downloaded, turns up within this many seconds.
constexpr double survey_folder_refresh_seconds = 2;
// Exports sit near the top of a stick or of Downloads; a folder of photos is not walked.
constexpr FileSearch survey_search{.depth = 1, .limit = 40, .max_visited = 4000};
constexpr std::size_t preview_rows = 5;

constexpr std::array<const char*, survey_role_count> role_keys = {
    "survey.role.text", "survey.role.title", "survey.role.score", "survey.role.agree",
    "survey.role.disagree", "survey.role.date", "survey.role.group"};

void find_in(const std::filesystem::path& folder, const std::string& place, int depth, std::vector<SurveyFileFound>& found) {
    std::error_code error;
    if (folder.empty() || !std::filesystem::is_directory(folder, error)) return;
    FileSearch search = survey_search;
    search.depth = depth;
    for (const char* extension : {".csv", ".xlsx", ".json"})
        for (const auto& file : find_files_below(folder, extension, search).files) found.push_back({file, place});
}

// The sticks, the folder the workshop's store is in, and Downloads.
void refresh_files(const Store& store, AppState& state) {
    SurveyImportState& import = state.opendata.import;
    state.desk.usb.refresh(ImGui::GetTime(), survey_folder_refresh_seconds);
    if (import.listed_at >= 0 && ImGui::GetTime() - import.listed_at < survey_folder_refresh_seconds) return;
    import.listed_at = ImGui::GetTime();
    std::vector<SurveyFileFound> found;
    for (const platform::Place& place : state.desk.usb.places) find_in(place.root, place.name, 2, found);
    const std::filesystem::path beside = std::filesystem::absolute(store.folder()).lexically_normal().parent_path();
    find_in(beside, beside.filename().string(), 0, found);
    if (const char* home = std::getenv("HOME")) find_in(std::filesystem::path(home) / "Downloads", "Downloads", 1, found);
    import.files = std::move(found);
}

SurveyColumnChoice choice_of(const SurveyImportState& import) {
    SurveyColumnChoice choice;
    std::array<std::string*, survey_role_count> slots = {&choice.text,     &choice.title, &choice.score, &choice.agree,
                                                          &choice.disagree, &choice.date,  &choice.group};
    // By number: a column is named by its place, whatever its header says.
    for (std::size_t role = 0; role < survey_role_count; ++role)
        if (import.columns[role] >= 0) *slots[role] = std::to_string(import.columns[role] + 1);
    return choice;
}

std::string column_label(const SurveyTable& table, std::size_t column) {
    std::string header = column < table.header.size() ? table.header[column] : "";
    if (header.size() > 28) header = header.substr(0, 26) + "…";
    return header.empty() ? column_letter(column) : header + " (" + column_letter(column) + ")";
}

// One role's row: its name on the left, and "—" and each column as choices on the
// right, the chosen one green, wrapping under each other.
void draw_role(Ui& ui, SurveyImportState& import, std::size_t role, float width) {
    const float label_width = std::min(ui.px(230), width * 0.32f);
    const float top = ImGui::GetCursorPosY();
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + label_width - ui.px(12));
    ImGui::SetCursorPosY(top + ui.px(10));
    ImGui::TextUnformatted(ui.tr(role_keys[role]));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float label_bottom = ImGui::GetCursorPosY();
    const SurveyTable& table = *import.table;
    const float gap = ui.px(6);
    const float left = ImGui::GetCursorPosX() + label_width;
    const float room = width - label_width;
    ImGui::SetCursorPos(ImVec2(left, top));
    float used = 0;
    const int first = role == static_cast<std::size_t>(SurveyRole::text) ? 0 : -1;  // an idea always has its text
    for (int column = first; column < static_cast<int>(table.header.size()); ++column) {
        const std::string label = column < 0 ? std::string(ui.tr("survey.no_column"))
                                             : column_label(table, static_cast<std::size_t>(column));
        const float each = std::min(room, button_width(ui, label.c_str(), 16));
        if (used > 0 && used + gap + each <= room) ImGui::SameLine(0, gap);
        else if (used > 0) used = 0, ImGui::SetCursorPosX(left);
        used += (used > 0 ? gap : 0) + each;
        const std::string name = "survey.column." + std::to_string(role) + "." + std::to_string(column);
        if (touch_button(ui, name.c_str(), label.c_str(), ImVec2(each, ui.px(44)),
                         import.columns[role] == column ? ButtonLook::primary : ButtonLook::secondary)) {
            import.columns[role] = column;
            import.problem.reset();
        }
    }
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), label_bottom) + ui.px(6));
}

// The first ideas as they will come in, read by the same code the import uses.
void draw_preview_table(Store& store, Ui& ui, SurveyImportState& import, float width) {
    SurveyTable first;
    first.file_name = import.table->file_name;
    first.format = import.table->format;
    first.header = import.table->header;
    first.rows.assign(import.table->rows.begin(),
                      import.table->rows.begin() + static_cast<long>(std::min(preview_rows, import.table->rows.size())));
    section_heading(ui, ui.tr("survey.preview"));
    try {
        const SurveyIdeas ideas = survey_ideas(first, survey_columns(first, choice_of(import), survey_languages(store)));
        for (std::size_t i = 0; i < ideas.ideas.size(); ++i) {
            const SurveyIdea& idea = ideas.ideas[i];
            std::string line = ui.tr("survey.row", {{"row", std::to_string(idea.row)}});
            if (!idea.votes.empty()) {
                int total = 0;
                for (const auto& [token, stars] : idea.votes) total += stars;
                const std::string average = score_text(ui, static_cast<double>(total) / static_cast<double>(idea.votes.size()));
                line += " · " + std::string(ui.tr(idea.votes.size() == 1 ? "survey.support_one" : "survey.support",
                                                  {{"score", average}, {"votes", std::to_string(idea.votes.size())}}));
            }
            for (const std::string* part : {&idea.group, &idea.date, &idea.category})
                if (!part->empty()) line += " · " + *part;
            std::string text = idea.title.empty() ? idea.text : idea.title + " — " + idea.text;
            if (text.size() > 240) text = text.substr(0, 238) + "…";
            ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
            ImGui::TextUnformatted(line.c_str());
            ImGui::PopStyleColor();
            paragraph(text, width, colour::text);
            ui.touch.record_text(("survey.preview." + std::to_string(i)).c_str(), text, ImRect(), ImRect());
            ImGui::Dummy(ImVec2(0, ui.px(6)));
        }
        if (ideas.ideas.empty()) paragraph(ui.tr("survey.preview_empty"), width, colour::muted);
    } catch (const SurveyError& error) {
        paragraph(survey_problem_text(ui, error.problem()), width, harvest_colour::rejected_edge);
    }
}

void start_survey_import(Store& store, SurveyImportState& import) {
    import.running = std::make_shared<SurveyImportReport>();
    import.problem.reset();
    import.done.reset();
    SurveyImport request;
    request.columns = choice_of(import);
    import.job.start([folder = store.folder(), table = import.table, request, out = import.running](JobProgress& progress) mutable {
        // Its own connection: the frame draws from its Store meanwhile (harvest_job.hpp).
        Store own = Store::open(folder);
        progress.total = table->rows.size();
        request.progress = [&progress](std::size_t done, std::size_t total) {
            progress.total = total;
            progress.done = done;
        };
        *out = import_survey(own, *table, request);
    });
}

// The job's end: what it added, or why it could not.
void collect_import(SurveyImportState& import, Ui& ui, AppState& state) {
    if (!import.job.busy() || !import.job.finished()) return;
    if (const std::exception_ptr failure = import.job.collect()) {
        try {
            std::rethrow_exception(failure);
        } catch (const SurveyError& error) {
            import.problem = error.problem();
        } catch (const std::exception& error) {
            state.error = ui.tr("survey.failed", {{"file", import.chosen.filename().string()}, {"reason", error_text(ui, error)}});
        }
        return;
    }
    import.done = *import.running;
    import.chosen.clear();
    import.table.reset();
    state.error.clear();
}

void draw_files(Store& store, Ui& ui, SurveyImportState& import, float width) {
    if (import.files.empty()) paragraph(ui.tr("survey.none"), width, colour::muted);
    for (std::size_t i = 0; i < import.files.size(); ++i) {
        const SurveyFileFound& found = import.files[i];
        const std::string name = "survey.file." + std::to_string(i);
        const std::string detail = ui.tr("survey.file_detail", {{"place", found.place}});
        if (touch_card(ui, name.c_str(), found.file.filename().string().c_str(), detail.c_str(), ImVec2(width, ui.px(96)),
                       colour::surface, colour::text))
            choose_survey_file(store, import, found.file);
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
}

}  // namespace

std::string survey_problem_text(const Ui& ui, const SurveyProblem& problem) {
    const std::string key = "survey.problem." + std::string(name_of(problem.kind));
    const std::string sentence = ui.tr(key.c_str(), {{"name", problem.name},
                                                     {"value", problem.value},
                                                     {"count", std::to_string(problem.count)}});
    if (problem.row == 0) return sentence;
    return ui.tr("survey.at_row", {{"row", std::to_string(problem.row)}, {"problem", sentence}});
}

void choose_survey_file(Store& store, SurveyImportState& import, const std::filesystem::path& file) {
    import.chosen = file;
    import.table.reset();
    import.problem.reset();
    import.done.reset();
    import.columns.fill(-1);
    try {
        import.table = std::make_shared<const SurveyTable>(read_survey_table(file));
    } catch (const SurveyError& error) {
        import.problem = error.problem();
        return;
    }
    try {
        const SurveyColumns seen = survey_columns(*import.table, {}, survey_languages(store));
        const std::array<const std::optional<std::size_t>*, survey_role_count> found = {
            &seen.text, &seen.title, &seen.score, &seen.agree, &seen.disagree, &seen.date, &seen.group};
        for (std::size_t role = 0; role < survey_role_count; ++role)
            if (*found[role]) import.columns[role] = static_cast<int>(**found[role]);
    } catch (const SurveyError& error) {
        import.problem = error.problem();  // no column looks like the ideas: the facilitator picks one
    }
}

void draw_survey_columns(Store&, AppState& state, Ui& ui, float width) {
    SurveyImportState& import = state.opendata.import;
    if (!import.table) return;
    const SurveyTable& table = *import.table;
    const char* format_key = table.format == SurveyFormat::decidim ? "survey.format.decidim"
                             : table.format == SurveyFormat::polis ? "survey.format.polis"
                             : table.format == SurveyFormat::xlsx  ? "survey.format.xlsx"
                                                                   : "survey.format.csv";
    const std::string seen = ui.tr("survey.recognised", {{"format", ui.tr(format_key)}, {"rows", std::to_string(table.rows.size())}});
    ui.touch.record_text("survey.recognised", seen, ImRect(), ImRect());
    section_heading(ui, import.chosen.filename().string().c_str());
    paragraph(seen, width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    section_heading(ui, ui.tr("survey.columns"));
    for (std::size_t role = 0; role < survey_role_count; ++role) draw_role(ui, import, role, width);
}

void draw_survey_preview(Store& store, AppState& state, Ui& ui, float width) {
    SurveyImportState& import = state.opendata.import;
    collect_import(import, ui, state);
    if (import.job.busy()) {
        const std::string words = ui.tr("survey.importing", {{"done", std::to_string(import.job.done())},
                                                             {"total", std::to_string(import.job.total())}});
        progress_bar(ui, "survey.progress", import.job.fraction(), words, width);
        ui.animating = true;
        return;
    }
    if (!import.table) return;
    if (import.problem) {
        status_panel(ui, "survey.problem", ui.tr("survey.not_imported", {{"file", import.chosen.filename().string()}}),
                     survey_problem_text(ui, *import.problem), width, harvest_colour::rejected_fill,
                     harvest_colour::rejected_edge, ui.fonts.bold);
        ImGui::Dummy(ImVec2(0, ui.px(8)));
    }
    const float half = (width - ui.px(8)) * 0.5f;
    if (touch_button(ui, "survey.other_file", ui.tr("survey.other_file"), ImVec2(half, 0), ButtonLook::secondary)) {
        import.chosen.clear();
        import.table.reset();
        import.problem.reset();
        return;
    }
    ImGui::SameLine(0, ui.px(8));
    const std::string label = ui.tr("survey.import", {{"count", std::to_string(import.table->rows.size())}});
    if (touch_button(ui, "survey.import", label.c_str(), ImVec2(half, 0)) && import.columns[0] >= 0) start_survey_import(store, import);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    draw_preview_table(store, ui, import, width);
}

void draw_survey_import(Store& store, AppState& state, Ui& ui, float width) {
    SurveyImportState& import = state.opendata.import;
    refresh_files(store, state);
    collect_import(import, ui, state);
    section_heading(ui, ui.tr("survey.heading"));
    paragraph(ui.tr("survey.explain"), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    if (import.done) {
        const SurveyImportReport& done = *import.done;
        const std::string heading = ui.tr("survey.done", {{"added", std::to_string(done.added)}, {"session", done.session_name}});
        const std::string detail = ui.tr("survey.done_detail", {{"already", std::to_string(done.already_there)},
                                                                {"votes", std::to_string(done.votes_changed)},
                                                                {"left_out", std::to_string(done.blank + done.withdrawn)}});
        status_panel(ui, "survey.done", heading, detail, width, harvest_colour::done_fill, harvest_colour::done_edge, ui.fonts.bold);
        ImGui::Dummy(ImVec2(0, ui.px(8)));
    }
    if (import.problem) {
        status_panel(ui, "survey.problem", ui.tr("survey.not_imported", {{"file", import.chosen.filename().string()}}),
                     survey_problem_text(ui, *import.problem), width, harvest_colour::rejected_fill,
                     harvest_colour::rejected_edge, ui.fonts.bold);
        ImGui::Dummy(ImVec2(0, ui.px(8)));
    }
    draw_files(store, ui, import, width);
}

}  // namespace oogst::app
