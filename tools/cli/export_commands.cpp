// oogst-cli export (issue 17): the workshop's published captures, keys, initiatives and
// sessions for Decidim, Pol.is, spreadsheets and open-data portals, made by
// core/opendata/open_data_export as the desk's Export panel makes them.
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/opendata/open_data_export.hpp"
#include "platform/files/published_files.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/out_path.hpp"
#include "tools/cli/workshop_lookup.hpp"

namespace oogst::cli {
namespace {

struct ExportWords {
    std::string format, proposals = "strongest", scope;
    std::vector<std::string> locales, taxonomies;
    int per_key = 5;
    bool category = false, replace = false;
    std::filesystem::path out;
};

std::string format_names() {
    std::string names;
    for (const ExportFormat format : all_export_formats) names += (names.empty() ? "" : ", ") + std::string(name_of(format));
    return names;
}

// "Ademen=12" -> {"Ademen", "12"}; a key's name may hold '=', Decidim's id never does.
std::pair<std::string, std::string> taxonomy_pair(const std::string& word) {
    const std::size_t equals = word.rfind('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == word.size())
        throw UserError("--taxonomy " + word + " is not KEY=ID (a key's name or id, then Decidim's taxonomy id)");
    return {word.substr(0, equals), word.substr(equals + 1)};
}

ExportRequest request_of(const ExportWords& given) {
    ExportRequest request;
    const auto format = parse_export_format(given.format);
    if (!format) throw UserError("--format " + given.format + " is not an export format (" + format_names() + ")");
    request.format = *format;
    const auto proposals = parse_proposal_choice(given.proposals);
    if (!proposals) throw UserError("--proposals " + given.proposals + " is neither strongest nor all");
    request.proposals = *proposals;
    if (given.per_key < 1) throw UserError("--per-key takes one dream or more from each key");
    request.per_key = given.per_key;
    for (const std::string& word : given.locales)
        for (const std::string& locale : split_list(word)) request.locales.push_back(locale);
    for (const std::string& word : given.taxonomies) request.taxonomies.push_back(taxonomy_pair(word));
    request.scope = given.scope;
    request.category = given.category;
    return request;
}

void export_workshop(const std::filesystem::path& folder, const ExportWords& given, std::ostream& out) {
    Store store = open_workshop(folder);
    const ExportRequest request = request_of(given);
    check_out(folder, given.out, given.replace);
    const Assets assets = Assets::load();
    // Made in full before anything is written: a mapping that does not fit writes nothing.
    const std::vector<PublishedFile> files = make_export(store, assets, request);
    const bool folder_out = export_is_folder(request.format);
    const std::uintmax_t bytes = platform::write_published_files(given.out, files, folder_out);
    out << "Wrote " << given.out.string() << " (" << name_of(request.format) << ", " << files.size()
        << (files.size() == 1 ? " file, " : " files, ") << bytes << " bytes)\n";
}

}  // namespace

void add_export_commands(CommandLine& cli) {
    auto given = std::make_shared<ExportWords>();
    CLI::App* made = cli.command(nullptr, "export",
                                 "write the published captures for Decidim, Pol.is, spreadsheets or an open-data portal",
                                 [given](const auto& store, auto& out) { export_workshop(store, *given, out); });
    made->add_option("--format", given->format,
                     "decidim-json, decidim-csv, decidim-results, decidim-meetings, polis, polis-export, csv, xlsx, "
                     "json or datapackage (polis-export and datapackage are folders)")
        ->required();
    made->add_option("--out", given->out, "the file to write (polis-export, datapackage: the folder)")->required();
    made->add_option("--locale", given->locales,
                     "Decidim's title/<l> and body/<l> columns, e.g. nl or nl,fr (default: the workshop's languages)");
    made->add_option("--taxonomy", given->taxonomies,
                     "KEY=ID: a key (name or id) and its Decidim taxonomy id; give it once per key");
    made->add_option("--scope", given->scope, "Decidim's scope id for every row (scope/id)");
    made->add_flag("--category", given->category, "write category/id (Decidim before taxonomies) instead of taxonomies/ids");
    made->add_option("--proposals", given->proposals,
                     "Decidim proposals: strongest (each key's strongest dreams, the default) or all (every capture with words)");
    made->add_option("--per-key", given->per_key, "--proposals strongest: how many dreams from each key (default 5)");
    made->add_flag("--replace", given->replace, "write over --out when it already exists");
}

}  // namespace oogst::cli
