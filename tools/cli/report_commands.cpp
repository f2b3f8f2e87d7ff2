// oogst-cli report (issue 14): the orientation note, the newspaper, the memorandum, the
// exhibition gallery and the tables' summaries, as PDF, HTML or Markdown, made by
// core/publish/report as the desk's Publish screen makes them.
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/publish/report.hpp"
#include "platform/files/published_files.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/out_path.hpp"
#include "tools/cli/workshop_lookup.hpp"

namespace oogst::cli {
namespace {

struct ReportWords {
    std::string kind = "note", format = "pdf", language, paper = "a4", table;
    std::filesystem::path out;
    bool replace = false;
};

void report(const std::filesystem::path& folder, const ReportWords& given, std::ostream& out) {
    Store store = open_workshop(folder);
    ReportRequest request;
    const auto kind = parse_report_kind(given.kind);
    if (!kind) throw UserError("--kind " + given.kind + " is not a publication (note, newspaper, memorandum, gallery, table)");
    request.kind = *kind;
    const auto format = parse_report_format(given.format);
    if (!format) throw UserError("--format " + given.format + " is not a format (pdf, html, md)");
    request.format = *format;
    request.language = workshop_language(store);
    if (!given.language.empty()) {
        const auto language = parse_language(given.language);
        if (!language) throw UserError("--lang " + given.language + " is not a language (nl, fr, en)");
        request.language = *language;
    }
    const auto paper = parse_paper(given.paper);
    if (!paper) throw UserError("--paper " + given.paper + " is not a paper size (a4, a3)");
    request.paper = *paper;
    request.table = given.table;
    check_out(folder, given.out, given.replace);

    const Assets assets = Assets::load();
    const std::vector<PublishedFile> files = make_report(store, assets, request);
    // A gallery is a folder: --out names it.
    const std::uintmax_t bytes = platform::write_published_files(given.out, files, request.kind == ReportKind::gallery);
    out << "Wrote " << given.out.string() << " (" << files.size() << (files.size() == 1 ? " file, " : " files, ") << bytes
        << " bytes)\n";
}

}  // namespace

void add_report_commands(CommandLine& cli) {
    auto given = std::make_shared<ReportWords>();
    CLI::App* made = cli.command(nullptr, "report", "write a publication: the orientation note, the newspaper, the "
                                                    "memorandum, the exhibition gallery or the tables' summaries",
                                 [given](const auto& store, auto& out) { report(store, *given, out); });
    made->add_option("--kind", given->kind, "note, newspaper, memorandum, gallery or table")->required();
    made->add_option("--format", given->format, "pdf, html or md (a gallery is always a folder of HTML and images)");
    made->add_option("--out", given->out, "the file to write (a gallery: the folder)")->required();
    made->add_option("--lang", given->language, "nl, fr or en (default: the workshop's first language)");
    made->add_option("--paper", given->paper, "a4 or a3 (PDF)");
    made->add_option("--table", given->table, "--kind table: one table's page, by its name or session id");
    made->add_flag("--replace", given->replace, "write over --out when it already exists");
}

}  // namespace oogst::cli
