#include "core/opendata/open_data_export.hpp"

#include "core/errors.hpp"
#include "core/opendata/csv_table.hpp"
#include "core/opendata/data_package.hpp"
#include "core/opendata/decidim_mapping.hpp"
#include "core/opendata/decidim_meetings.hpp"
#include "core/opendata/decidim_proposals.hpp"
#include "core/opendata/decidim_results.hpp"
#include "core/opendata/open_data_json.hpp"
#include "core/opendata/open_data_tables.hpp"
#include "core/opendata/polis_export.hpp"
#include "core/opendata/xlsx_file.hpp"
#include "core/publish/published_workshop.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

std::vector<OpenTable> open_data_tables(const WorkshopState& state, const std::vector<CaptureRow>& rows) {
    return {captures_table(rows), keys_table(state, rows), sessions_table(state, rows)};
}

std::vector<PublishedFile> decidim_files(const WorkshopState& state, const Assets& assets, const ExportRequest& request,
                                         const std::vector<CaptureRow>& rows) {
    const DecidimMapping mapping = decidim_mapping(state, request);
    const PublishedWorkshop workshop = published_workshop(state);
    const std::string file = export_file_name(request.format);
    switch (request.format) {
        case ExportFormat::decidim_json:
        case ExportFormat::decidim_csv: {
            const std::vector<Proposal> proposals =
                decidim_proposals(state, workshop, rows, request.proposals, request.per_key);
            return {{file, request.format == ExportFormat::decidim_json ? decidim_proposals_json(proposals, mapping)
                                                                         : decidim_proposals_csv(proposals, mapping)}};
        }
        case ExportFormat::decidim_results: return {{file, decidim_results_csv(state, workshop, mapping, assets.words)}};
        case ExportFormat::decidim_meetings:
            return {{file, decidim_meetings_csv(state, workshop, rows, mapping, assets.words)}};
        default: return {};
    }
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
    for (const ExportFormat format : all_export_formats)
        if (name_of(format) == name) return format;
    return std::nullopt;
}

std::string_view name_of(ExportFormat format) {
    switch (format) {
        case ExportFormat::decidim_json: return "decidim-json";
        case ExportFormat::decidim_csv: return "decidim-csv";
        case ExportFormat::decidim_results: return "decidim-results";
        case ExportFormat::decidim_meetings: return "decidim-meetings";
        case ExportFormat::polis: return "polis";
        case ExportFormat::polis_export: return "polis-export";
        case ExportFormat::csv: return "csv";
        case ExportFormat::xlsx: return "xlsx";
        case ExportFormat::json: return "json";
        case ExportFormat::datapackage: return "datapackage";
    }
    return "csv";
}

std::optional<ProposalChoice> parse_proposal_choice(std::string_view name) {
    if (name == "strongest") return ProposalChoice::strongest;
    if (name == "all") return ProposalChoice::all;
    return std::nullopt;
}

bool export_is_folder(ExportFormat format) {
    return format == ExportFormat::polis_export || format == ExportFormat::datapackage;
}

std::string export_file_name(ExportFormat format) {
    switch (format) {
        case ExportFormat::decidim_json: return "proposals.json";
        case ExportFormat::decidim_csv: return "proposals.csv";
        case ExportFormat::decidim_results: return "results.csv";
        case ExportFormat::decidim_meetings: return "meetings.csv";
        case ExportFormat::polis: return "polis-seed.csv";
        case ExportFormat::polis_export: return "polis";
        case ExportFormat::csv: return "captures.csv";
        case ExportFormat::xlsx: return "captures.xlsx";
        case ExportFormat::json: return "captures.json";
        case ExportFormat::datapackage: return "datapackage";
    }
    return "captures.csv";
}

std::vector<PublishedFile> make_export(const Store& store, const Assets& assets, const ExportRequest& request) {
    const WorkshopState& state = store.state();
    if (!state.has_workshop()) throw UserError("this store holds no workshop yet: there is nothing to export");
    const std::vector<CaptureRow> rows = open_data_rows(state);
    const std::string file = export_file_name(request.format);
    switch (request.format) {
        case ExportFormat::polis: return {{file, polis_seed_csv(rows)}};
        case ExportFormat::polis_export: return polis_export_files(state, rows);
        // Excel reads a CSV's accents right only after a byte order mark.
        case ExportFormat::csv: return {{file, csv_text(captures_table(rows), {',', true})}};
        case ExportFormat::xlsx: return {{file, xlsx_bytes(captures_table(rows), state.workshop().name)}};
        case ExportFormat::json: return {{file, open_data_json(state.workshop(), open_data_tables(state, rows))}};
        case ExportFormat::datapackage: return data_package(state.workshop(), open_data_tables(state, rows));
        default: return decidim_files(state, assets, request, rows);
    }
}

}  // namespace oogst
