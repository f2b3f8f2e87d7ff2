#pragma once
// One way to every open-data export, for the command line (`oogst-cli export`), the
// desk's Export panel and the tests, as report.hpp is for publications: what is asked
// in, the files out. Core makes the bytes; the caller writes them where the facilitator
// chose (platform/files/published_files.hpp). Consent is applied once, by
// publishable.hpp, under every format.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/assets/assets.hpp"
#include "core/publish/published_file.hpp"

namespace oogst {

class Store;

enum class ExportFormat {
    decidim_json,      // proposals for Decidim's proposals import, as JSON
    decidim_csv,       // the same as CSV with ';'
    decidim_results,   // Decidim Accountability's results CSV: initiatives and their actions
    decidim_meetings,  // each session's closing data, for Decidim Meetings
    polis,             // Pol.is's seed file: comment_text
    polis_export,      // a folder: comments.csv and votes.csv in Pol.is's export columns
    csv,               // every publishable capture, for spreadsheets (UTF-8 with a BOM)
    xlsx,              // the same as an Excel workbook
    json,              // the same with the workshop, its sessions and keys, as JSON
    datapackage,       // a folder: a Frictionless Data Package with captures, keys and sessions
};

// Decidim proposals: the keys' strongest dreams (a pile as one), or every capture with text.
enum class ProposalChoice { strongest, all };

struct ExportRequest {
    ExportFormat format = ExportFormat::csv;
    // Decidim's title/<l> and body/<l> columns; empty: the workshop's languages (nl when none).
    std::vector<std::string> locales;
    // KEY=ID as the facilitator gave them: a key's name or id, and a Decidim taxonomy (or
    // category) id. Keys not named leave the column empty.
    std::vector<std::pair<std::string, std::string>> taxonomies;
    std::string scope;      // Decidim's scope/id for every row; "" for none
    bool category = false;  // category/id (Decidim before taxonomies) instead of taxonomies/ids
    ProposalChoice proposals = ProposalChoice::strongest;
    int per_key = 5;        // strongest: this many dreams from each key
};

inline constexpr ExportFormat all_export_formats[] = {
    ExportFormat::decidim_json, ExportFormat::decidim_csv, ExportFormat::decidim_results,
    ExportFormat::decidim_meetings, ExportFormat::polis, ExportFormat::polis_export, ExportFormat::csv,
    ExportFormat::xlsx, ExportFormat::json, ExportFormat::datapackage};

std::optional<ExportFormat> parse_export_format(std::string_view name);  // "decidim-json", ..., "datapackage"
std::string_view name_of(ExportFormat format);
std::optional<ProposalChoice> parse_proposal_choice(std::string_view name);  // strongest, all
// polis-export and datapackage are folders; every other format is one file.
bool export_is_folder(ExportFormat format);
// "proposals.json", "captures.xlsx": the file name the desk offers; a folder's name for a folder.
std::string export_file_name(ExportFormat format);

// The export's files: one file (for the caller to write where it chose), or a folder's
// files under their relative paths. Throws UserError with one sentence when the store
// holds no workshop, a --taxonomy names no key or gives no number, a scope is not a
// number, or a locale is not one of the workshop's languages (nor nl, fr or en).
std::vector<PublishedFile> make_export(const Store& store, const Assets& assets, const ExportRequest& request);

}  // namespace oogst
