// oogst-cli import-survey (issue 17): an online survey's export (CSV, Excel, Decidim's
// proposals, Pol.is's comments and votes) read into the workshop as its own session, as
// the desk's import does, through core/opendata/survey/survey_import.
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "core/errors.hpp"
#include "core/opendata/survey/survey_import.hpp"
#include "core/opendata/survey/survey_problem.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/text_options.hpp"
#include "tools/cli/workshop_lookup.hpp"

namespace oogst::cli {
namespace {

struct SurveyWords {
    std::filesystem::path file;
    std::string format, session;
    SurveyColumnChoice columns;
};

std::string plural(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

void import(const std::filesystem::path& folder, const SurveyWords& given, std::ostream& out) {
    Store store = open_workshop(folder);
    SurveyImport request;
    if (!given.format.empty()) {
        request.format = parse_survey_format(given.format);
        if (!request.format) throw UserError("--format " + given.format + " is not a survey format (csv, xlsx, decidim, polis)");
    }
    request.columns = given.columns;
    request.session_name = given.session;
    const SurveyImportReport report = import_survey(store, given.file, request);
    out << "Imported " << given.file.filename().string() << " (" << name_of(report.format) << ") into \""
        << report.session_name << "\": " << plural(report.added, "new idea", "new ideas") << ", "
        << report.already_there << " already there";
    if (report.blank) out << ", " << plural(report.blank, "row", "rows") << " without an idea";
    if (report.withdrawn) out << ", " << report.withdrawn << " withdrawn or hidden left out";
    out << ", " << plural(report.votes_changed, "vote", "votes") << " recorded\n";
}

}  // namespace

void add_survey_commands(CommandLine& cli) {
    auto given = std::make_shared<SurveyWords>();
    CLI::App* command = cli.command(
        nullptr, "import-survey",
        "read an online survey's export (CSV, Excel, Decidim, Pol.is) into the workshop as its own session; "
        "importing the same file again adds nothing",
        [given](const auto& store, auto& out) { import(store, *given, out); });
    command->add_option("FILE", given->file, "the export: a .csv, .xlsx or Decidim .json file, or Pol.is's folder or comments.csv")
        ->required();
    command->add_option("--format", given->format, "csv, xlsx, decidim or polis (default: recognised from the file)");
    command->add_option("--session", given->session, "the session's name (default: \"Online bevraging\")")->check(one_line_text());
    command->add_option("--text-column", given->columns.text, "the column with the idea's text: its header, letter (C) or number (3)");
    command->add_option("--title-column", given->columns.title, "the column with the idea's title");
    command->add_option("--score-column", given->columns.score, "a rating from 1 to 5 stars");
    command->add_option("--agree-column", given->columns.agree, "a count of supports or agrees: each a vote of 5 stars");
    command->add_option("--disagree-column", given->columns.disagree, "a count of disagrees: each a vote of 1 star");
    command->add_option("--date-column", given->columns.date, "when the idea was given");
    command->add_option("--group-column", given->columns.group, "the respondent's group, such as an age band (never a name)");
}

}  // namespace oogst::cli
